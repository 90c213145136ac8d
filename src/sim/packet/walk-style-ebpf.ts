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

/** The pod's packet out of eth0 and into the eBPF program on its lxc veth's tc ingress hook. */
function leavePod(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  const macs = [pod.mac, pod.hostVethMac] as const;
  return [
    plainHop(
      node.name,
      podDevice(pod),
      `${pod.name}'s default route points at ${node.gatewayIp}, the address of cilium_host; the ARP for it is answered with the MAC of the host end of the veth, ${pod.hostVeth}.`,
      flow,
      macs,
      `default via ${node.gatewayIp} dev eth0`,
    ),
    plainHop(
      node.name,
      `${pod.hostVeth} (tc ingress)`,
      `Cilium's eBPF program (bpf_lxc, from-container) on the tc hook of ${pod.hostVeth} handles the packet before the node's iptables: it applies policy and looks ${flow.dstIp} up in its ipcache map.`,
      flow,
      macs,
      `cilium-dbg bpf ipcache get ${flow.dstIp}`,
    ),
  ];
}

/** Into a pod on this node: eBPF redirects the packet straight into the pod's veth. */
function deliverLocal(pod: WalkPod, flow: Flow): HopDraft[] {
  return [
    plainHop(
      pod.node.name,
      pod.hostVeth,
      `${pod.ip} is a local endpoint in Cilium's endpoint map, so the eBPF program redirects the packet straight into ${pod.hostVeth} and on to ${pod.name}, skipping the routing table and iptables.`,
      flow,
      [pod.hostVethMac, pod.mac],
      `cilium-dbg bpf endpoint list → ${pod.ip}:0 (local endpoint on ${pod.hostVeth})`,
    ),
    arriveInPod(pod, flow, pod.hostVethMac),
  ];
}

/** Two pods on one node: the from-container program redirects from one lxc veth to the other. */
function sameNode(from: WalkPod, to: WalkPod, flow: Flow): HopDraft[] {
  return [...leavePod(from, flow), ...deliverLocal(to, flow)];
}

/** Across nodes in native routing: the kernel routes to the other node via eth0, no tunnel. */
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
    'eth0 (tc egress)',
    out.dstIp === to.ip
      ? `${out.dstIp} is ${to.name}'s own address, so the node network's connected route sends the packet straight out of eth0 to it.`
      : `${flow.dstIp} belongs to ${to.name}. In native routing mode Cilium hands the packet to the kernel, whose route (installed by autoDirectNodeRoutes) sends it out of eth0 to ${to.ip}, unwrapped; the eBPF program on eth0 (bpf_host, to-netdev) sees it leave.`,

    out,
    [from.mac, to.mac],
    rulesWith(
      out.dstIp === to.ip ? nodeNetworkRoute(from) : `${to.podCidr} via ${to.ip} dev eth0`,
      nat,
    ),
  );
  return [
    snatted(hop, flow, nat),
    wireHop(from, to, out, hop),
    plainHop(
      to.name,
      'eth0 (tc ingress)',
      `On ${to.name}, the eBPF program on eth0 (bpf_host, from-netdev) finds ${out.dstIp} in the endpoint map.`,
      out,
      [from.mac, to.mac],
    ),
  ];
}

/** Towards the internet: Cilium's eBPF masquerading on eth0 rewrites the source to the node's IP. */
function leaveForInternet(pod: WalkPod, flow: Flow, nat?: OutNat): HopDraft[] {
  const node = pod.node;
  const out = afterNat(flow, nat);
  const hop = plainHop(
    node.name,
    'eth0 (tc egress)',
    `${flow.dstIp} is outside the native-routing CIDR, so as the packet leaves eth0 Cilium's eBPF masquerading rewrites the source to ${node.name}'s IP and records the translation in its own NAT map (not conntrack's).`,
    out,
    [node.mac, node.routerMac],
    rulesWith(`default via ${node.routerIp} dev eth0`, nat),
  );
  return [snatted(hop, flow, nat)];
}

/** The Cilium-style eBPF data path in native routing mode, with kube-proxy replacement. */
export const EBPF_DRIVER: StyleDriver = {
  leavePod,
  sameNode,
  travel,
  deliverLocal,
  leaveForInternet,
};
