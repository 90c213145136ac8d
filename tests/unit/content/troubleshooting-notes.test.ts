import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { computeView, type ResolverInput } from '~/components/sims/dns/resolver-model';
import { computeTable } from '~/components/sims/netpol/sim-engine';
import { simulate } from '~/components/sims/services/sim-model';
import { DEFAULT_SIM_STATE } from '~/components/sims/services/sim-state';
import { loadAwsVpcPreset } from '~/lib/aws-vpc-scenario';
import { seedFromScenario } from '~/lib/netpol-scenario';
import { NetpolScenarioSchema } from '~/schemas/netpol-scenario';
import { evaluateFlow, withoutRules } from '~/sim/aws-vpc';
import { walkPacket } from '~/sim/packet';

// The troubleshooting lesson's "Try this" notes and playground links, checked against the engines
// behind the simulators they name, so the text cannot drift from what the learner will see.

const content = new URL('../../../content/', import.meta.url);
const lesson = readFileSync(new URL('lessons/pod-networking/troubleshooting.mdx', content), 'utf8');

const dns = (change: Partial<ResolverInput>) => {
  const base: ResolverInput = {
    pod: 'default-tools',
    policy: 'ClusterFirst',
    ndots: 'policy',
    name: 'web',
    kind: 'A+AAAA',
  };
  const outcome = computeView({ ...base, ...change });
  return 'view' in outcome ? outcome.view : expect.fail(outcome.error);
};

/** The grid cells of a NetworkPolicy preset with some policies switched, at a probe. */
function netpol(
  id: string,
  enabled: boolean[] | null,
  probe?: { port: number; protocol: 'TCP' | 'UDP' },
) {
  const raw: unknown = parse(readFileSync(new URL(`scenarios/netpol/${id}.yaml`, content), 'utf8'));
  const seed = seedFromScenario(NetpolScenarioSchema.parse(raw));
  const policies = seed.policies
    .filter((p, i) => (enabled ? enabled[i] : p.enabled !== false))
    .map((p) => p.policy);
  const table = computeTable(seed.cluster, policies, probe ?? seed.probe).table;
  return table ? table.matrix : expect.fail('no grid');
}

describe('troubleshooting lesson notes', () => {
  it('DNS: web fails from default (5 names, 10 queries); web.shop answers; node-agent needs ClusterFirstWithHostNet', () => {
    expect(lesson).toContain('web tries 5 names with 10 queries and none answers');
    expect(dns({}).rows).toHaveLength(5);
    expect(dns({}).queries).toBe(10);
    expect(dns({}).answers).toEqual([]);
    expect(dns({ name: 'web.shop' }).rows).toHaveLength(2);
    expect(dns({ name: 'web.shop' }).answers).toEqual(['web.shop.svc.cluster.local. A 10.96.4.20']);
    expect(dns({ pod: 'node-agent', name: 'web.shop' }).resolvConf).toContain(
      'nameserver 172.31.0.2',
    );
    expect(dns({ pod: 'node-agent', name: 'web.shop' }).answers).toEqual([]);
    expect(
      dns({
        pod: 'node-agent',
        name: 'web.shop',
        policy: 'ClusterFirstWithHostNet',
      }).answers,
    ).toHaveLength(1);
  });

  it('Service: no ready pod rejects all 300; internalTrafficPolicy Local drops all 300 from client-c', () => {
    const none = simulate({
      ...DEFAULT_SIM_STATE,
      pods: DEFAULT_SIM_STATE.pods.map((p) => ({ ...p, ready: false })),
    });
    expect(none.first?.verdict).toBe('rejected');
    expect(none.dropped).toBe(300);
    expect(none.rules).toContain('has no endpoints" -m tcp --dport 80 -j REJECT');
    const local = simulate({
      ...DEFAULT_SIM_STATE,
      client: 'pod-c',
      internalTrafficPolicy: 'Local',
    });
    expect(local.first?.verdict).toBe('dropped');
    expect(local.dropped).toBe(300);
    expect(local.rules).toContain('has no local endpoints" -m tcp --dport 80 -j DROP');
  });

  it('NetworkPolicy playground links: DNS egress and the Service-port mistake', () => {
    expect(lesson).toContain('#preset=default-deny-dns');
    expect(lesson).toContain('#preset=service-port-mistake');
    const dnsOn = netpol('default-deny-dns', null);
    expect(dnsOn['payments/checkout']?.['kube-system/coredns-1']).toBe(true);
    expect(dnsOn['payments/ledger']?.['kube-system/coredns-2']).toBe(true);
    expect(dnsOn['payments/checkout']?.['ip:198.51.100.53']).toBe(false);
    const dnsOff = netpol('default-deny-dns', [true, false, true]);
    expect(dnsOff['payments/checkout']?.['kube-system/coredns-1']).toBe(false);
    expect(dnsOff['payments/ledger']?.['kube-system/coredns-2']).toBe(false);
    const wrong = netpol('service-port-mistake', null);
    expect(wrong['storefront/web']?.['catalog/catalog-1']).toBe(false);
    expect(wrong['storefront/web']?.['catalog/catalog-2']).toBe(false);
    const fixed = netpol('service-port-mistake', [false, true]);
    expect(fixed['storefront/web']?.['catalog/catalog-1']).toBe(true);
    expect(fixed['storefront/admin']?.['catalog/catalog-1']).toBe(false);
  });

  it('VPC walker: app-a reaches db-a; web-b is stopped by acl-db; without sg-db rule 1, sg-db refuses', () => {
    const { network } = loadAwsVpcPreset('three-tier');
    const flow = (from: string) =>
      ({
        from: { instance: from },
        to: { instance: 'i-db-a' },
        protocol: 'tcp',
        port: 5432,
      }) as const;
    expect(evaluateFlow(network, flow('i-app-a')).allowed).toBe(true);
    const webB = evaluateFlow(network, flow('i-web-b'));
    expect(webB.allowed).toBe(false);
    expect(webB.summary).toContain('acl-db');
    const off = evaluateFlow(withoutRules(network, new Set(['sg:sg-db:in:1'])), flow('i-app-a'));
    expect(off.allowed).toBe(false);
    expect(off.summary).toContain('sg-db');
  });

  it('packet walker: the wire hop is VXLAN on UDP 8472; a pod MTU of 1500 becomes 1550 bytes on the wire', () => {
    const wire = walkPacket({ path: 'cross-node', style: 'vxlan' }).hops.find(
      (h) => h.at === 'wire',
    );
    expect(wire?.headers.outer?.udpDstPort).toBe(8472);
    expect(wire?.headers.outer?.srcIp).not.toBe(wire?.headers.inner.srcIp);
    const mtu = walkPacket({
      path: 'cross-node',
      style: 'vxlan',
      podMtu: 1500,
      underlayMtu: 1500,
    }).mtu;
    expect(mtu.ok).toBe(false);
    expect(mtu.problem).toContain('becomes 1550 bytes once VXLAN adds its 50 bytes');
  });
});
