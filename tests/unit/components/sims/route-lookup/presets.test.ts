import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLookup } from '~/components/sims/route-lookup/lookup-model';
import { ROUTE_LOOKUP_PRESETS, findPreset } from '~/components/sims/route-lookup/presets';
import { routeLabel } from '~/sim/route-table';

/** The winners and decision of a preset for a destination (its own by default). */
function lookup(id: string, destination?: string) {
  const preset = findPreset(id) ?? expect.fail(`no preset ${id}`);
  const result = computeLookup(preset.table, destination ?? preset.destination);
  return { winners: result.winners.map(routeLabel), decision: result.decision };
}

// Each preset's hint promises what the learner will see; these hold the hints to the engine.
describe('route-lookup presets', () => {
  it('has the five presets the lesson may name, in order', () => {
    expect(ROUTE_LOOKUP_PRESETS.map((p) => p.id)).toEqual([
      'lpm-basics',
      'default-route',
      'recursive-static',
      'floating-static',
      'ospf-vs-static',
    ]);
  });

  it("lpm-basics: the lesson's R1 table, with the /27, /24, /16, /22 and default of its note", () => {
    expect(lookup('lpm-basics')).toMatchObject({
      winners: ['S 10.20.30.64/27'],
      decision: { paths: [{ nextHop: '10.0.12.2', exitInterface: 'GigabitEthernet0/1' }] },
    });
    expect(lookup('lpm-basics', '10.20.30.200').winners).toEqual(['O 10.20.30.0/24']);
    expect(lookup('lpm-basics', '10.20.99.1').winners).toEqual(['O 10.20.0.0/16']);
    expect(lookup('lpm-basics', '172.16.43.9').winners).toEqual(['O IA 172.16.40.0/22']);
    expect(lookup('lpm-basics', '172.16.44.1')).toMatchObject({
      winners: ['S* 0.0.0.0/0'],
      decision: { paths: [{ nextHop: '203.0.113.1', exitInterface: 'GigabitEthernet0/0' }] },
    });
    const preset = findPreset('lpm-basics');
    expect(computeLookup(preset?.table ?? '', '10.20.30.70').matches).toHaveLength(4);
  });

  it("lpm-basics: the lesson note's extra OSPF /27 loses to the static /27 on AD", () => {
    const preset = findPreset('lpm-basics');
    const extra = `${preset?.table ?? ''}\nO        10.20.30.64/27 [110/20] via 10.0.13.2, 00:00:05, GigabitEthernet0/2`;
    const result = computeLookup(extra, '10.20.30.70');
    expect(result.matches.map((m) => [routeLabel(m.route), m.status]).slice(0, 2)).toEqual([
      ['S 10.20.30.64/27', 'winner'],
      ['O 10.20.30.64/27', 'higher-distance'],
    ]);
  });

  it('lpm-basics is the table the lesson prints, line for line', () => {
    const lesson = readFileSync('content/lessons/ccna/ip-routing.mdx', 'utf8');
    const routes = (findPreset('lpm-basics')?.table ?? '').split('\n').slice(10);
    for (const line of routes) expect(lesson).toContain(line);
  });

  it('default-route: the default, a drop without it, a connected host and the router itself', () => {
    expect(lookup('default-route').winners).toEqual(['S* 0.0.0.0/0']);
    const preset = findPreset('default-route');
    const withoutDefault = (preset?.table ?? '').replace(/^S\*.*$/m, '');
    expect(computeLookup(withoutDefault, '203.0.113.50').decision.dropReason).toBe('no-route');
    expect(lookup('default-route', '192.168.10.20').decision.action).toBe('deliver');
    expect(lookup('default-route', '192.168.10.1').decision.action).toBe('local');
  });

  it('recursive-static: the static route resolves through the OSPF /32', () => {
    const result = lookup('recursive-static');
    expect(result.winners).toEqual(['S 192.168.50.0/24']);
    expect(result.decision.paths).toEqual([
      { nextHop: '10.0.23.2', exitInterface: 'GigabitEthernet0/0' },
    ]);
    expect(lookup('recursive-static', '172.16.2.9').winners).toEqual(['O 172.16.2.0/24']);
  });

  it('floating-static: OSPF wins on AD; without it the static route takes over', () => {
    expect(lookup('floating-static').winners).toEqual(['O 10.50.0.0/16']);
    const preset = findPreset('floating-static');
    const withoutOspf = (preset?.table ?? '').replace(/^O .*$/m, '');
    const fallback = computeLookup(withoutOspf, '10.50.7.7');
    expect(fallback.winners.map(routeLabel)).toEqual(['S 10.50.0.0/16']);
    expect(fallback.decision.paths).toEqual([
      { nextHop: '192.0.2.6', exitInterface: 'Serial0/1/0' },
    ]);
  });

  it('ospf-vs-static: a longer prefix beats a lower AD; at equal length the lower AD wins', () => {
    expect(lookup('ospf-vs-static').winners).toEqual(['O 172.16.8.128/25']);
    expect(lookup('ospf-vs-static', '172.16.8.20').winners).toEqual(['S 172.16.8.0/24']);
  });
});
