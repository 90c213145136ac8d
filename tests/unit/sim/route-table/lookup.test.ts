import { describe, expect, it } from 'vitest';
import { InputError, lookupRoute, parseRouteTable, routeLabel } from '~/sim/route-table';
import { LPM_TABLE } from './fixtures';

const table = parseRouteTable(LPM_TABLE);

/** The labels and statuses of a result's matches. */
function matchesOf(destination: string, source = table) {
  return lookupRoute(source, destination).matches.map((m) => [routeLabel(m.route), m.status]);
}

describe('lookupRoute: longest prefix match', () => {
  it('picks the /27 over the /24, the /16 and the default, and resolves its next hop recursively', () => {
    const result = lookupRoute(table, '10.1.2.70');
    expect(matchesOf('10.1.2.70')).toEqual([
      ['S 10.1.2.64/27', 'winner'],
      ['O 10.1.2.0/24', 'shorter-prefix'],
      ['D 10.1.0.0/16', 'shorter-prefix'],
      ['S* 0.0.0.0/0', 'shorter-prefix'],
    ]);
    expect(result.winners.map(routeLabel)).toEqual(['S 10.1.2.64/27']);
    expect(result.decision).toEqual({
      action: 'forward',
      paths: [{ nextHop: '10.0.0.2', exitInterface: 'GigabitEthernet0/0' }],
      text: 'Forward to the next hop 10.0.0.2 out GigabitEthernet0/0.',
    });
    expect(result.reason).toBe('10.1.2.70 matches 4 routes and the longest prefix, /27, wins.');
    expect(result.steps.map((s) => s.kind)).toEqual(['compare', 'longest', 'resolve', 'decision']);
    expect(result.steps[2]?.text).toBe(
      'S 10.1.2.64/27 gives only the next hop 10.0.0.2, so look 10.0.0.2 up in the table too: it matches C 10.0.0.0/30, a directly connected route out GigabitEthernet0/0.',
    );
  });

  it('uses the /24 just outside the /27, and the default route for anything else', () => {
    expect(lookupRoute(table, '10.1.2.96').winners.map(routeLabel)).toEqual(['O 10.1.2.0/24']);
    expect(lookupRoute(table, '10.1.3.1').winners.map(routeLabel)).toEqual(['D 10.1.0.0/16']);
    const outside = lookupRoute(table, '8.8.8.8');
    expect(outside.winners.map(routeLabel)).toEqual(['S* 0.0.0.0/0']);
    expect(outside.reason).toBe('Only S* 0.0.0.0/0 contains 8.8.8.8.');
    expect(outside.decision.paths).toEqual([
      { nextHop: '203.0.113.1', exitInterface: 'Serial0/1/0' },
    ]);
  });

  it('delivers on a connected subnet, and keeps packets for its own address', () => {
    expect(lookupRoute(table, '172.16.2.9').decision).toMatchObject({
      action: 'deliver',
      paths: [{ nextHop: null, exitInterface: 'GigabitEthernet0/1' }],
    });
    expect(lookupRoute(table, '10.0.0.1').decision).toMatchObject({ action: 'local', paths: [] });
    expect(lookupRoute(table, '10.0.0.1').winners.map(routeLabel)).toEqual(['L 10.0.0.1/32']);
  });

  it('drops when nothing matches and there is no default route', () => {
    const noDefault = parseRouteTable(
      'Gateway of last resort is not set\n\nC 10.0.0.0/30 is directly connected, Gi0/0\nO 10.1.2.0/24 [110/2] via 10.0.0.2, 00:00:10, Gi0/0',
    );
    const result = lookupRoute(noDefault, '192.0.2.10');
    expect(result.matches).toEqual([]);
    expect(result.winners).toEqual([]);
    expect(result.decision).toEqual({
      action: 'drop',
      paths: [],
      dropReason: 'no-route',
      text: 'Drop: no route contains 192.0.2.10 and there is no default route (0.0.0.0/0). The table says "Gateway of last resort is not set".',
    });
    expect(result.steps.map((s) => s.text)).toEqual([
      'Compare 192.0.2.10 with each of the 2 routes: none contains it.',
      result.decision.text,
    ]);
  });

  it('refuses a destination that is not an IPv4 address', () => {
    expect(() => lookupRoute(table, '10.1.2')).toThrow(InputError);
  });
});

