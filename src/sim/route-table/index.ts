/**
 * The route-table engine: reads Cisco IOS `show ip route` or `show ipv6 route` and finds the next
 * hop for a destination as a router does. Every route whose network contains the destination
 * matches; the longest prefix wins; among routes to the same prefix the lowest administrative
 * distance, then the lowest metric (equal ones share the traffic, ECMP); a next hop without an
 * interface is looked up again (recursive resolution). Connected routes deliver, local (L) routes
 * mean "for me", Null0 discards, and no match without a default route drops. Both IPv4 header forms
 * are read: "10.0.0.0/8 is variably subnetted" (a length on every line) and "172.16.0.0/24 is
 * subnetted" (the length only in the header). IPv6 routes take two lines ("OI 2001:DB8:44::/64
 * [110/30]", then "via FE80::3, GigabitEthernet0/2"), and a link-local next hop must name its
 * interface. selectInstalledRoute answers "which source's route goes into the table?" by AD.
 * Pure: no DOM, no stores; bad input throws an InputError that names the line. Bundle: about
 * 9 KB gzip with the IP helpers and messages; the RouteLookup island loads it on first edit.
 *
 * @example
 * const table = parseRouteTable(`
 * S*    0.0.0.0/0 [1/0] via 203.0.113.1
 *       10.0.0.0/8 is variably subnetted, 3 subnets, 3 masks
 * C        10.0.0.0/30 is directly connected, GigabitEthernet0/0
 * O        10.1.2.0/24 [110/2] via 10.0.0.2, 00:01:10, GigabitEthernet0/0
 * S        10.1.2.64/27 [1/0] via 10.0.0.2`);
 * const result = lookupRoute(table, '10.1.2.70');
 * result.winners[0]?.prefix; // '10.1.2.64/27' (longer than /24 and /0)
 * result.decision; // { action: 'forward', paths: [{ nextHop: '10.0.0.2', exitInterface: 'GigabitEthernet0/0' }], … }
 * result.steps; // [{ kind: 'compare', … }, { kind: 'longest', … }, { kind: 'resolve', … }, { kind: 'decision', … }]
 * lookupRoute(parseRouteTable(showIpv6Route), '2001:db8:20:30::9').decision.paths; // [{ nextHop: 'fe80::3', exitInterface: 'GigabitEthernet0/2' }]
 * selectInstalledRoute([{ source: 'ospf' }, { source: 'static', distance: 120 }]).installed; // [0]: OSPF (110) beats the floating static
 */
export { parseRouteTable } from './parse';
export { lookupRoute } from './lookup';
export { selectInstalledRoute } from './install';
export { ADMINISTRATIVE_DISTANCES, sourceName } from './codes';
export { routeLabel } from './match';
export { MAX_CHARS, MAX_LINES, MAX_LINE_LENGTH, MAX_RECURSION } from './limits';
export { InputError, isInputError } from '../ip';
export type { DistanceSource } from './codes';
export type { CandidateRanking, InstallResult, RouteCandidate } from './install';
export type {
  ForwardAction,
  ForwardingDecision,
  ForwardPath,
  GatewayOfLastResort,
  LookupResult,
  LookupStep,
  MatchStatus,
  Route,
  RouteMatch,
  RouteSource,
  RouteTable,
} from './types';
