// The route-lookup simulator's presets: a router's `show ip route` as IOS prints it, a destination
// to look up, and what to try. Plain data; RouteLookup.astro checks each one with the engine at
// build time, so a typo here fails the build. Addresses are RFC 1918 and RFC 5737 ranges.

/** One preset: a routing table, a first destination and a hint. */
export interface RouteLookupPreset {
  id: string;
  title: string;
  /** The `show ip route` text the textarea starts with. */
  table: string;
  destination: string;
  /** What this preset shows and what to try next, in one or two sentences. */
  hint: string;
}

const LEGEND = `Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area
       E1 - OSPF external type 1, E2 - OSPF external type 2
       * - candidate default`;

/** The whole legend of IOS XE, as the lesson prints it for R1. */
const FULL_LEGEND = `Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area
       N1 - OSPF NSSA external type 1, N2 - OSPF NSSA external type 2
       E1 - OSPF external type 1, E2 - OSPF external type 2
       i - IS-IS, su - IS-IS summary, L1 - IS-IS level-1, L2 - IS-IS level-2
       ia - IS-IS inter area, * - candidate default, U - per-user static route
       o - ODR, P - periodic downloaded static route, H - NHRP, l - LISP
       + - replicated route, % - next hop override`;

/** The routing table text: prompt, legend, gateway line, then the routes. */
function table(host: string, gateway: string, routes: string): string {
  return `${host}#show ip route\n${LEGEND}\n\n${gateway}\n\n${routes}`;
}