describe('lookupRoute: routes to the same prefix', () => {
  it('explains that IOS installs the lower AD: a static route beats OSPF for the same /24', () => {
    const both = parseRouteTable(
      'C 10.0.0.0/30 is directly connected, Gi0/0\nO 10.20.0.0/24 [110/2] via 10.0.0.2, 00:00:10, Gi0/0\nS 10.20.0.0/24 [1/0] via 10.0.0.2',
    );
    const result = lookupRoute(both, '10.20.0.5');
    expect(matchesOf('10.20.0.5', both)).toEqual([
      ['S 10.20.0.0/24', 'winner'],
      ['O 10.20.0.0/24', 'higher-distance'],
    ]);
    expect(result.reason).toBe(
      '10.20.0.5 matches 2 routes and the longest prefix, /24, wins; of the routes for 10.20.0.0/24, static wins with the lower AD (1).',
    );
    expect(result.steps.find((s) => s.kind === 'tie-break')?.text).toBe(
      '2 routes are for 10.20.0.0/24. A routing table keeps one best route per prefix. The lowest administrative distance wins: static S 10.20.0.0/24 (AD 1, metric 0) beats OSPF O 10.20.0.0/24 (AD 110, metric 2), which would be used only if the better route disappeared (a floating route).',
    );
  });

  it('lets a floating static (AD 130) lose to OSPF, and breaks an AD tie by metric', () => {
    const floating = parseRouteTable(
      'O 10.30.0.0/16 [110/20] via 10.0.0.2, 00:00:10, Gi0/0\nS 10.30.0.0/16 [130/0] via 10.0.0.6, Gi0/1',
    );
    expect(lookupRoute(floating, '10.30.1.1').winners.map((r) => r.nextHop)).toEqual(['10.0.0.2']);
    const metrics = parseRouteTable(
      'O 10.40.0.0/16 [110/30] via 10.0.0.2, Gi0/0\nO 10.40.0.0/16 [110/20] via 10.0.0.6, Gi0/1',
    );
    const result = lookupRoute(metrics, '10.40.1.1');
    expect(result.matches.map((m) => [m.route.metric, m.status])).toEqual([
      [20, 'winner'],
      [30, 'higher-metric'],
    ]);
    expect(result.reason).toBe(
      '10.40.1.1 matches 2 routes and the longest prefix, /16, wins; of the routes for 10.40.0.0/16, the lower metric (20) wins.',
    );
  });

  it('reports a tie when different sources share an AD (metrics cannot be compared)', () => {
    const tied = parseRouteTable(
      'O 10.60.0.0/16 [110/20] via 10.0.0.2, Gi0/0\nS 10.60.0.0/16 [110/0] via 10.0.0.6, Gi0/1',
    );
    const result = lookupRoute(tied, '10.60.1.1');
    expect(result.matches.map((m) => m.status)).toEqual(['tie', 'tie']);
    expect(result.reason).toBe(
      '10.60.1.1 matches 2 routes and the longest prefix, /16, wins, but sources with equal AD tie for 10.60.0.0/16.',
    );
  });

  it('shares traffic over equal-cost paths', () => {
    const ecmp = parseRouteTable(
      'O     10.5.0.0/16 [110/3] via 10.0.0.2, 00:00:12, Gi0/0\n                  [110/3] via 10.0.0.6, 00:00:12, Gi0/1',
    );
    const result = lookupRoute(ecmp, '10.5.9.9');
    expect(result.decision).toEqual({
      action: 'forward',
      paths: [
        { nextHop: '10.0.0.2', exitInterface: 'Gi0/0' },
        { nextHop: '10.0.0.6', exitInterface: 'Gi0/1' },
      ],
      text: 'Forward on 2 equal-cost paths, shared between them: 10.0.0.2 out Gi0/0; 10.0.0.6 out Gi0/1.',
    });
  });
});

describe('lookupRoute: recursive next hops', () => {
  it('follows a static next hop through an OSPF route to the adjacent router', () => {
    const recursive = parseRouteTable(
      'C 10.0.0.0/30 is directly connected, Gi0/0\nO 192.0.2.0/24 [110/2] via 10.0.0.2, 00:00:10, Gi0/0\nS 198.51.100.0/24 [1/0] via 192.0.2.9',
    );
    const result = lookupRoute(recursive, '198.51.100.20');
    expect(result.decision.paths).toEqual([{ nextHop: '10.0.0.2', exitInterface: 'Gi0/0' }]);
    expect(result.steps.filter((s) => s.kind === 'resolve').map((s) => s.text)).toEqual([
      'S 198.51.100.0/24 gives only the next hop 192.0.2.9, so look 192.0.2.9 up in the table too: it matches O 192.0.2.0/24, a route via 10.0.0.2 out Gi0/0.',
    ]);
  });

  it('drops when the next hop cannot be reached, or the look-ups loop', () => {
    const dangling = parseRouteTable('S 198.51.100.0/24 [1/0] via 192.0.2.9');
    expect(lookupRoute(dangling, '198.51.100.1').decision).toMatchObject({
      action: 'drop',
      dropReason: 'unresolved',
    });
    const loop = parseRouteTable(
      'S 198.51.100.0/24 [1/0] via 192.0.2.9\nS 192.0.2.0/24 [1/0] via 198.51.100.7',
    );
    const result = lookupRoute(loop, '198.51.100.1');
    expect(result.decision.dropReason).toBe('unresolved');
    expect(result.steps.at(-2)?.text).toBe(
      'Looking up 198.51.100.7 leads back to S 198.51.100.0/24: a recursive loop, so the next hop cannot be resolved.',
    );
  });

  it('discards traffic sent to Null0', () => {
    const summary = parseRouteTable(
      'D 10.0.0.0/8 is a summary, 00:01:00, Null0\nS* 0.0.0.0/0 [1/0] via 192.0.2.1, Gi0/0',
    );
    expect(lookupRoute(summary, '10.77.0.1').decision).toMatchObject({
      action: 'drop',
      dropReason: 'null0',
    });
  });
});
