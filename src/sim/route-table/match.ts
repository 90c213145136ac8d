import { routeContains, type Address } from './address';
import { rankSamePrefix, type RankStatus } from './rank';
import type { Route } from './types';

// Longest-prefix matching over a table: which routes contain an address, and which of those the
// router uses (the longest prefix, then the lowest distance and metric within it).

/** The family whose metrics can be compared: one per routing source. */
export function familyOf(route: Route): string {
  if (route.source === 'local') return 'connected';
  if (route.source.startsWith('eigrp')) return 'eigrp';
  return route.source;
}

/** The routes containing an address, the best group at the longest prefix, and how each ranked. */
export interface LongestMatch {
  matching: Route[];
  /** The routes of the longest matching prefix, with their rank among themselves. */
  top: { route: Route; status: RankStatus }[];
  best: Route[];
  crossSourceTie: boolean;
}

/** Finds every route containing the address and ranks the longest ones; null when none matches. */
export function longestMatch(routes: readonly Route[], address: Address): LongestMatch | null {
  const matching = routes
    .filter((route) => routeContains(route, address))
    .sort((a, b) => b.length - a.length || a.line - b.line);
  const longest = matching[0]?.length;
  if (longest === undefined) return null;
  const group = matching.filter((route) => route.length === longest);
  const ranking = rankSamePrefix(group.map((route) => ({ ...route, family: familyOf(route) })));
  const top = group.map((route, i) => ({ route, status: ranking.status[i] ?? 'higher-distance' }));
  const best = top.filter((entry) => entry.status === 'best').map((entry) => entry.route);
  return { matching, top, best, crossSourceTie: ranking.crossSourceTie };
}

/** A route as a learner reads it in the table: code and prefix, "O IA 172.16.1.0/24". */
export function routeLabel(route: Route): string {
  return `${route.code} ${route.prefix}`;
}
