import { describe, expect, it } from 'vitest';
import {
  embedSeed,
  nextSeed,
  questionLink,
  skillFor,
  startFromAddress,
} from '~/components/sims/subnet/drill-seed';

describe('drill seeds', () => {
  it("derives an embed's first seed from its id and skill, the same on every build", () => {
    expect(embedSeed('analyze-drill', 'analyze')).toBe(embedSeed('analyze-drill', 'analyze'));
    // 32-bit FNV-1a of ":analyze", from an independent implementation of the algorithm.
    expect(embedSeed('', 'analyze')).toBe(167_777_931);
    const seeds = new Set([
      embedSeed('analyze-drill', 'analyze'),
      embedSeed('vlsm-drill', 'vlsm'),
      embedSeed('vlsm-drill', 'summarize'),
      embedSeed('ipv6-drill', 'ipv6-compress'),
    ]);
    expect(seeds.size).toBe(4);
    for (const seed of seeds) expect(seed).toBeLessThanOrEqual(0xffff_ffff);
  });

  it('counts up and wraps at 32 bits', () => {
    expect(nextSeed(41)).toBe(42);
    expect(nextSeed(0xffff_ffff)).toBe(0);
  });

  it('picks the chosen skill, or one per seed when mixed', () => {
    expect(skillFor('vlsm', ['analyze', 'vlsm'], 7)).toBe('vlsm');
    expect(skillFor('mixed', ['analyze', 'vlsm', 'eui64'], 7)).toBe('vlsm');
    expect(skillFor('mixed', ['analyze', 'vlsm', 'eui64'], 9)).toBe('analyze');
  });

  it('reads a question link back from the page address', () => {
    expect(questionLink('ipv6-type', 123)).toBe('?skill=ipv6-type&seed=123');
    expect(startFromAddress('?skill=ipv6-type&seed=123', ['analyze', 'ipv6-type'])).toEqual({
      seed: 123,
      skill: 'ipv6-type',
    });
    expect(startFromAddress('?seed=5', ['analyze'])).toEqual({ seed: 5, skill: null });
  });

  it('ignores bad seeds, and links meant for a drill of other skills', () => {
    for (const search of ['?seed=-1', '?seed=1e3', '?seed=4294967296', '?seed=', '']) {
      expect(startFromAddress(search, ['analyze']).seed, search).toBeNull();
    }
    expect(startFromAddress('?skill=vlsm&seed=9', ['analyze'])).toEqual({
      seed: null,
      skill: null,
    });
  });
});
