// The data of the route-table engine: routes read from `show ip route`, a table of them, and what a
// lookup decides. Plain serialisable objects, so a build-time result can travel to an island as props.

/** Where a route came from, as its code in `show ip route` says. */
export type RouteSource =
  | 'connected'
  | 'local'
  | 'static'
  | 'rip'
  | 'bgp'
  | 'eigrp'
  | 'eigrp-external'
  | 'eigrp-summary'
  | 'ospf'
  | 'isis'
  | 'odr';

/** One route (one path of it) as a line of `show ip route` gives it. */
export interface Route {
  /** The line of the pasted text it came from, counting from 1. */
  line: number;
  /** 4 for `show ip route`, 6 for `show ipv6 route`. */
  family: 4 | 6;
  /** The route code as IOS prints it, normalised: "C", "S*", "O IA", "O*E2", "D EX". */
  code: string;
  source: RouteSource;
  /** True for a candidate default (the `*` in the code). */
  candidateDefault: boolean;
  /** The destination network as "10.1.2.0/24" or "2001:db8:20::/48". */
  prefix: string;
  /** IPv4: the network address as an unsigned 32-bit number (IPv6: 0; read `prefix`). */
  network: number;
  /** The prefix length. */
  length: number;
  /** Administrative distance and metric: the [AD/metric] of the line (0/0 when directly connected). */
  distance: number;
  metric: number;
  /** The next-hop address after "via", or null when the route names only an interface. */
  nextHop: string | null;
  /** The exit interface, or null when the line gives only a next hop (resolved recursively). */
  exitInterface: string | null;
}

/** What "Gateway of last resort" said: a next hop and its network, or not set. */
export interface GatewayOfLastResort {
  nextHop: string;
  network: string;
}

/** A parsed routing table. */
export interface RouteTable {
  /** Which address family the table is for (a table holds one). */
  family: 4 | 6;
  routes: Route[];
  /** The "Gateway of last resort" line: undefined when absent, null when "is not set". */
  gatewayOfLastResort?: GatewayOfLastResort | null | undefined;
}

/** Why a matching route did or did not decide the lookup. */
export type MatchStatus = 'winner' | 'shorter-prefix' | 'higher-distance' | 'higher-metric' | 'tie';

/** A route that contains the destination, with its part in the decision. */
export interface RouteMatch {
  route: Route;
  status: MatchStatus;
  /** One sentence: why this route won or lost. */
  reason: string;
}

/** One place a packet is handed to: a next hop (null: the destination itself) out of an interface. */
export interface ForwardPath {
  nextHop: string | null;
  /** Null when the next hop could not be resolved to an interface. */
  exitInterface: string | null;
}

/** What the router does with the packet. */
export type ForwardAction = 'forward' | 'deliver' | 'local' | 'drop';

/** The forwarding decision: the action, the path(s) and a sentence saying it. */
export interface ForwardingDecision {
  action: ForwardAction;
  paths: ForwardPath[];
  /** Only when dropped: no route, a Null0 route, or a next hop that does not resolve. */
  dropReason?: 'no-route' | 'null0' | 'unresolved' | undefined;
  text: string;
}

/** One step of the reasoning, for the island to list. */
export interface LookupStep {
  kind: 'compare' | 'longest' | 'tie-break' | 'resolve' | 'decision';
  text: string;
}

/** Everything a lookup decides about one destination. */
export interface LookupResult {
  destination: string;
  /** Every route containing the destination: longest prefix first, then the winner(s) first. */
  matches: RouteMatch[];
  /** The route(s) the router uses: several when equal-cost paths share the longest prefix. */
  winners: Route[];
  /** Why the winner won, in one sentence. */
  reason: string;
  decision: ForwardingDecision;
  steps: LookupStep[];
}
