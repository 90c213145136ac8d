import { InputError } from '../ip/input-error';

// The `--probability` strings of a KUBE-SVC chain, as kube-proxy's computeProbability writes
// them: fmt.Sprintf("%0.10f", 1.0/float64(n)), rule i of n carrying 1/(n-i).

/** The most endpoints a probability list is computed for (far beyond any real Service port). */
export const MAX_ENDPOINTS = 100_000;

/**
 * kube-proxy's computeProbability: 1/n with exactly ten decimal places. Go rounds an exact tie to
 * even where JavaScript's toFixed rounds it up; only 1/2048 = 0.00048828125 is such a tie.
 */
export function computeProbability(n: number): string {
  const isPowerOfTwo = (n & (n - 1)) === 0;
  const isExactTie = isPowerOfTwo && 20_000_000_000 % n === 0 && 10_000_000_000 % n !== 0;
  if (!isExactTie) return (1 / n).toFixed(10);
  const scaled = Math.floor(10_000_000_000 / n);
  const even = scaled % 2 === 0 ? scaled : scaled + 1;
  return `0.${String(even).padStart(10, '0')}`;
}

/**
 * The `--probability` strings kube-proxy writes on the KUBE-SVC chain's rules, in order: one for
 * each endpoint but the last, whose rule matches unconditionally.
 */
export function iptablesProbabilities(endpoints: number): string[] {
  if (!Number.isInteger(endpoints) || endpoints < 0 || endpoints > MAX_ENDPOINTS) {
    throw new InputError(
      `The number of endpoints must be a whole number from 0 to ${String(MAX_ENDPOINTS)}; got ${String(endpoints)}.`,
      'endpoints',
    );
  }
  const out: string[] = [];
  for (let i = 0; i < endpoints - 1; i++) out.push(computeProbability(endpoints - i));
  return out;
}
