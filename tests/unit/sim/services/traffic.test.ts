import { describe, expect, it } from 'vitest';
import { InputError, sendTraffic, type TrafficClient } from '~/sim/services';
import { cluster, webService } from './fixture';

const POD: TrafficClient = { kind: 'pod', pod: 'client' };
const VIA_A: TrafficClient = { kind: 'external', ip: '203.0.113.7', via: { node: 'node-a' } };
const VIA_LB: TrafficClient = { kind: 'external', ip: '203.0.113.7', via: 'loadBalancer' };

/** The per-pod counts of a run. */
function counts(result: ReturnType<typeof sendTraffic>): Record<string, number> {
  return Object.fromEntries(result.endpoints.map((e) => [e.pod, e.count]));
}

/** A LoadBalancer "web" with an address, and the given policy. */
function loadBalancer(policy: 'Cluster' | 'Local') {
  const lb = webService({ type: 'LoadBalancer', externalTrafficPolicy: policy });
  lb.status = { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } };
  return lb;
}

describe('sendTraffic', () => {
  it('gives the same counts for the same seed, and other counts for another seed', () => {
    const run = (seed: number) =>
      counts(sendTraffic(cluster(), { service: 'web', clients: [POD], requests: 3000, seed }));
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
    const total = Object.values(run(7)).reduce((a, b) => a + b, 0);
    expect(total).toBe(3000);
    for (const n of Object.values(run(7))) expect(Math.abs(n - 1000)).toBeLessThan(120);
  });

  it('DNATs a pod\u2019s connection to the cluster IP and leaves its source alone', () => {
    const first = sendTraffic(cluster(), { service: 'web', clients: [POD], requests: 1, seed: 1 })
      .perClient[0]?.first;
    expect(first?.dialled).toBe('10.96.0.20:80');
    expect(first?.dnat?.from).toBe('10.96.0.20:80');
    expect(first?.dnat?.to).toMatch(/^10\.244\.[012]\.5:8080$/);
    expect(first?.snat).toBeNull();
    expect(first?.seenSource).toBe('10.244.0.9');
  });

  it('masquerades a pod that reaches itself through its own Service (hairpin)', () => {
    const c = cluster([webService({ internalTrafficPolicy: 'Local' })]);
    const first = sendTraffic(c, {
      service: 'web',
      clients: [{ kind: 'pod', pod: 'web-1' }],
      requests: 1,
      seed: 1,
    }).perClient[0]?.first;
    expect(first?.endpoint?.pod).toBe('web-1');
    expect(first?.snat).toEqual({ from: '10.244.0.5', to: '192.168.1.10' });
  });

  it('with externalTrafficPolicy Cluster: any pod, extra hops, and the source SNATed to the node', () => {
    const c = cluster([webService({ type: 'NodePort' })]);
    const result = sendTraffic(c, { service: 'web', clients: [VIA_A], requests: 600, seed: 3 });
    expect(Object.values(counts(result)).every((n) => n > 150)).toBe(true);
    const first = result.perClient[0]?.first;
    expect(first?.dialled).toBe('192.168.1.10:30086');
    expect(first?.snat).toEqual({ from: '203.0.113.7', to: '192.168.1.10' });
    expect(first?.seenSource).toBe('192.168.1.10');
  });

  it('with externalTrafficPolicy Local: only the node\u2019s own pods, the client IP kept, drops elsewhere', () => {
    const c = cluster([webService({ type: 'NodePort', externalTrafficPolicy: 'Local' })]);
    const result = sendTraffic(c, { service: 'web', clients: [VIA_A], requests: 100, seed: 3 });
    expect(counts(result)).toEqual({ 'web-1': 100, 'web-2': 0, 'web-3': 0 });
    expect(result.perClient[0]?.first.seenSource).toBe('203.0.113.7');
    c.pods.splice(0, 1);
    const empty = sendTraffic(c, { service: 'web', clients: [VIA_A], requests: 10, seed: 3 });
    expect([empty.delivered, empty.dropped]).toEqual([0, 10]);
    expect(empty.perClient[0]?.first.verdict).toBe('dropped');
  });

  it('spreads unevenly through a load balancer with Local policy when nodes hold unequal pods', () => {
    const c = cluster([loadBalancer('Local')]);
    c.pods.push({
      name: 'web-4',
      node: 'node-a',
      ip: '10.244.0.6',
      labels: { app: 'web' },
      ready: true,
    });
    c.pods.splice(1, 1); // node-b keeps no web pod: it fails the health check
    const result = counts(
      sendTraffic(c, { service: 'web', clients: [VIA_LB], requests: 4000, seed: 11 }),
    );
    expect(result['web-3']).toBeGreaterThan(1800); // half the traffic for the only pod on node-c
    expect(result['web-1']).toBeLessThan(1100); // a quarter each for the two pods on node-a
    expect(result['web-4']).toBeLessThan(1100);
  });

  it('keeps a client on one pod with ClientIP affinity', () => {
    const c = cluster([webService({ sessionAffinity: 'ClientIP' })]);
    const result = sendTraffic(c, {
      service: 'web',
      clients: [POD, { kind: 'pod', pod: 'client-c' }],
      requests: 200,
      seed: 5,
    });
    for (const client of result.perClient) expect(Object.keys(client.counts)).toHaveLength(1);
  });

  it('drops with internalTrafficPolicy Local on a node without a local endpoint, and rejects with no endpoint at all', () => {
    const c = cluster([webService({ internalTrafficPolicy: 'Local' })]);
    c.pods.splice(0, 1);
    expect(
      sendTraffic(c, { service: 'web', clients: [POD], requests: 5, seed: 1 }).perClient[0]?.first
        .verdict,
    ).toBe('dropped');
    const none = cluster([webService({ selector: { app: 'nothing' } })]);
    expect(
      sendTraffic(none, { service: 'web', clients: [POD], requests: 5, seed: 1 }).perClient[0]
        ?.first.verdict,
    ).toBe('rejected');
  });

  it('sends nothing through kube-proxy for headless and ExternalName Services', () => {
    const result = sendTraffic(cluster([webService({ clusterIP: 'None' })]), {
      service: 'web',
      clients: [POD],
      requests: 5,
      seed: 1,
    });
    expect([result.notProxied, result.perClient[0]?.first.reason]).toEqual([
      5,
      expect.stringMatching(/no virtual IP/),
    ]);
    const alias = cluster([
      { metadata: { name: 'db' }, spec: { type: 'ExternalName', externalName: 'db.example.com' } },
    ]);
    expect(
      sendTraffic(alias, { service: 'db', clients: [POD], requests: 1, seed: 1 }).perClient[0]
        ?.first.reason,
    ).toMatch(/CNAME to db\.example\.com/);
  });

  it('spreads evenly per mode: nftables at random, IPVS round robin', () => {
    const ipvs = counts(
      sendTraffic(cluster(), {
        service: 'web',
        clients: [POD],
        requests: 9,
        seed: 1,
        mode: 'ipvs',
      }),
    );
    expect(ipvs).toEqual({ 'web-1': 3, 'web-2': 3, 'web-3': 3 });
    const nft = counts(
      sendTraffic(cluster(), {
        service: 'web',
        clients: [POD],
        requests: 3000,
        seed: 1,
        mode: 'nftables',
      }),
    );
    for (const n of Object.values(nft)) expect(Math.abs(n - 1000)).toBeLessThan(120);
  });

  it('refuses bad requests in plain words', () => {
    const run = (options: Partial<Parameters<typeof sendTraffic>[1]>) => () =>
      sendTraffic(cluster(), { service: 'web', clients: [POD], requests: 1, seed: 1, ...options });
    expect(run({ requests: 0 })).toThrow('Send between 1 and 100000 requests; got 0.');
    expect(run({ clients: [] })).toThrow(InputError);
    expect(run({ service: 'nope' })).toThrow(
      'There is no Service default/nope; create it first or check the name.',
    );
    expect(run({ port: 'grpc' })).toThrow(/has no port 'grpc'; its ports are http/);
    expect(run({ clients: [{ kind: 'pod', pod: 'ghost' }] })).toThrow(
      'There is no pod default/ghost to send from.',
    );
    expect(run({ clients: [{ kind: 'external', ip: '1.2.3', via: 'loadBalancer' }] })).toThrow(
      InputError,
    );
  });
});
