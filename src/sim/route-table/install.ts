import { InputError } from '../ip/input-error';
import { ADMINISTRATIVE_DISTANCES, type DistanceSource } from './codes';
import { rankSamePrefix } from './rank';

// "Which route would be installed?": several sources offer a route to the same prefix, and the
// routing table keeps the one with the lowest administrative distance (a floating static route sets
// its own, higher distance so that it waits behind a routing protocol).

/** A route to the prefix offered by one source; `distance` overrides the source's default. */
export interface RouteCandidate {
  source: DistanceSource;
  distance?: number | undefined;
  metric?: number | undefined;
  /** How to call it in explanations; default: the source and its distance. */
  label?: string | undefined;
}

/** One candidate's place in the decision. */
export interface CandidateRanking {
  label: string;
  distance: number;
  metric: number;
  installed: boolean;
  reason: string;
}

/** Which candidates the routing table installs, and why. */
export interface InstallResult {
  /** Indexes of the installed candidates (several only for equal-cost paths of one source). */
  installed: number[];
  ranking: CandidateRanking[];
  /** True when different sources tie on distance, so neither AD nor metric decides. */
  ambiguous: boolean;
  reason: string;
}

const SOURCE_LABELS: Record<DistanceSource, string> = {
  connected: 'connected',
  static: 'static',
  'eigrp-summary': 'EIGRP summary',
  ebgp: 'eBGP',
  eigrp: 'EIGRP',
  ospf: 'OSPF',
  isis: 'IS-IS',
  rip: 'RIP',
  odr: 'ODR',
  'eigrp-external': 'external EIGRP',
  ibgp: 'iBGP',
};

/** Picks the route(s) IOS installs for one prefix among candidates from several sources. */
export function selectInstalledRoute(candidates: readonly RouteCandidate[]): InstallResult {
  if (candidates.length === 0) {
    throw new InputError('Give at least one candidate route to compare.', 'candidates');
  }
  const resolved = candidates.map((candidate) => resolveCandidate(candidate));
  const trusted = resolved.filter((candidate) => candidate.distance < 255);
  const ranking = rankSamePrefix(trusted);
  let next = 0;
  const rows = resolved.map((candidate): CandidateRanking => {
    if (candidate.distance === 255) {
      return {
        ...candidate,
        installed: false,
        reason: `${candidate.label}: an AD of 255 means "never trust this source", so it is never installed.`,
      };
    }
    const status = ranking.status[next++] ?? 'higher-distance';
    return {
      ...candidate,
      installed: status === 'best',
      reason: candidateReason(candidate.label, status),
    };
  });
  const installed = rows.flatMap((row, index) => (row.installed ? [index] : []));
  return {
    installed,
    ranking: rows,
    ambiguous: ranking.crossSourceTie,
    reason: summary(rows, ranking.crossSourceTie),
  };
}

/** A candidate with its distance (default or given, checked), metric and label. */
function resolveCandidate(candidate: RouteCandidate) {
  const distance = candidate.distance ?? ADMINISTRATIVE_DISTANCES[candidate.source];
  if (!Number.isInteger(distance) || distance < 0 || distance > 255) {
    throw new InputError(
      `An administrative distance is a whole number from 0 to 255, not ${String(distance)}.`,
      'distance',
    );
  }
  const metric = candidate.metric ?? 0;
  if (!Number.isInteger(metric) || metric < 0) {
    throw new InputError(
      `A metric is a whole number of 0 or more, not ${String(metric)}.`,
      'metric',
    );
  }
  const label = candidate.label ?? `${SOURCE_LABELS[candidate.source]} (AD ${String(distance)})`;
  return { label, distance, metric, family: candidate.source };
}

/** Why one candidate was or was not installed. */
function candidateReason(label: string, status: string): string {
  if (status === 'best')
    return `${label} has the lowest administrative distance, so it is installed.`;
  if (status === 'higher-metric')
    return `${label} ties on distance but has a higher metric, so it is not installed.`;
  return `${label} has a higher administrative distance, so it waits outside the table as a backup.`;
}

/** The decision in one sentence. */
function summary(rows: readonly CandidateRanking[], ambiguous: boolean): string {
  const chosen = rows.filter((row) => row.installed);
  if (chosen.length === 0) return 'No candidate is installed: every one has an AD of 255.';
  if (ambiguous) {
    return `${chosen.map((row) => row.label).join(' and ')} tie on administrative distance, and metrics of different sources cannot be compared: give them different distances so the choice is yours.`;
  }
  const names = chosen.map((row) => row.label).join(' and ');
  return chosen.length > 1
    ? `${names} tie on distance and metric, so both are installed as equal-cost paths.`
    : `The table installs ${names}: the lowest administrative distance wins.`;
}
