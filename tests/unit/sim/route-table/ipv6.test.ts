import { describe, expect, it } from 'vitest';
import { InputError, lookupRoute, parseRouteTable, routeLabel } from '~/sim/route-table';
import { IPV6_TABLE, LPM_TABLE } from './fixtures';

/** The message of the InputError a call throws. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}

const table = parseRouteTable(IPV6_TABLE);

describe('show ipv6 route', () => {
  it('reads the two-line routes of IOS XE', () => {
    expect(table.family).toBe(6);
    expect(
      table.routes.map((r) => [
        r.line,
        r.code,
        r.prefix,
        r.distance,
        r.metric,
        r.nextHop,
        r.exitInterface,
      ]),
    ).toEqual([
      [6, 'S', '::/0', 1, 0, '2001:db8:ffff::1', null],
      [8, 'C', '2001:db8:ffff::/64', 0, 0, null, 'GigabitEthernet0/0'],
      [10, 'L', '2001:db8:ffff::2/128', 0, 0, null, 'GigabitEthernet0/0'],
      [12, 'C', '2001:db8:0:12::/64', 0, 0, null, 'GigabitEthernet0/1'],
      [14, 'L', '2001:db8:0:12::1/128', 0, 0, null, 'GigabitEthernet0/1'],
      [16, 'S', '2001:db8:20::/48', 1, 0, 'fe80::2', 'GigabitEthernet0/1'],
      [18, 'O', '2001:db8:20:30::/64', 110, 20, 'fe80::3', 'GigabitEthernet0/2'],
      [20, 'OI', '2001:db8:44::/64', 110, 30, 'fe80::3', 'GigabitEthernet0/2'],
      [22, 'L', 'ff00::/8', 0, 0, null, 'Null0'],
    ]);
    expect(table.routes.map((r) => r.source)).toEqual([
      'static',
      'connected',
      'local',
      'connected',
      'local',
      'static',
      'ospf',
      'ospf',
      'local',
    ]);
  });

  it('finds the /64 over the /48 and the default, as the lesson says', () => {
    const result = lookupRoute(table, '2001:db8:20:30::9');
    expect(result.matches.map((m) => [routeLabel(m.route), m.status])).toEqual([
      ['O 2001:db8:20:30::/64', 'winner'],
      ['S 2001:db8:20::/48', 'shorter-prefix'],
      ['S ::/0', 'shorter-prefix'],
    ]);
    expect(result.decision.paths).toEqual([
      { nextHop: 'fe80::3', exitInterface: 'GigabitEthernet0/2' },
    ]);
    expect(lookupRoute(table, '2001:DB8:20:99::1').decision.paths).toEqual([
      { nextHop: 'fe80::2', exitInterface: 'GigabitEthernet0/1' },
    ]);
  });

  it('resolves the default route recursively, delivers on a connected /64, and keeps its own addresses', () => {
    expect(lookupRoute(table, '2001:db8:99::1').decision).toEqual({
      action: 'forward',
      paths: [{ nextHop: '2001:db8:ffff::1', exitInterface: 'GigabitEthernet0/0' }],
      text: 'Forward to the next hop 2001:db8:ffff::1 out GigabitEthernet0/0.',
    });
    expect(lookupRoute(table, '2001:db8:0:12::7').decision.text).toBe(
      'Deliver directly: 2001:db8:0:12::7 is on a subnet reached out GigabitEthernet0/1, so the router sends the frame to 2001:db8:0:12::7 itself (found with Neighbor Discovery), with no next-hop router.',
    );
    expect(lookupRoute(table, '2001:db8:0:12::1').decision.action).toBe('local');
    expect(lookupRoute(table, 'ff02::5').decision.text).toBe(
      'The packet is for the router itself: ff02::5 falls in ff00::/8, a local (L) range the router receives rather than forwards.',
    );
  });

  it('reads the older "via ::, interface" form and equal-cost via lines', () => {
    const older = parseRouteTable(
      'C   2001:DB8:1::/64 [0/0]\n     via ::, FastEthernet0/0\nD   2001:DB8:9::/64 [90/2297856]\n     via FE80::2, Serial0/0\n     via FE80::6, Serial0/1',
    );
    expect(older.routes.map((r) => [r.code, r.nextHop, r.exitInterface])).toEqual([
      ['C', null, 'FastEthernet0/0'],
      ['D', 'fe80::2', 'Serial0/0'],
      ['D', 'fe80::6', 'Serial0/1'],
    ]);
    expect(lookupRoute(older, '2001:db8:9::1').decision.paths).toHaveLength(2);
  });

  it('refuses mistakes, naming the line: a link-local next hop needs its interface', () => {
    const cases: [string, string][] = [
      [
        'S   2001:DB8:20::/48 [1/0]\n     via FE80::2',
        "Line 2: the next hop fe80::2 is a link-local address, valid only on one link, so it needs its exit interface: 'via FE80::2, GigabitEthernet0/1'.",
      ],
      [
        'S   2001:DB8:20::/48 [1/0]',
        "Line 1: the route has no 'via' line under it; IOS prints where each IPv6 route goes on the next line.",
      ],
      [
        'Q   2001:DB8:20::/48 [1/0]\n     via FE80::2, Gi0/0',
        "Line 1: 'Q' is not an IPv6 route code this simulator knows. Codes are case-sensitive: C, L, S, U, R, B, D, EX, O, OI, OE1, OE2, ON1, ON2, I1, I2, IA, IS.",
      ],
      [
        'S   2001:DB8:20::/48\n     via FE80::2, Gi0/0',
        "Line 1: after 2001:DB8:20::/48 write the [AD/metric] as IOS prints it, e.g. [110/20], and put 'via …' on the next line.",
      ],
      [
        'S   2001:DB8:20::1/48 [1/0]\n     via FE80::2, Gi0/0',
        "Line 1: '2001:DB8:20::1/48' has host bits set: the network of a /48 is 2001:db8:20::, so write 2001:db8:20::/48.",
      ],
      [
        '     via FE80::2, Gi0/0\nS   2001:DB8:20::/48 [1/0]',
        "Line 1: 'via FE80::2, Gi0/0' belongs under a route line such as 'S 2001:DB8:20::/48 [1/0]'.",
      ],
      [
        'C   2001:DB8:1::/64 [0/0]\n     via FE80::2, Gi0/0',
        "Line 2: a C route has no next hop; IOS writes 'via GigabitEthernet0/0, directly connected'.",
      ],
    ];
    for (const [text, message] of cases)
      expect(messageOf(() => parseRouteTable(text))).toBe(message);
  });

  it('asks for an address of the table’s family', () => {
    expect(messageOf(() => lookupRoute(table, '10.20.30.70'))).toBe(
      "'10.20.30.70' is an IPv4 address, but this is an IPv6 table (show ipv6 route): look up an IPv6 address such as 2001:db8:20:30::9.",
    );
    expect(messageOf(() => lookupRoute(parseRouteTable(LPM_TABLE), '2001:db8::1'))).toBe(
      "'2001:db8::1' is an IPv6 address, but this is an IPv4 table (show ip route): look up an IPv4 address such as 10.20.30.70.",
    );
  });
});
