import { InputError } from '../ip/input-error';
import type { RouteSource } from './types';

// The route codes of Cisco IOS `show ipv6 route` (one word each: "OI", not "O IA") and the source
// each stands for.

const CODES6: Record<string, RouteSource> = {
  C: 'connected',
  L: 'local',
  S: 'static',
  U: 'static',
  R: 'rip',
  B: 'bgp',
  D: 'eigrp',
  EX: 'eigrp-external',
  O: 'ospf',
  OI: 'ospf',
  OE1: 'ospf',
  OE2: 'ospf',
  ON1: 'ospf',
  ON2: 'ospf',
  I1: 'isis',
  I2: 'isis',
  IA: 'isis',
  IS: 'isis',
};

/** Reads the code of an IPv6 route line; unknown codes are refused, listing the known ones. */
export function parseRouteCode6(text: string, line: number): RouteSource {
  const source = CODES6[text];
  if (source === undefined) {
    throw new InputError(
      `Line ${String(line)}: '${text}' is not an IPv6 route code this simulator knows. Codes are case-sensitive: ${Object.keys(CODES6).join(', ')}.`,
      'table',
    );
  }
  return source;
}
