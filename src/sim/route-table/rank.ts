// How IOS chooses among routes to the same prefix: the lowest administrative distance, then (within
// one routing source) the lowest metric; routes equal on both are all kept as equal-cost paths.

/** What ranking needs of a route: its distance, metric and source. */
export interface Rankable {
  distance: number;
  metric: number;
  /** Routes of different sources have metrics that cannot be compared. */
  family: string;
}

/** The outcome for one route of the group. */
export type RankStatus = 'best' | 'higher-distance' | 'higher-metric';

/** The ranking of a group of routes to one prefix. */
export interface Ranking {
  status: RankStatus[];
  /** True when best routes of different sources tie on distance: metrics cannot settle it. */
  crossSourceTie: boolean;
}

/** Ranks routes to one prefix by distance, then metric among the same source. */
export function rankSamePrefix(routes: readonly Rankable[]): Ranking {
  const lowestDistance = Math.min(...routes.map((route) => route.distance));
  const closest = routes.filter((route) => route.distance === lowestDistance);
  const families = new Set(closest.map((route) => route.family));
  const crossSourceTie = families.size > 1;
  const lowestMetric = Math.min(...closest.map((route) => route.metric));
  const status = routes.map((route): RankStatus => {
    if (route.distance !== lowestDistance) return 'higher-distance';
    if (crossSourceTie || route.metric === lowestMetric) return 'best';
    return 'higher-metric';
  });
  return { status, crossSourceTie };
}