export const ROUTE_LOOKUP_PRESETS: readonly RouteLookupPreset[] = [
  {
    id: 'lpm-basics',
    title: 'Longest prefix match',
    destination: '10.20.30.70',
    hint: "R1's table from the lesson. Four routes contain 10.20.30.70 and the /27 wins because it is the longest. Try 10.20.30.200 (the /24), 10.20.99.1 (the /16), 172.16.43.9 (the /22 under the 'is subnetted' header) and 172.16.44.1 (only the default route).",
    table: `R1#show ip route
${FULL_LEGEND}

Gateway of last resort is 203.0.113.1 to network 0.0.0.0

S*    0.0.0.0/0 [1/0] via 203.0.113.1
      10.0.0.0/8 is variably subnetted, 7 subnets, 5 masks
C        10.0.12.0/30 is directly connected, GigabitEthernet0/1
L        10.0.12.1/32 is directly connected, GigabitEthernet0/1
C        10.0.13.0/30 is directly connected, GigabitEthernet0/2
L        10.0.13.1/32 is directly connected, GigabitEthernet0/2
O        10.20.0.0/16 [110/30] via 10.0.12.2, 00:14:07, GigabitEthernet0/1
O        10.20.30.0/24 [110/20] via 10.0.13.2, 00:14:07, GigabitEthernet0/2
S        10.20.30.64/27 [1/0] via 10.0.12.2
      172.16.0.0/22 is subnetted, 1 subnets
O IA     172.16.40.0 [110/40] via 10.0.13.2, 00:09:51, GigabitEthernet0/2
      203.0.113.0/24 is variably subnetted, 2 subnets, 2 masks
C        203.0.113.0/30 is directly connected, GigabitEthernet0/0
L        203.0.113.2/32 is directly connected, GigabitEthernet0/0`,
  },
  {
    id: 'default-route',
    title: 'Default route and gateway of last resort',
    destination: '203.0.113.50',
    hint: 'Only the default route contains 203.0.113.50. Delete the S* line and look it up again: with no default route the packet is dropped. Try 192.168.10.20 and 192.168.10.1 too.',
    table: table(
      'Branch',
      'Gateway of last resort is 198.51.100.1 to network 0.0.0.0',
      `S*    0.0.0.0/0 [1/0] via 198.51.100.1, GigabitEthernet0/0
      192.168.10.0/24 is variably subnetted, 2 subnets, 2 masks
C        192.168.10.0/24 is directly connected, GigabitEthernet0/1
L        192.168.10.1/32 is directly connected, GigabitEthernet0/1
      198.51.100.0/24 is variably subnetted, 2 subnets, 2 masks
C        198.51.100.0/29 is directly connected, GigabitEthernet0/0
L        198.51.100.2/32 is directly connected, GigabitEthernet0/0`,
    ),
  },
  {
    id: 'recursive-static',
    title: 'Recursive static route',
    destination: '192.168.50.80',
    hint: "The static route names only R3's loopback 10.255.0.3, so the router looks that address up too and finds the OSPF route out GigabitEthernet0/0. The 172.16.0.0/24 header shows the other IOS form: one mask for every subnet, printed only in the header.",
    table: table(
      'R2',
      'Gateway of last resort is not set',
      `      10.0.0.0/8 is variably subnetted, 3 subnets, 2 masks
C        10.0.23.0/30 is directly connected, GigabitEthernet0/0
L        10.0.23.1/32 is directly connected, GigabitEthernet0/0
O        10.255.0.3/32 [110/2] via 10.0.23.2, 00:05:12, GigabitEthernet0/0
      172.16.0.0/24 is subnetted, 2 subnets
O        172.16.1.0 [110/2] via 10.0.23.2, 00:05:12, GigabitEthernet0/0
O        172.16.2.0 [110/3] via 10.0.23.2, 00:05:12, GigabitEthernet0/0
S     192.168.50.0/24 [1/0] via 10.255.0.3`,
    ),
  },
  {
    id: 'floating-static',
    title: 'Floating static route (administrative distance)',
    destination: '10.50.7.7',
    hint: 'A real table would list only the OSPF route: the static route with AD 130 floats behind OSPF (110). Both are shown so you can compare them; delete the O line, as if the OSPF neighbour failed, and the static route takes over.',
    table: table(
      'R1',
      'Gateway of last resort is not set',
      `      10.0.0.0/8 is variably subnetted, 3 subnets, 3 masks
C        10.0.12.0/30 is directly connected, GigabitEthernet0/1
L        10.0.12.1/32 is directly connected, GigabitEthernet0/1
O        10.50.0.0/16 [110/3] via 10.0.12.2, 00:20:03, GigabitEthernet0/1
S        10.50.0.0/16 [130/0] via 192.0.2.6
      192.0.2.0/24 is variably subnetted, 2 subnets, 2 masks
C        192.0.2.4/30 is directly connected, Serial0/1/0
L        192.0.2.5/32 is directly connected, Serial0/1/0`,
    ),
  },
  {
    id: 'ospf-vs-static',
    title: 'OSPF or static: prefix length first, then AD',
    destination: '172.16.8.200',
    hint: "The OSPF /25 wins for 172.16.8.200 although its AD (110) is higher than the static route's (1): a longer prefix beats a lower AD. Try 172.16.8.20: only the /24s match, and there the static route wins on AD.",
    table: table(
      'R4',
      'Gateway of last resort is not set',
      `      10.0.0.0/8 is variably subnetted, 4 subnets, 2 masks
C        10.0.34.0/30 is directly connected, GigabitEthernet0/0
L        10.0.34.1/32 is directly connected, GigabitEthernet0/0
C        10.0.45.0/30 is directly connected, GigabitEthernet0/1
L        10.0.45.1/32 is directly connected, GigabitEthernet0/1
      172.16.0.0/16 is variably subnetted, 2 subnets, 2 masks
S        172.16.8.0/24 [1/0] via 10.0.34.2
O        172.16.8.0/24 [110/3] via 10.0.45.2, 00:03:30, GigabitEthernet0/1
O        172.16.8.128/25 [110/2] via 10.0.45.2, 00:03:30, GigabitEthernet0/1`,
    ),
  },
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): RouteLookupPreset | undefined {
  return ROUTE_LOOKUP_PRESETS.find((preset) => preset.id === id);
}
