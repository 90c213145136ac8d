import { describe, expect, it } from 'vitest';
import { formatExamCode, hashSeed, normalizeExamCode } from '~/quiz';
import { randomFor, shuffled } from '~/quiz/random';

describe('seeded randomness', () => {
  it('hashes the same text to the same seed and different texts apart', () => {
    expect(hashSeed('SAA-7F3K2')).toBe(hashSeed('SAA-7F3K2'));
    expect(hashSeed('SAA-7F3K2')).not.toBe(hashSeed('SAA-7F3K3'));
  });

  it('shuffles reproducibly without losing items', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffled(items, randomFor('x'));
    expect(shuffled(items, randomFor('x'))).toEqual(a);
    expect([...a].sort((p, q) => p - q)).toEqual(items);
    expect(a).not.toEqual(items);
    expect(shuffled(items, randomFor('y'))).not.toEqual(a);
  });

  it('normalises and makes exam codes', () => {
    expect(normalizeExamCode('  saa-7f3k2 ')).toBe('SAA-7F3K2');
    expect(formatExamCode('saa', 0)).toBe('SAA-00000');
    expect(formatExamCode('SAA', 32 ** 5 - 1)).toBe('SAA-ZZZZZ');
    expect(formatExamCode('ccna', 1234567)).toMatch(/^CCNA-[0-9A-HJKMNP-TV-Z]{5}$/);
  });
});
