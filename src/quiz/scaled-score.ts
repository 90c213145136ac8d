// Reporting scores the way each exam does, as far as the vendors say. Neither AWS nor Cisco
// publishes how raw answers become a scaled score, so Podnet's mapping is its own and says so.

/** The SAA-C03 scale and passing score (AWS exam guide v1.1). */
export const SAA_SCALE = { min: 100, max: 1000, pass: 720 } as const;

/** Podnet's raw cut for SAA-C03 practice: this share of points right maps to 720. */
export const PODNET_SAA_RAW_CUT = 0.72;

/** What the results page says about the SAA-C03 score. */
export const SAA_SCORE_EXPLANATION =
  'AWS reports SAA-C03 results as a scaled score from 100 to 1,000; 720 passes, and only the ' +
  'overall score counts, not each domain. AWS does not publish how right answers turn into that ' +
  'score (and 15 of its 65 questions are unscored, unmarked), so the number here is Podnet’s own ' +
  'practice estimate, not an AWS score: 0% right maps to 100, 72% right maps to 720, 100% maps ' +
  'to 1,000, in straight lines between, rounded down. Use it to track progress, not to predict a result.';

/** What the results page says about CCNA results. */
export const CCNA_SCORE_EXPLANATION =
  'Cisco does not publish a passing score for CCNA 200-301; the cut score can differ between ' +
  'exam forms and change over time, and figures such as 800 or 825 come from forums, not Cisco. ' +
  'Podnet therefore reports the share of points you earned overall and per exam domain, as ' +
  'Cisco’s own score report does per section, and no pass or fail.';

/** What a percentage-only paper (a Podnet checkpoint) reports. */
export const PERCENT_EXPLANATION =
  'Podnet checkpoints report the share of points you earned overall and per domain; there is no pass mark.';

/**
 * Podnet's SAA-C03 practice score: piecewise linear and monotonic in the share of points earned,
 * 0 → 100, PODNET_SAA_RAW_CUT → 720, 1 → 1000, rounded down so a score of 720 or more means the
 * raw cut was reached.
 */
export function saaScaledScore(points: number, maxPoints: number): number {
  if (maxPoints <= 0) return SAA_SCALE.min;
  const raw = Math.min(1, Math.max(0, points / maxPoints));
  const { min, max, pass } = SAA_SCALE;
  if (raw < PODNET_SAA_RAW_CUT) {
    return Math.min(pass - 1, Math.floor(min + ((pass - min) * raw) / PODNET_SAA_RAW_CUT));
  }
  return Math.floor(pass + ((max - pass) * (raw - PODNET_SAA_RAW_CUT)) / (1 - PODNET_SAA_RAW_CUT));
}
