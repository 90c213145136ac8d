import { describe, expect, it } from 'vitest';
import {
  attemptCalculation,
  calculate,
  splitBits,
} from '~/components/sims/subnet/calculator-model';

describe('calculator model', () => {
  it('words a /31 link: rows, binary split and status line', () => {
    const view = calculate(' 10.0.0.7/31 ');
    expect(view.input).toBe('10.0.0.7/31');
    expect(view.summary).toBe('10.0.0.6/31: 2 usable hosts');
    expect(Object.fromEntries(view.rows)).toMatchObject({
      Network: '10.0.0.6/31',
      Broadcast: 'None (a /31 link, RFC 3021)',
      'Subnet mask': '255.255.255.254 (/31)',
      'Special range': 'Private: 10.0.0.0/8 (RFC 1918)',
    });
    expect(view.binary[1]).toEqual({
      label: 'Mask',
      value: '255.255.255.254',
      networkBits: '11111111.11111111.11111111.1111111',
      hostBits: '0',
    });
    expect(view.steps.at(-1)).toMatch(/^A \/31 is a point-to-point link/);
  });

  it('drops the dot where the prefix falls on an octet boundary', () => {
    expect(splitBits('10.1.2.3', 16)).toEqual({
      networkBits: '00001010.00000001',
      hostBits: '00000010.00000011',
    });
  });

  it("returns a learner's mistake as a message, not a throw", () => {
    expect(attemptCalculation('10.0.0.1/33')).toEqual({
      error: expect.stringMatching(/prefix length/) as string,
    });
    expect(attemptCalculation('10.0.0.1/8')).toHaveProperty('view.rows.0', [
      'Network',
      '10.0.0.0/8',
    ]);
  });
});
