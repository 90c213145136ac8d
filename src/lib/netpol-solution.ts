// How a challenge's reference solution is applied, shared by the build-time checks and the
// challenge island (this file imports no YAML parser, so the island stays small).
import { policyKey } from '~/sim/netpol/compile';
import type { NetworkPolicy } from '~/sim/netpol/types';

/**
 * A challenge's policies once its reference solution is applied: the solution's policies are
 * added to the starter, replacing any starter policy with the same namespace and name.
 */
export function withSolution<T extends NetworkPolicy | { policy: NetworkPolicy }>(
  starter: readonly T[],
  solution: readonly T[],
): T[] {
  const keyOf = (item: T): string => policyKey('policy' in item ? item.policy : item);
  const replaced = new Set(solution.map(keyOf));
  return [...starter.filter((p) => !replaced.has(keyOf(p))), ...solution];
}
