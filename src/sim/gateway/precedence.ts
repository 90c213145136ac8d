import type { HostSpecificity } from './hostnames';
import type { EffectiveMatch } from './match';

/** A matching (route, rule, match) with what precedence compares. */
export interface Candidate {
  readonly routeKey: string;
  readonly rule: number;
  readonly match: number;
  readonly effective: EffectiveMatch;
  readonly host: HostSpecificity;
  /** The route hostname that matched the host (the listener's when the route has none). */
  readonly hostname: string | undefined;
  /** Milliseconds since the epoch; a route without a creationTimestamp counts as the newest. */
  readonly created: number;
  readonly createdText: string | undefined;
}

/**
 * How precisely a path type ranks. The spec ranks Exact first, then PathPrefix by length, and
 * leaves RegularExpression implementation-specific: like Envoy Gateway, this engine puts it
 * between the two.
 */
const PATH_TYPE_RANK = { Exact: 0, RegularExpression: 1, PathPrefix: 2 } as const;

/** One precedence criterion: a sort key (smaller wins) and how to say the winner's edge. */
interface Criterion {
  key(c: Candidate): number | string;
  says(winner: Candidate, loser: Candidate): string;
}

/** The criteria in the specification's order, ending with the tie-breaks. */
const CRITERIA: readonly Criterion[] = [
  {
    key: (c) => -c.host.precise,
    says: (w, l) =>
      `its precise hostname ${w.hostname ?? ''} beats ${l.hostname === undefined ? 'no hostname' : `the wildcard ${l.hostname}`} (more characters of a matching non-wildcard hostname win)`,
  },
  {
    key: (c) => -c.host.length,
    says: (w, l) =>
      `its hostname ${w.hostname ?? ''} is longer than ${l.hostname ?? 'no hostname'} (more characters of a matching hostname win)`,
  },
  {
    key: (c) => PATH_TYPE_RANK[c.effective.pathType],
    says: (w, l) => `an ${w.effective.pathType} path match outranks a ${l.effective.pathType} one`,
  },
  {
    key: (c) => (c.effective.pathType === 'Exact' ? 0 : -c.effective.pathValue.length),
    says: (w, l) =>
      `its path ${w.effective.pathValue} has more characters than ${l.effective.pathValue}`,
  },
  {
    key: (c) => (c.effective.method === undefined ? 1 : 0),
    says: () => 'it matches on the method, which outranks any number of header matches',
  },
  {
    key: (c) => -c.effective.headers.length,
    says: (w, l) =>
      `it has more header matches (${String(w.effective.headers.length)} against ${String(l.effective.headers.length)})`,
  },
  {
    key: (c) => -c.effective.queryParams.length,
    says: (w, l) =>
      `it has more query parameter matches (${String(w.effective.queryParams.length)} against ${String(l.effective.queryParams.length)})`,
  },
  {
    key: (c) => c.created,
    says: (w, l) =>
      `everything else ties, and its route is older (created ${w.createdText ?? '?'}, against ${l.createdText ?? 'no creationTimestamp'})`,
  },
  {
    key: (c) => c.routeKey,
    says: (w, l) =>
      `everything else ties, and ${w.routeKey} comes before ${l.routeKey} in namespace/name order`,
  },
  {
    key: (c) => c.rule,
    says: (w, l) =>
      `everything else ties within the route, and rule ${String(w.rule)} comes before rule ${String(l.rule)}`,
  },
  {
    key: (c) => c.match,
    says: (w, l) =>
      `everything else ties within the rule, and match ${String(w.match)} comes before match ${String(l.match)}`,
  },
];

/** Compares two candidates: negative when `a` wins; the criterion index that decided, or -1. */
export function compareCandidates(
  a: Candidate,
  b: Candidate,
): { order: number; criterion: number } {
  for (const [i, criterion] of CRITERIA.entries()) {
    const x = criterion.key(a);
    const y = criterion.key(b);
    if (x < y) return { order: -1, criterion: i };
    if (x > y) return { order: 1, criterion: i };
  }
  return { order: 0, criterion: -1 };
}

/** Sorts candidates, the winner first. */
export function rankCandidates(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort((a, b) => compareCandidates(a, b).order);
}

/** Why the winner beats another matching candidate, in one clause. */
export function whyBeats(winner: Candidate, loser: Candidate): string {
  const { criterion } = compareCandidates(winner, loser);
  return CRITERIA[criterion]?.says(winner, loser) ?? 'they tie completely';
}

/** A creationTimestamp as milliseconds; absent or unreadable counts as newest. */
export function createdAt(timestamp: string | undefined): number {
  const ms = timestamp === undefined ? Number.NaN : Date.parse(timestamp);
  return Number.isNaN(ms) ? Number.MAX_SAFE_INTEGER : ms;
}
