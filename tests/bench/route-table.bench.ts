import { it } from 'vitest';
import { lookupRoute, parseRouteTable } from '~/sim/route-table';
import { ROUTE_LOOKUP_PRESETS } from '~/components/sims/route-lookup/presets';
import { measure, report } from './harness';

// The route-table engine: what the route lookup does on every keystroke (parse the pasted table,
// then look one destination up), on the lesson's preset and on a 500-line table, the most the
// simulator accepts.

/** A `show ip route` body of 498 connected and OSPF routes under one variably subnetted header. */
function bigTable(): string {
  const lines = ['      10.0.0.0/8 is variably subnetted, 498 subnets, 3 masks'];
  for (let i = 0; i < 249; i += 1) {
    lines.push(
      `C        10.${String(i)}.0.0/30 is directly connected, GigabitEthernet0/${String(i % 4)}`,
    );
    lines.push(
      `O        10.${String(i)}.1.0/24 [110/${String(i + 2)}] via 10.${String(i)}.0.2, 00:01:00, GigabitEthernet0/${String(i % 4)}`,
    );
  }
  lines.push('S*    0.0.0.0/0 [1/0] via 10.0.0.2');
  return lines.join('\n');
}

it('route-table engine', () => {
  const preset = ROUTE_LOOKUP_PRESETS[0];
  if (!preset) throw new Error('no route lookup preset');
  const big = bigTable();
  report([
    measure(
      'parse + lookup, preset',
      `${preset.id}, ${preset.destination}`,
      () => lookupRoute(parseRouteTable(preset.table), preset.destination),
      { runs: 200, warmup: 20 },
    ),
    measure(
      'parse + lookup, 500 lines',
      '498 routes + default, recursive next hop',
      () => lookupRoute(parseRouteTable(big), '10.200.1.9'),
      { runs: 50, warmup: 5 },
    ),
  ]);
});
