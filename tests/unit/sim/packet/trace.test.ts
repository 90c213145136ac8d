import { describe, expect, it } from 'vitest';
import { addPod, seedCluster, tracePath } from '~/sim/packet';
import type { PathTrace } from '~/sim/packet';
import { inputErrorOf } from './helpers';

// node-1 192.168.0.10, 10.244.0.0/24: web-1 .2, web-2 .3, probe (hostNetwork)
// node-2 192.168.0.11, 10.244.1.0/24: web-3 .2, web-4 .3
const cluster = addPod(
  seedCluster({ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 }, { nodes: 2, podsPerNode: 2 }),
  { node: 'node-1', name: 'probe', hostNetwork: true },
);

/** A trace as readable lines, so a change of wording shows up as a reviewable diff. */
function lines(trace: PathTrace): string {
  const hops = trace.hops.map(
    (hop, index) =>
      `${String(index + 1)}. [${hop.location}] ${hop.device} (${hop.src} → ${hop.dst}): ${hop.detail}`,
  );
  return [
    `${trace.scope}: ${trace.srcIp} → ${trace.dstIp}`,
    ...hops,
    trace.summary,
    ...trace.notes,
  ].join('\n');
}

/** The devices a trace passes, in order. */
const devices = (trace: PathTrace): string[] => trace.hops.map((hop) => hop.device);

