import type { ReachabilityMatrix } from './types';

/** One cell of reachability that differs between two matrices (null: the pair is absent from that one). */
export interface ReachabilityChange {
  from: string;
  to: string;
  before: boolean | null;
  after: boolean | null;
}

/**
 * The cells that changed between two reachability matrices, for a diff view: rows in the order
 * of `after`, then pairs only `before` had.
 *
 * @example
 * diffReachability({ 'a/x': { 'a/y': true } }, { 'a/x': { 'a/y': false } });
 * // [{ from: 'a/x', to: 'a/y', before: true, after: false }]
 */
export function diffReachability(
  before: ReachabilityMatrix,
  after: ReachabilityMatrix,
): ReachabilityChange[] {
  const changes: ReachabilityChange[] = [];
  // A cell's value, or null when the pair is not in that matrix.
  const cell = (matrix: ReachabilityMatrix, from: string, to: string): boolean | null =>
    Object.hasOwn(matrix, from) && Object.hasOwn(matrix[from] ?? {}, to)
      ? (matrix[from]?.[to] ?? null)
      : null;
  for (const [from, row] of Object.entries(after)) {
    for (const to of Object.keys(row)) {
      const old = cell(before, from, to);
      const now = cell(after, from, to);
      if (old !== now) changes.push({ from, to, before: old, after: now });
    }
  }
  for (const [from, row] of Object.entries(before)) {
    for (const to of Object.keys(row)) {
      if (cell(after, from, to) === null)
        changes.push({ from, to, before: cell(before, from, to), after: null });
    }
  }
  return changes;
}
