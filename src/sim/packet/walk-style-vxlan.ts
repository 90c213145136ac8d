import { afterNat, arriveInPod, podDevice, rulesWith, snatted, wireHop } from './walk-driver';
import type { OutNat, StyleDriver } from './walk-driver';
import { plainHop } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import type { WalkNode, WalkPod } from './walk-topology';

/** The UDP port Flannel's VXLAN device uses on Linux: the kernel default 8472, not IANA's 4789. */
export const FLANNEL_VXLAN_PORT = 8472;
/** Flannel's default VXLAN Network Identifier on Linux. */
export const FLANNEL_VNI = 1;

/** The pod's packet leaving through eth0 to its gateway, cni0, and up into the node's routing. */
function leavePod(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  const macs = [pod.mac, node.gatewayMac] as const;
  return [
    plainHop(
      node.name,
      podDevice(pod),
      `${pod.name} sends from eth0. ${flow.dstIp} is outside its subnet ${node.podCidr}, so the default route sends the frame to the gateway ${node.gatewayIp}, which is cni0.`,
      flow,
      macs,
      `default via ${node.gatewayIp} dev eth0`,
    ),
    plainHop(
      node.name,
      `${pod.hostVeth} → cni0`,
      `The frame comes out of ${pod.hostVeth}, the host end of the veth pair and a port of the cni0 bridge. It is addressed to cni0's own MAC, so the bridge hands it up to ${node.name}'s routing table.`,
      flow,
      macs,
    ),
  ];
}

/** Two pods on one node: same subnet, so the pod sends straight to the other's MAC and cni0 switches it. */
function sameNode(from: WalkPod, to: WalkPod, flow: Flow): HopDraft[] {
  const node = from.node;
  const macs = [from.mac, to.mac] as const;
  return [
    plainHop(
      node.name,
      podDevice(from),
      `${flow.dstIp} is inside ${from.name}'s own subnet ${node.podCidr}, so it ARPs for ${to.name}'s MAC and sends the frame straight there, with no gateway.`,
      flow,
      macs,
      `${node.podCidr} dev eth0 proto kernel scope link src ${from.ip}`,
    ),
    plainHop(
      node.name,
      from.hostVeth,
      `The frame comes out of the host end of ${from.name}'s veth pair, a port of cni0.`,
      flow,
      macs,
    ),
    plainHop(
      node.name,
      'cni0',
      `The cni0 bridge looks up the destination MAC in its forwarding table and switches the frame to port ${to.hostVeth}. Nothing is routed and no address changes.`,
      flow,
      macs,
      `${to.mac} dev ${to.hostVeth} master cni0`,
    ),
    arriveInPod(to, flow, from.mac),
  ];
}

/** Across nodes: flannel.1 wraps the frame in VXLAN (UDP 8472) to the other node, which unwraps it. */
function travel(
  from: WalkNode,
  _fromEni: string,
  to: WalkNode,
  _toEni: string,
  flow: Flow,
  nat?: OutNat,
): HopDraft[] {
  const out = afterNat(flow, nat);
  const route = `${to.podCidr} via ${to.tunnelIp} dev flannel.1 onlink`;
  const lookups = `${to.tunnelIp} dev flannel.1 lladdr ${to.tunnelMac} PERMANENT\n${to.tunnelMac} dev flannel.1 dst ${to.ip} self permanent`;
  const outer = {
    srcMac: from.mac,
    dstMac: to.mac,
    srcIp: from.ip,
    dstIp: to.ip,
    udpDstPort: FLANNEL_VXLAN_PORT,
    vni: FLANNEL_VNI,
  };
  const inner = { srcMac: from.tunnelMac, dstMac: to.tunnelMac, ...out };
  const encap: HopDraft = {
    at: from.name,
    device: 'flannel.1',
    action: `The route for ${to.name}'s podCIDR points into flannel.1, the VXLAN device. Flannel's ARP entry gives the remote flannel.1's MAC for the inner frame and its FDB entry maps that MAC to ${to.ip}, so the kernel wraps the whole frame in UDP to ${to.ip} port ${String(FLANNEL_VXLAN_PORT)} with VNI ${String(FLANNEL_VNI)} and sends it out of eth0.`,
    rule: rulesWith(`${route}\n${lookups}`, nat),
    headers: { inner, outer },
  };
  return [
    snatted(encap, flow, nat),
    wireHop(from, to, out, encap),
    {
      at: to.name,
      device: 'eth0',
      action: `${to.name} receives a UDP packet for port ${String(FLANNEL_VXLAN_PORT)}, which belongs to the kernel's VXLAN socket, so it passes it to flannel.1.`,
      headers: { inner, outer },
    },
    {
      at: to.name,
      device: 'flannel.1',
      action: `flannel.1 strips the outer Ethernet, IP, UDP and VXLAN headers (50 bytes). The inner packet, its addresses unchanged, goes to ${to.name}'s routing table.`,
      headers: { inner },
    },
  ];
}

/** Into a pod on this node: the connected route for the podCIDR points at cni0. */
function deliverLocal(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  return [
    plainHop(
      node.name,
      'cni0',
      `${flow.dstIp} is in ${node.name}'s podCIDR, whose route points at cni0; the bridge sends the frame out of port ${pod.hostVeth} to ${pod.name}.`,
      flow,
      [node.gatewayMac, pod.mac],
      `${node.podCidr} dev cni0 proto kernel scope link src ${node.gatewayIp}`,
    ),
    arriveInPod(pod, flow, node.gatewayMac),
  ];
}

/** Towards the internet: the node's default route, after Flannel's MASQUERADE rule when there is one. */
function leaveForInternet(pod: WalkPod, flow: Flow, nat?: OutNat): HopDraft[] {
  const node = pod.node;
  const out = afterNat(flow, nat);
  const hop = plainHop(
    node.name,
    'eth0',
    `${flow.dstIp} is outside the cluster, so ${node.name}'s default route sends it out of eth0 to the router ${node.routerIp}. On the way out, in POSTROUTING, Flannel's MASQUERADE rule replaces the pod's source address with ${node.name}'s own, because the outside world has no route back to pod IPs.`,
    out,
    [node.mac, node.routerMac],
    rulesWith(`default via ${node.routerIp} dev eth0`, nat),
  );
  return [snatted(hop, flow, nat)];
}

/** The Flannel-style VXLAN overlay. */
export const VXLAN_DRIVER: StyleDriver = {
  leavePod,
  sameNode,
  travel,
  deliverLocal,
  leaveForInternet,
};
