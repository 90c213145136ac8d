import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clusterFromScenario } from '~/lib/netpol-scenario';
import { NetpolScenarioSchema } from '~/schemas/netpol-scenario';
import { parsePolicies, reachability } from '~/sim/netpol';

// Claims that lessons make about what a simulator shows, checked against the engine on the same
// preset, so that a lesson's "try this" note cannot drift from the grid the learner sees.

const content = new URL('../../../content/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, content), 'utf8');

// The multi-tenant preset as the lesson embeds it: its cluster, and its policies' YAML text.
function multiTenant(): { cluster: ReturnType<typeof clusterFromScenario>; yaml: string[] } {
  const scenario = NetpolScenarioSchema.parse(parse(read('scenarios/netpol/multi-tenant.yaml')));
  return { cluster: clusterFromScenario(scenario), yaml: scenario.policies.map((p) => p.yaml) };
}

// Which tenant pods Prometheus may connect to on a port, under the given policies' YAML.
function scrapeTargets(yaml: string[], port: number): string[] {
  const { cluster } = multiTenant();
  const { policies, errors } = parsePolicies(yaml.join('\n---\n'));
  expect(errors).toEqual([]);
  const row = reachability(cluster, policies, { port, protocol: 'TCP' })['monitoring/prometheus'];
  return Object.entries(row ?? {})
    .filter(([to, allowed]) => allowed && to.startsWith('tenant-'))
    .map(([to]) => to)
    .sort();
}

describe('network-policies lesson, the multi-tenant note', () => {
  const lesson = read('lessons/policy/network-policies.mdx');
  const note = /<NetpolSimulator preset="multi-tenant" note="([^"]+)"/.exec(lesson)?.[1] ?? '';
  const allTenantPods = ['tenant-a/api', 'tenant-a/web', 'tenant-b/api', 'tenant-b/web'];

  it('says 9090 is allowed to all four tenant pods, and the grid agrees', () => {
    expect(note).toContain('Set the probe to 9090: Prometheus is allowed to all four tenant pods');
    expect(scrapeTargets(multiTenant().yaml, 9090)).toEqual(allTenantPods);
  });

  it('says 9102 is refused by every tenant pod, and the grid agrees', () => {
    expect(note).toContain('Set the probe to 9102: Prometheus is refused by every tenant pod');
    expect(scrapeTargets(multiTenant().yaml, 9102)).toEqual([]);
  });

  it('says the named port lets 9090 to the web pods only and 9102 to the api pods only', () => {
    expect(note).toContain('9090 allowed to the web pods only, 9102 to the api pods only');
    const named = multiTenant().yaml.map((y) => y.replace('port: 9090', 'port: metrics'));
    expect(named.filter((y) => y.includes('port: metrics'))).toHaveLength(2);
    expect(scrapeTargets(named, 9090)).toEqual(['tenant-a/web', 'tenant-b/web']);
    expect(scrapeTargets(named, 9102)).toEqual(['tenant-a/api', 'tenant-b/api']);
  });
});
