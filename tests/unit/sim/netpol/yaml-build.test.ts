import { describe, expect, it } from 'vitest';
import { emptyScalarOffset } from '~/sim/netpol/yaml-build';

describe('emptyScalarOffset', () => {
  it('skips blanks, line breaks and comments up to the indicator', () => {
    expect(emptyScalarOffset('a:   \n', 1)).toBe(5);
    expect(emptyScalarOffset('- x\n  # c\n-\n', 3)).toBe(11);
    expect(emptyScalarOffset('x', 1)).toBe(1);
  });

  it('places an empty key at its colon', () => {
    expect(emptyScalarOffset('a: 1\n: b\n', 4, true)).toBe(5);
  });
});
