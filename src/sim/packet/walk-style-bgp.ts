import {
  afterNat,
  arriveInPod,
  nodeNetworkRoute,
  podDevice,
  rulesWith,
  snatted,
  wireHop,
} from './walk-driver';
import type { OutNat, StyleDriver } from './walk-driver';
import { plainHop } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import type { WalkNode, WalkPod } from './walk-topology';

/** The MAC Calico gives every host-side cali veth; proxy ARP answers 169.254.1.1 with it. */
export const CALICO_VETH_MAC = 'ee:ee:ee:ee:ee:ee';

/** The pod's packet out of eth0: its only route is via 169.254.1.1, which the cali veth answers by proxy ARP. */
function leavePod(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  const macs = [pod.mac, CALICO_VETH_MAC] as const;
  return [
    plainHop(
      node.name,
      podDevice(pod),
      `${pod.name} has a single route: default via 169.254.1.1, an address nobody owns. The host end of its veth answers the ARP for it (proxy ARP) with ${CALICO_VETH_MAC}, so every packet, even one for a pod on the same node, goes to the node.`,
      flow,
      macs,
      'default via 169.254.1.1 dev eth0',
    ),
    plainHop(
      node.name,
      pod.hostVeth,
      `The packet comes out of ${pod.hostVeth} in ${node.name}'s root namespace. There is no bridge: the node routes it like any router would.`,
      flow,
      macs,
    ),
  ];
}

/** Into a pod on this node: Calico's /32 route for the pod points at its cali veth. */
function deliverLocal(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  return [
    plainHop(
      node.name,
      pod.hostVeth,
      `Calico installs a /32 route for every local pod; the one for ${pod.ip} sends the packet into ${pod.hostVeth}, whose other end is ${pod.name}'s eth0.`,
      flow,
      [CALICO_VETH_MAC, pod.mac],
      `${pod.ip} dev ${pod.hostVeth} scope link`,
    ),
    arriveInPod(pod, flow, CALICO_VETH_MAC),
  ];
}

/** Two pods on one node: out to the node by proxy ARP, back in by the /32 route. */
function sameNode(from: WalkPod, to: WalkPod, flow: Flow): HopDraft[] {
  return [...leavePod(from, flow), ...deliverLocal(to, flow)];
}

/** Across nodes: BIRD learned the other node's block over BGP, so the packet is routed as it is. */
function travel(
  from: WalkNode,
  _fromEni: string,
  to: WalkNode,
  _toEni: string,
  flow: Flow,
  nat?: OutNat,
): HopDraft[] {
  const out = afterNat(flow, nat);
  const hop = plainHop(
    from.name,
    'eth0',
    out.dstIp === to.ip
      ? `${out.dstIp} is ${to.name}'s own address, so the node network's connected route sends the packet straight out of eth0 to it.`
      : `BIRD, Calico's BGP daemon, learned from ${to.name} that its block ${to.podCidr} is reached via ${to.ip}. The packet leaves eth0 unwrapped (IPIP and VXLAN are off); only the MAC addresses change, to ${to.name}'s.`,

    out,
    [from.mac, to.mac],
    rulesWith(
      out.dstIp === to.ip
        ? nodeNetworkRoute(from)
        : `${to.podCidr} via ${to.ip} dev eth0 proto bird`,
      nat,
    ),
  );
  return [
    snatted(hop, flow, nat),
    wireHop(from, to, out, hop),
    plainHop(
      to.name,
      'eth0',
      out.dstIp === to.ip
        ? `${to.name} receives a packet addressed to its own IP ${out.dstIp}; conntrack matches it to a connection it translated, before any routing decision.`
        : `${to.name} receives a packet for ${out.dstIp}, not its own address; as a router it looks the destination up in its table.`,
      out,
      [from.mac, to.mac],
    ),
  ];
}

/** Towards the internet: Calico's natOutgoing MASQUERADE rewrites the pod source to the node's IP. */
function leaveForInternet(pod: WalkPod, flow: Flow, nat?: OutNat): HopDraft[] {
  const node = pod.node;
  const out = afterNat(flow, nat);
  const hop = plainHop(
    node.name,
    'eth0',
    `${flow.dstIp} is outside every Calico IP pool. The default route sends it out of eth0 to ${node.routerIp}, and because the pool has natOutgoing on, Calico's rule in POSTROUTING masquerades the pod's source to ${node.name}'s IP.`,
    out,
    [node.mac, node.routerMac],
    rulesWith(`default via ${node.routerIp} dev eth0`, nat),
  );
  return [snatted(hop, flow, nat)];
}

/** The Calico-style BGP native routing. */
export const BGP_DRIVER: StyleDriver = {
  leavePod,
  sameNode,
  travel,
  deliverLocal,
  leaveForInternet,
};
