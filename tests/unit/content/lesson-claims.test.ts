import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeTable } from '~/components/sims/netpol/sim-engine';
import { clusterFromScenario, seedFromScenario } from '~/lib/netpol-scenario';
import { NetpolScenarioSchema } from '~/schemas/netpol-scenario';
import { parsePolicies, reachability } from '~/sim/netpol';
import {
  addNode,
  addPod,
  reconfigure,
  seedCluster,
  tracePath,
  type ClusterState,
} from '~/sim/packet';

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

describe('network-model lesson, the "Try it" list under the pod network simulator', () => {
  const lesson = read('lessons/foundations/network-model.mdx');
  const tryIt = lesson.slice(lesson.indexOf('## Try it'), lesson.indexOf('## Common mistakes'));
  // The simulator's defaults, as PodNetworkSimulator.astro seeds it.
  const defaults = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 };
  const seeded = seedCluster(defaults, { nodes: 2, podsPerNode: 2 });
  const podOn = (state: ClusterState, node: string) => state.pods.filter((p) => p.node === node);

  it('step 1: node-1 gets 10.244.0.0/24 with its bridge at .1, node-2 10.244.1.0/24, pods from .2', () => {
    expect(tryIt).toContain('`node-1`\n   gets `10.244.0.0/24` with its bridge at `10.244.0.1`');
    const [one, two] = seeded.nodes;
    expect([one?.podCidr, one?.gateway, two?.podCidr]).toEqual([
      '10.244.0.0/24',
      '10.244.0.1',
      '10.244.1.0/24',
    ]);
    expect(podOn(seeded, 'node-1')[0]?.ip).toBe('10.244.0.2');
    expect(podOn(seeded, 'node-2')[0]?.ip).toBe('10.244.1.2');
  });

  it('step 2: with /28 blocks a node holds 13 pods, the 14th finds no address, node-2 starts at .16', () => {
    expect(tryIt).toContain('13 remain, so look for the fourteenth pod');
    let state = reconfigure(seeded, { ...defaults, nodeCidrMaskSize: 28 });
    expect(state.nodes[1]?.podCidr).toBe('10.244.0.16/28');
    while (podOn(state, 'node-1').length < 13) state = addPod(state, { node: 'node-1' });
    expect(() => addPod(state, { node: 'node-1' })).toThrow(/full/);
  });

  it('step 3: a /23 holds two /24 blocks, and the simulator refuses a third node', () => {
    expect(tryIt).toContain('the simulator refuses the third node');
    const small = reconfigure(seeded, { ...defaults, clusterCidr: '10.244.0.0/23' });
    expect(() => addNode(small)).toThrow(/CIDRNotAvailable/);
  });

  it('step 4: the same-node path stays on the bridge, the cross-node one keeps both pod IPs', () => {
    const [a, b] = podOn(seeded, 'node-1');
    const same = tracePath(seeded, { pod: a?.name ?? '' }, { pod: b?.name ?? '' });
    expect(same.scope).toBe('same-node');
    expect(same.hops.map((h) => h.device.replace(/veth[0-9a-f]+/, 'veth'))).toEqual([
      'eth0',
      'eth0 → veth',
      'cni0',
      'veth → eth0',
      'eth0',
    ]);
    const remote = podOn(seeded, 'node-2')[0];
    const cross = tracePath(seeded, { pod: a?.name ?? '' }, { pod: remote?.name ?? '' });
    expect(cross.scope).toBe('cross-node');
    for (const hop of cross.hops) expect([hop.src, hop.dst]).toEqual([a?.ip, remote?.ip]);
    expect(cross.hops.some((h) => h.detail.includes('10.244.1.0/24'))).toBe(true);
  });

  it("step 5: a host-network pod has the node's IP and no veth", () => {
    expect(tryIt).toContain("Its address is the node's own IP, and it has no veth");
    const state = addPod(seeded, { node: 'node-1', hostNetwork: true });
    const pod = state.pods.at(-1);
    expect([pod?.ip, pod?.hostVeth]).toEqual([state.nodes[0]?.ip, null]);
  });
});

describe('network-policy-recipes lesson, the simulator notes', () => {
  const lesson = read('lessons/policy/network-policy-recipes.mdx');
  const noteOf = (preset: string): string =>
    new RegExp(`<NetpolSimulator preset="${preset}" note="([^"]+)"`).exec(lesson)?.[1] ?? '';
  // The grid the learner sees for a preset, with some of its policies switched off.
  function grid(
    preset: string,
    probe: { port: number; protocol: 'TCP' | 'UDP' },
    off: string[] = [],
  ): (from: string, to: string) => boolean | undefined {
    const scenario = NetpolScenarioSchema.parse(parse(read(`scenarios/netpol/${preset}.yaml`)));
    const seed = seedFromScenario(scenario);
    const policies = seed.policies
      .filter((p) => p.enabled !== false && !off.includes(p.policy.metadata.name))
      .map((p) => p.policy);
    const { table } = computeTable(seed.cluster, policies, probe);
    if (!table) throw new Error(`${preset}: no grid`);
    return (from, to) => table.matrix[from]?.[to];
  }

  it('deny-all: only each pod’s own cell is allowed, dev/web cannot get in, and off allows all', () => {
    expect(noteOf('deny-all')).toContain('apart from each pod');
    const pods = ['staging/web', 'staging/api', 'staging/cache', 'dev/web'];
    const on = grid('deny-all', { port: 8080, protocol: 'TCP' });
    const off = grid('deny-all', { port: 8080, protocol: 'TCP' }, ['default-deny-all']);
    for (const from of pods) {
      for (const to of pods) {
        expect(on(from, to), `${from} → ${to}`).toBe(from === to);
        expect(off(from, to), `${from} → ${to} with the policy off`).toBe(true);
      }
    }
  });

  it('egress-cidr: the invoicer reaches only partner-api on 443, the exporter all three, DNS on 53', () => {
    expect(noteOf('egress-cidr')).toContain('the invoicer reaches partner-api');
    const https = grid('egress-cidr', { port: 443, protocol: 'TCP' });
    const outside = ['ip:203.0.113.10', 'ip:203.0.113.200', 'ip:198.51.100.20'];
    expect(outside.map((to) => https('billing/invoicer', to))).toEqual([true, false, false]);
    expect(outside.map((to) => https('billing/exporter', to))).toEqual([true, true, true]);
    const dns = grid('egress-cidr', { port: 53, protocol: 'UDP' });
    expect(dns('billing/invoicer', 'kube-system/coredns')).toBe(true);
  });

  it('default-deny-dns: DNS needs allow-dns-egress, and metrics-server stays refused', () => {
    expect(noteOf('default-deny-dns')).toContain('stay refused even with the DNS policy on');
    const on = grid('default-deny-dns', { port: 53, protocol: 'UDP' });
    const off = grid('default-deny-dns', { port: 53, protocol: 'UDP' }, ['allow-dns-egress']);
    for (const from of ['payments/checkout', 'payments/ledger']) {
      for (const dns of ['kube-system/coredns-1', 'kube-system/coredns-2']) {
        expect([on(from, dns), off(from, dns)]).toEqual([true, false]);
      }
      expect(on(from, 'kube-system/metrics-server')).toBe(false);
    }
  });
});
