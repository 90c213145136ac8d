import { describe, expect, it } from 'vitest';
import { CCNA_SCORE_EXPLANATION, SAA_SCORE_EXPLANATION, saaScaledScore } from '~/quiz';

describe('saaScaledScore', () => {
  it('maps 0 → 100, 72% → 720, 100% → 1000', () => {
    expect(saaScaledScore(0, 65)).toBe(100);
    expect(saaScaledScore(72, 100)).toBe(720);
    expect(saaScaledScore(65, 65)).toBe(1000);
    expect(saaScaledScore(36, 100)).toBe(410);
    expect(saaScaledScore(86, 100)).toBe(860);
  });

  it('passes exactly when the raw cut is reached', () => {
    // 47/65 = 72.3% passes; 46/65 = 70.8% does not.
    expect(saaScaledScore(47, 65)).toBeGreaterThanOrEqual(720);
    expect(saaScaledScore(46, 65)).toBeLessThan(720);
    expect(saaScaledScore(7199, 10000)).toBe(719);
  });

  it('never goes down as points go up', () => {
    for (let points = 1; points <= 65; points++) {
      expect(saaScaledScore(points, 65)).toBeGreaterThanOrEqual(saaScaledScore(points - 1, 65));
    }
  });

  it('has explanations that say the mapping is Podnet’s own', () => {
    expect(SAA_SCORE_EXPLANATION).toMatch(/Podnet’s own/);
    expect(SAA_SCORE_EXPLANATION).toMatch(/72% right maps to 720/);
    expect(CCNA_SCORE_EXPLANATION).toMatch(/does not publish a passing score/);
  });
});
