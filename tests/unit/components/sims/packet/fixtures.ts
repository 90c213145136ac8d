import type { HeaderStack, PacketHop, PacketWalk } from '~/sim/packet/walk-types';

// Small hand-made walks in the engine's shape, so the island's pure logic is tested against
// exact values that do not move when the engine's wording does.

const POD_A = { srcMac: '0a:58:0a:f4:00:02', dstMac: '0a:58:0a:f4:00:01' };
const FLOW = {
  srcIp: '10.244.0.2',
  dstIp: '10.244.1.2',
  proto: 'TCP' as const,
  srcPort: 40000,
  dstPort: 8080,
};
const OUTER = {
  srcMac: '52:54:00:12:00:0a',
  dstMac: '52:54:00:12:00:0b',
  srcIp: '192.168.0.10',
  dstIp: '192.168.0.11',
  udpDstPort: 8472,
  vni: 1,
};

/** The fixed cluster of both walks: web-1 and web-2 on node-1, web-3 on node-2. */
const CLUSTER = {
  nodes: [
    { name: 'node-1', ip: '192.168.0.10', podCidr: '10.244.0.0/24' },
    { name: 'node-2', ip: '192.168.0.11', podCidr: '10.244.1.0/24' },
  ],
  pods: [
    { name: 'web-1', node: 'node-1', ip: '10.244.0.2', mac: 'm1', hostVeth: 'veth1a2b3c4d' },
    { name: 'web-2', node: 'node-1', ip: '10.244.0.3', mac: 'm2', hostVeth: 'veth5e6f7a8b' },
    { name: 'web-3', node: 'node-2', ip: '10.244.1.2', mac: 'm3', hostVeth: 'veth9f8e7d6c' },
  ],
};

/** A hop with the fields a test cares about. */
function hop(
  id: string,
  at: string,
  device: string,
  headers: HeaderStack,
  rule?: string,
): PacketHop {
  const base = { id, at, device, action: `At ${device}.`, headers };
  return rule === undefined ? base : { ...base, rule };
}

/** A VXLAN cross-node walk: pod eth0, veth, cni0, flannel.1, eth0, wire, then the same back up. */
export const VXLAN_WALK: PacketWalk = {
  scenario: { path: 'cross-node', style: 'vxlan' },
  hops: [
    hop('h1', 'node-1', 'eth0 (web-1)', { inner: { ...FLOW, ...POD_A } }),
    hop('h2', 'node-1', 'veth1a2b3c4d', { inner: { ...FLOW, ...POD_A } }),
    hop(
      'h3',
      'node-1',
      'cni0',
      { inner: { ...FLOW, ...POD_A } },
      '10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink',
    ),
    hop('h4', 'node-1', 'flannel.1', {
      inner: { ...FLOW, srcMac: 'x1', dstMac: 'x2' },
      outer: OUTER,
    }),
    hop('h5', 'node-1', 'eth0', { inner: { ...FLOW, srcMac: 'x1', dstMac: 'x2' }, outer: OUTER }),
    hop('h6', 'wire', 'underlay', { inner: { ...FLOW, srcMac: 'x1', dstMac: 'x2' }, outer: OUTER }),
    hop('h7', 'node-2', 'eth0', { inner: { ...FLOW, srcMac: 'x1', dstMac: 'x2' }, outer: OUTER }),
    hop('h8', 'node-2', 'flannel.1', { inner: { ...FLOW, srcMac: 'x1', dstMac: 'x2' } }),
    hop('h9', 'node-2', 'cni0', { inner: { ...FLOW, srcMac: 'y1', dstMac: 'y2' } }),
    hop('h10', 'node-2', 'veth9f8e7d6c', { inner: { ...FLOW, srcMac: 'y1', dstMac: 'y2' } }),
    hop('h11', 'node-2', 'eth0 (web-3)', { inner: { ...FLOW, srcMac: 'y1', dstMac: 'y2' } }),
  ],
  summary: 'Wrapped in VXLAN on node-1, unwrapped on node-2.',
  nats: [],
  mtu: { underlay: 1500, overhead: 50, podMtu: 1450, maxPodMtu: 1450, ok: true },
  notes: [],
  ...CLUSTER,
};

const SVC = { ...FLOW, dstIp: '10.96.0.10', dstPort: 80 };
const BACKEND = { ...FLOW, dstIp: '10.244.1.5', dstPort: 8080 };
const BACK = { ...BACKEND, srcIp: BACKEND.dstIp, srcPort: 8080, dstIp: FLOW.srcIp, dstPort: 40000 };
const UN = { ...BACK, srcIp: '10.96.0.10', srcPort: 80 };

/** A BGP to-service walk: DNAT on node-1, routed to node-2, the reply un-DNATed on node-1. */
export const SERVICE_WALK: PacketWalk = {
  scenario: { path: 'to-service', style: 'bgp' },
  hops: [
    hop('h1', 'node-1', 'eth0', { inner: { ...SVC, ...POD_A } }),
    {
      ...hop(
        'h2',
        'node-1',
        'cali1a2b3c4d5e6',
        { inner: { ...BACKEND, ...POD_A } },
        '-A KUBE-SVC-ABC -j KUBE-SEP-XYZ',
      ),
      nat: 'DNAT',
    },
    hop(
      'h3',
      'node-1',
      'eth0',
      { inner: { ...BACKEND, ...POD_A } },
      '10.244.1.0/26 via 192.168.0.11 dev eth0 proto bird',
    ),
    hop('h4', 'wire', 'underlay', { inner: { ...BACKEND, ...POD_A } }),
    hop('h5', 'node-2', 'eth0', { inner: { ...BACKEND, ...POD_A } }),
    hop('h6', 'node-2', 'cali9f8e7d6c5b4', { inner: { ...BACKEND, ...POD_A } }),
    hop('h7', 'node-2', 'eth0', { inner: { ...BACKEND, ...POD_A } }),
  ],
  reply: [
    hop('r1', 'node-2', 'eth0', { inner: { ...BACK, ...POD_A } }),
    hop('r2', 'wire', 'underlay', { inner: { ...BACK, ...POD_A } }),
    { ...hop('r3', 'node-1', 'eth0', { inner: { ...UN, ...POD_A } }, 'conntrack'), nat: 'un-DNAT' },
    hop('r4', 'node-1', 'eth0', { inner: { ...UN, ...POD_A } }),
  ],
  summary: 'DNAT to a backend on node-2.',
  nats: [
    {
      hopId: 'h2',
      kind: 'DNAT',
      field: 'dst',
      from: '10.96.0.10:80',
      to: '10.244.1.5:8080',
      by: 'kube-proxy (iptables)',
    },
    {
      hopId: 'r3',
      kind: 'un-DNAT',
      field: 'src',
      from: '10.244.1.5:8080',
      to: '10.96.0.10:80',
      by: 'conntrack',
    },
  ],
  mtu: { underlay: 1500, overhead: 0, podMtu: 1500, maxPodMtu: 1500, ok: true },
  notes: [],
  ...CLUSTER,
};