describe('tracePath', () => {
  it('same node: eth0 → veth → cni0 → veth → eth0, never leaving the node', () => {
    const trace = tracePath(cluster, { pod: 'web-1' }, { pod: 'web-2' });
    const [veth1, veth2] = cluster.pods.map((pod) => pod.hostVeth);
    expect(trace.scope).toBe('same-node');
    expect(trace.nat).toBe(false);
    expect(devices(trace)).toEqual([
      'eth0',
      `eth0 → ${String(veth1)}`,
      'cni0',
      `${String(veth2)} → eth0`,
      'eth0',
    ]);
    expect(lines(trace)).toMatchInlineSnapshot(`
      "same-node: 10.244.0.2 → 10.244.0.3
      1. [web-1 (pod network namespace)] eth0 (10.244.0.2 → 10.244.0.3): web-1 sends from eth0 (10.244.0.2). 10.244.0.3 is inside the pod's own subnet 10.244.0.0/24, so the pod sends it straight out of eth0 to that pod's MAC address, with no gateway in between.
      2. [veth pair] eth0 → veth6e961893 (10.244.0.2 → 10.244.0.3): What leaves eth0 inside web-1 comes out of veth6e961893 in node-1's root namespace; that end is a port of cni0.
      3. [node-1 (root network namespace)] cni0 (10.244.0.2 → 10.244.0.3): The cni0 bridge switches the frame by MAC address from port veth6e961893 to port veth62959fc8, where web-2 is plugged in. Nothing is routed and no address is rewritten.
      4. [veth pair] veth62959fc8 → eth0 (10.244.0.2 → 10.244.0.3): What enters veth62959fc8 in node-1's root namespace comes out of eth0 inside web-2.
      5. [web-2 (pod network namespace)] eth0 (10.244.0.2 → 10.244.0.3): web-2's eth0 (10.244.0.3) receives the packet from 10.244.0.2 to 10.244.0.3, exactly as it was sent.
      The packet from web-1 to web-2 never leaves node-1: it only passes through cni0. Its source stays 10.244.0.2 and its destination 10.244.0.3 the whole way — no NAT."
    `);
  });

  it('cross node: up to the root namespace, routed via the other node’s IP, down its bridge', () => {
    const trace = tracePath(cluster, { pod: 'web-1' }, { pod: 'web-4' });
    expect(trace).toMatchObject({
      scope: 'cross-node',
      srcIp: '10.244.0.2',
      dstIp: '10.244.1.3',
      nat: false,
    });
    expect(devices(trace)).toContain('route 10.244.1.0/24 via 192.168.0.11');
    expect(devices(trace)).toContain('eth0 → eth0');
    expect(devices(trace)).toContain('route 10.244.1.0/24 dev cni0');
    expect(trace.summary).toBe(
      'The packet leaves node-1 and crosses the node network to node-2; its source stays 10.244.0.2 and its destination 10.244.1.3 the whole way — no NAT.',
    );
    expect(lines(trace)).toMatchInlineSnapshot(`
      "cross-node: 10.244.0.2 → 10.244.1.3
      1. [web-1 (pod network namespace)] eth0 (10.244.0.2 → 10.244.1.3): web-1 sends from eth0 (10.244.0.2). 10.244.1.3 is outside 10.244.0.0/24, so the pod's default route sends it to its gateway 10.244.0.1, the cni0 bridge.
      2. [veth pair] eth0 → veth6e961893 (10.244.0.2 → 10.244.1.3): What leaves eth0 inside web-1 comes out of veth6e961893 in node-1's root namespace; that end is a port of cni0.
      3. [node-1 (root network namespace)] cni0 (10.244.0.1) (10.244.0.2 → 10.244.1.3): cni0 is the pods' gateway, so the packet enters node-1's own network stack, which decides where it goes next.
      4. [node-1 (root network namespace)] route 10.244.1.0/24 via 192.168.0.11 (10.244.0.2 → 10.244.1.3): node-1 looks up 10.244.1.3: the route 10.244.1.0/24 via 192.168.0.11 (set up by the CNI plugin or the network's route table) sends pod traffic for node-2 to node-2's IP.
      5. [node network 192.168.0.0/24] eth0 → eth0 (10.244.0.2 → 10.244.1.3): The packet leaves node-1's eth0 (192.168.0.10) and crosses the node network to node-2's eth0 (192.168.0.11). With an overlay CNI (VXLAN, for example) the packet would travel inside a UDP packet from 192.168.0.10 to 192.168.0.11 and be unwrapped on node-2; the pod addresses inside stay the same.
      6. [node-2 (root network namespace)] route 10.244.1.0/24 dev cni0 (10.244.0.2 → 10.244.1.3): 10.244.1.3 is in node-2's own pod range, so the route 10.244.1.0/24 dev cni0 hands the packet to the bridge.
      7. [node-2 (root network namespace)] cni0 → vethfb3ed119 (10.244.0.2 → 10.244.1.3): cni0 (10.244.1.1) finds web-4's MAC address behind port vethfb3ed119 and sends the frame out of it.
      8. [veth pair] vethfb3ed119 → eth0 (10.244.0.2 → 10.244.1.3): What enters vethfb3ed119 in node-2's root namespace comes out of eth0 inside web-4.
      9. [web-4 (pod network namespace)] eth0 (10.244.0.2 → 10.244.1.3): web-4's eth0 (10.244.1.3) receives the packet from 10.244.0.2 to 10.244.1.3, exactly as it was sent.
      The packet leaves node-1 and crosses the node network to node-2; its source stays 10.244.0.2 and its destination 10.244.1.3 the whole way — no NAT."
    `);
  });

  it('keeps the same source and destination at every hop', () => {
    for (const [from, to] of [
      ['web-1', 'web-4'],
      ['web-3', 'web-2'],
      ['web-1', 'web-2'],
    ] as const) {
      const trace = tracePath(cluster, { pod: from }, { pod: to });
      for (const hop of trace.hops) expect([hop.src, hop.dst]).toEqual([trace.srcIp, trace.dstIp]);
    }
  });

  it('a pod to itself: loopback inside its namespace', () => {
    const trace = tracePath(cluster, { pod: 'web-3' }, { pod: 'web-3' });
    expect(trace.scope).toBe('loopback');
    expect(devices(trace)).toEqual(['lo']);
    expect(trace.summary).toBe(
      'web-3 is talking to itself: the packet loops back through lo inside its own network namespace. Source and destination are both 10.244.1.2 — no NAT.',
    );
  });

  it('a node to its own pod: through the bridge, from cni0’s address', () => {
    const trace = tracePath(cluster, { node: 'node-1' }, { pod: 'web-2' });
    expect(trace).toMatchObject({ scope: 'same-node', srcIp: '10.244.0.1', dstIp: '10.244.0.3' });
    expect(devices(trace)[0]).toBe('route 10.244.0.0/24 dev cni0');
    expect(lines(trace)).toMatchInlineSnapshot(`
      "same-node: 10.244.0.1 → 10.244.0.3
      1. [node-1 (root network namespace)] route 10.244.0.0/24 dev cni0 (10.244.0.1 → 10.244.0.3): node-1 sends to 10.244.0.3. The route 10.244.0.0/24 dev cni0 src 10.244.0.1 says the pod is on the bridge and picks 10.244.0.1, the bridge's address, as the source; this is how the kubelet's probes reach pods on its node.
      2. [node-1 (root network namespace)] cni0 → veth62959fc8 (10.244.0.1 → 10.244.0.3): cni0 (10.244.0.1) finds web-2's MAC address behind port veth62959fc8 and sends the frame out of it.
      3. [veth pair] veth62959fc8 → eth0 (10.244.0.1 → 10.244.0.3): What enters veth62959fc8 in node-1's root namespace comes out of eth0 inside web-2.
      4. [web-2 (pod network namespace)] eth0 (10.244.0.1 → 10.244.0.3): web-2's eth0 (10.244.0.3) receives the packet from 10.244.0.1 to 10.244.0.3, exactly as it was sent.
      The packet from node-1 to web-2 never leaves node-1: it only passes through cni0. Its source stays 10.244.0.1 and its destination 10.244.0.3 the whole way — no NAT."
    `);
  });

  it('a pod to its own node: up through cni0 and delivered locally', () => {
    const trace = tracePath(cluster, { pod: 'web-1' }, { node: 'node-1' });
    expect(trace).toMatchObject({
      scope: 'same-node',
      srcIp: '10.244.0.2',
      dstIp: '192.168.0.10',
      notes: [],
    });
    expect(devices(trace)).toEqual([
      'eth0',
      expect.stringMatching(/^eth0 → veth/),
      'cni0 (10.244.0.1)',
      'eth0 (192.168.0.10)',
    ]);
  });

  it('a node to a pod on another node: from the node IP, routed', () => {
    const trace = tracePath(cluster, { node: 'node-2' }, { pod: 'web-1' });
    expect(trace).toMatchObject({
      scope: 'cross-node',
      srcIp: '192.168.0.11',
      dstIp: '10.244.0.2',
    });
    expect(devices(trace)[0]).toBe('route 10.244.0.0/24 via 192.168.0.10');
  });

  it('a pod to another node: routed over the connected node network, with a note on masquerading', () => {
    const trace = tracePath(cluster, { pod: 'web-3' }, { node: 'node-1' });
    expect(trace).toMatchObject({
      scope: 'cross-node',
      srcIp: '10.244.1.2',
      dstIp: '192.168.0.10',
    });
    expect(devices(trace)).toContain('route 192.168.0.0/24 dev eth0');
    expect(trace.notes).toHaveLength(1);
    expect(trace.notes[0]).toContain('masquerade');
  });

  it('a hostNetwork pod uses its node’s IP and namespace', () => {
    expect(tracePath(cluster, { pod: 'probe' }, { node: 'node-1' })).toMatchObject({
      scope: 'loopback',
      srcIp: '192.168.0.10',
      dstIp: '192.168.0.10',
      summary:
        "probe (hostNetwork) and node-1 share node-1's network namespace (a hostNetwork pod uses its node's), so the packet loops back through lo. Source and destination are both 192.168.0.10 — no NAT.",
    });
    expect(tracePath(cluster, { pod: 'probe' }, { pod: 'web-1' })).toMatchObject({
      scope: 'same-node',
      srcIp: '10.244.0.1',
    });
    const remote = tracePath(cluster, { pod: 'web-4' }, { pod: 'probe' });
    expect(remote).toMatchObject({
      scope: 'cross-node',
      srcIp: '10.244.1.3',
      dstIp: '192.168.0.10',
    });
    expect(remote.hops.at(-1)?.detail).toContain('probe, which shares the node');
  });

  it('a node to itself: loopback', () => {
    expect(tracePath(cluster, { node: 'node-2' }, { node: 'node-2' }).scope).toBe('loopback');
  });

  it('refuses unknown endpoints, naming the side', () => {
    const error = inputErrorOf(() => tracePath(cluster, { pod: 'web-1' }, { pod: 'db-1' }));
    expect(error.field).toBe('to');
    expect(error.message).toBe(
      "There is no pod named 'db-1' (pods: web-1, web-2, web-3, web-4, probe).",
    );
    expect(inputErrorOf(() => tracePath(cluster, { node: 'node-9' }, { pod: 'web-1' })).field).toBe(
      'from',
    );
  });
});
