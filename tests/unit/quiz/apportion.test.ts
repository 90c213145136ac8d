import { describe, expect, it } from 'vitest';
import { apportion } from '~/quiz';

describe('apportion', () => {
  it('splits by largest remainder', () => {
    // 65 × 30/26/24/20 % = 19.5, 16.9, 15.6, 13: floors give 63, the two largest remainders add one each.
    expect(apportion(65, [30, 26, 24, 20])).toEqual([19, 17, 16, 13]);
    expect(apportion(100, [20, 20, 25, 10, 15, 10])).toEqual([20, 20, 25, 10, 15, 10]);
    expect(apportion(10, [15, 15, 20, 15, 20, 15])).toEqual([2, 2, 2, 1, 2, 1]);
  });

  it('gives ties to the earlier weight and always adds up', () => {
    expect(apportion(2, [1, 1, 1])).toEqual([1, 1, 0]);
    for (let total = 0; total < 50; total++) {
      expect(apportion(total, [7, 3, 5]).reduce((a, b) => a + b, 0)).toBe(total);
    }
  });

  it('gives nothing when there is nothing to split', () => {
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });
});
