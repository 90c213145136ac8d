// A graded challenge's mismatches as the learner reads them: which connection, what was expected,
// what the policies do, and the engine's explanation of the side that decided it.
import type { GradedCell } from '~/sim/netpol/grade';

/** One mismatch, in words. */
export interface MismatchText {
  /** "shop/frontend → shop/backend on TCP 8080: expected allowed, your policies deny it". */
  headline: string;
  /** The engine's reasons for the side(s) that decided it. */
  reasons: string[];
}

/** Describes a graded cell that did not match its expectation. */
export function describeMismatch(cell: GradedCell): MismatchText {
  const from = cell.from.replace(/^ip:/, '');
  const to = cell.to.replace(/^ip:/, '');
  const expected = cell.expected ? 'allowed' : 'denied';
  const actual = cell.actual ? 'allow it' : 'deny it';
  const { egress, ingress } = cell.verdict;
  // A denied connection is explained by the side(s) that deny it; an allowed one by both sides.
  const sides = cell.actual ? [egress, ingress] : [egress, ingress].filter((d) => !d.allowed);
  const reasons = [...new Set(sides.map((d) => d.reason))];
  return {
    headline: `${from} → ${to} on ${cell.protocol} ${String(cell.port)}: expected ${expected}, your policies ${actual}`,
    reasons,
  };
}
