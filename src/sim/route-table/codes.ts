import { InputError } from '../ip/input-error';
import type { RouteSource } from './types';

// The route codes of Cisco IOS `show ip route` (the legend it prints above the table), what source
// each stands for, and that source's default administrative distance.

/** A route code read from a line: its normalised text, source and candidate-default flag. */
export interface RouteCode {
  code: string;
  source: RouteSource;
  candidateDefault: boolean;
}

/** Default administrative distances of Cisco IOS, by route source (lower is trusted more). */
export const ADMINISTRATIVE_DISTANCES = {
  connected: 0,
  static: 1,
  'eigrp-summary': 5,
  ebgp: 20,
  eigrp: 90,
  ospf: 110,
  isis: 115,
  rip: 120,
  odr: 160,
  'eigrp-external': 170,
  ibgp: 200,
} as const;

/** The route sources a learner can compare in selectInstalledRoute. */
export type DistanceSource = keyof typeof ADMINISTRATIVE_DISTANCES;

/** The codes a line may start with: the letter, its subtypes, and its source. */
const BASE_CODES: Record<string, { source: RouteSource; subtypes: readonly string[] }> = {
  C: { source: 'connected', subtypes: [] },
  L: { source: 'local', subtypes: [] },
  S: { source: 'static', subtypes: [] },
  R: { source: 'rip', subtypes: [] },
  B: { source: 'bgp', subtypes: [] },
  D: { source: 'eigrp', subtypes: ['EX'] },
  O: { source: 'ospf', subtypes: ['IA', 'E1', 'E2', 'N1', 'N2'] },
  i: { source: 'isis', subtypes: ['L1', 'L2', 'ia', 'su'] },
  o: { source: 'odr', subtypes: [] },
};

const KNOWN = 'C, L, S, R, B, D, D EX, O, O IA, O E1, O E2, O N1, O N2, i, i L1, i L2, o';

/** Reads the code at the start of a route line ("O IA", "S*", "O*E2"); unknown codes are refused. */
export function parseRouteCode(text: string, line: number): RouteCode {
  const compact = text.replace(/\s+/g, '');
  const base = compact.charAt(0);
  const entry = BASE_CODES[base];
  const star = compact.charAt(1) === '*';
  const subtype = compact.slice(star ? 2 : 1);
  if (!entry || (subtype !== '' && !entry.subtypes.includes(subtype))) {
    throw new InputError(
      `Line ${String(line)}: '${text.trim()}' is not a route code this simulator knows. Codes are case-sensitive: ${KNOWN}, each optionally followed by * for a candidate default.`,
      'table',
    );
  }
  const source: RouteSource = subtype === 'EX' ? 'eigrp-external' : entry.source;
  const code =
    subtype === '' ? `${base}${star ? '*' : ''}` : `${base}${star ? '*' : ' '}${subtype}`;
  return { code, source, candidateDefault: star };
}

/** The distance IOS gives a source when the line does not print one (BGP has two: none here). */
export function defaultDistance(source: RouteSource): number | null {
  if (source === 'connected' || source === 'local') return 0;
  if (source === 'bgp') return null;
  return ADMINISTRATIVE_DISTANCES[source];
}

/** A source in words, for explanations ("OSPF", "a static route"). */
export function sourceName(source: RouteSource, distance?: number): string {
  const names: Record<RouteSource, string> = {
    connected: 'connected',
    local: 'local',
    static: 'static',
    rip: 'RIP',
    bgp: distance === 20 ? 'eBGP' : distance === 200 ? 'iBGP' : 'BGP',
    eigrp: 'EIGRP',
    'eigrp-external': 'external EIGRP',
    'eigrp-summary': 'EIGRP summary',
    ospf: 'OSPF',
    isis: 'IS-IS',
    odr: 'ODR',
  };
  return names[source];
}
