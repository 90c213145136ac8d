// Route tables the route-table tests share, written as IOS prints them.

/** A table with a default, a /24 and a /27 inside it, and both header forms. */
export const LPM_TABLE = `R1#show ip route
Codes: L - local, C - connected, S - static, R - RIP, M - mobile, B - BGP
       D - EIGRP, EX - EIGRP external, O - OSPF, IA - OSPF inter area
       E1 - OSPF external type 1, E2 - OSPF external type 2
       * - candidate default

Gateway of last resort is 203.0.113.1 to network 0.0.0.0

S*    0.0.0.0/0 [1/0] via 203.0.113.1
      10.0.0.0/8 is variably subnetted, 5 subnets, 4 masks
C        10.0.0.0/30 is directly connected, GigabitEthernet0/0
L        10.0.0.1/32 is directly connected, GigabitEthernet0/0
O        10.1.2.0/24 [110/2] via 10.0.0.2, 00:01:10, GigabitEthernet0/0
S        10.1.2.64/27 [1/0] via 10.0.0.2
D        10.1.0.0/16 [90/3072] via 10.0.0.2, 00:00:40, GigabitEthernet0/0
      172.16.0.0/24 is subnetted, 2 subnets
O IA     172.16.1.0 [110/3] via 10.0.0.2, 00:02:00, GigabitEthernet0/0
C        172.16.2.0 is directly connected, GigabitEthernet0/1
      203.0.113.0/24 is variably subnetted, 2 subnets, 2 masks
C        203.0.113.0/30 is directly connected, Serial0/1/0
L        203.0.113.2/32 is directly connected, Serial0/1/0`;

/** R1's `show ipv6 route` in the current IOS XE form (the legend trimmed, as the lesson prints it). */
export const IPV6_TABLE = `R1#show ipv6 route
IPv6 Routing Table - default - 11 entries
Codes: C - Connected, L - Local, S - Static, U - Per-user Static route
       O - OSPF Intra, OI - OSPF Inter, OE1 - OSPF ext 1, OE2 - OSPF ext 2
S   ::/0 [1/0]
     via 2001:DB8:FFFF::1
C   2001:DB8:FFFF::/64 [0/0]
     via GigabitEthernet0/0, directly connected
L   2001:DB8:FFFF::2/128 [0/0]
     via GigabitEthernet0/0, receive
C   2001:DB8:0:12::/64 [0/0]
     via GigabitEthernet0/1, directly connected
L   2001:DB8:0:12::1/128 [0/0]
     via GigabitEthernet0/1, receive
S   2001:DB8:20::/48 [1/0]
     via FE80::2, GigabitEthernet0/1
O   2001:DB8:20:30::/64 [110/20]
     via FE80::3, GigabitEthernet0/2
OI  2001:DB8:44::/64 [110/30]
     via FE80::3, GigabitEthernet0/2
L   FF00::/8 [0/0]
     via Null0, receive`;
