import { afterNat, arriveInPod, podDevice, rulesWith, snatted } from './walk-driver';
import type { OutNat, StyleDriver } from './walk-driver';
import { plainHop } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import { VPC_CIDR } from './walk-topology';
import type { WalkNode, WalkPod } from './walk-topology';

/** The route table the VPC CNI creates for the ENI at device index 1 (eth1): index + 1. */
const ETH1_TABLE = 2;

/** The MAC of a node's ENI by its interface name. */
function eniMac(node: WalkNode, eni: string): string {
  return eni === 'eth1' ? node.secondaryEniMac : node.mac;
}

/** The `ip rule` that sends a pod on a secondary ENI out of that ENI (all traffic with external SNAT). */
function podEniRule(pod: WalkPod, externalSnat: boolean): string {
  const to = externalSnat ? '' : ` to ${VPC_CIDR}`;
  return `1536:\tfrom ${pod.ip}${to} lookup ${String(ETH1_TABLE)}`;
}

/** The pod's packet out of eth0 to 169.254.1.1, a static ARP entry for the host veth's MAC. */
function leavePod(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  const macs = [pod.mac, pod.hostVethMac] as const;
  return [
    plainHop(
      node.name,
      podDevice(pod),
      `${pod.name}'s default route points at 169.254.1.1, and the VPC CNI wrote a permanent ARP entry for it with the MAC of ${pod.hostVeth}, the host end of the veth, so every packet goes to the node.`,
      flow,
      macs,
      `default via 169.254.1.1 dev eth0\n169.254.1.1 dev eth0 lladdr ${pod.hostVethMac} PERMANENT`,
    ),
    plainHop(
      node.name,
      pod.hostVeth,
      `The packet comes out of ${pod.hostVeth} in ${node.name}'s root namespace, which routes it; there is no bridge and no overlay.`,
      flow,
      macs,
    ),
  ];
}

/** Into a pod on this node: a policy rule sends pod-bound traffic to the main table and its /32 route. */
function deliverLocal(pod: WalkPod, flow: Flow): HopDraft[] {
  const node = pod.node;
  return [
    plainHop(
      node.name,
      pod.hostVeth,
      `The VPC CNI's rule for traffic to ${pod.ip} looks in the main table, where a /32 route for the pod points at ${pod.hostVeth}.`,
      flow,
      [pod.hostVethMac, pod.mac],
      `512:\tfrom all to ${pod.ip} lookup main\n${pod.ip} dev ${pod.hostVeth} scope link`,
    ),
    arriveInPod(pod, flow, pod.hostVethMac),
  ];
}

/** Two pods on one node: out to the node, and back in by the pod's /32 route. */
function sameNode(from: WalkPod, to: WalkPod, flow: Flow): HopDraft[] {
  return [...leavePod(from, flow), ...deliverLocal(to, flow)];
}

/** The route a node uses out of an ENI: the per-ENI table for eth1, the main table for eth0. */
function outRoute(from: WalkNode, eni: string, rule: string | null): string {
  if (eni === 'eth1' && rule !== null)
    return `${rule}\ndefault via ${from.routerIp} dev eth1 table ${String(ETH1_TABLE)}`;
  return `default via ${from.routerIp} dev eth0`;
}

/** Builds the VPC CNI driver; whether SNAT is external changes the policy rules it writes. */
export function vpcDriver(externalSnat: boolean, source: WalkPod): StyleDriver {
  const rule = podEniRule(source, externalSnat);
  /** Across nodes: the pod IP is a VPC address, so the VPC itself delivers it to the ENI that owns it. */
  function travel(
    from: WalkNode,
    fromEni: string,
    to: WalkNode,
    toEni: string,
    flow: Flow,
    nat?: OutNat,
  ): HopDraft[] {
    const out = afterNat(flow, nat);
    const useRule = flow.srcIp === source.ip ? rule : null;
    const why =
      useRule !== null && fromEni === 'eth1'
        ? `${flow.srcIp} is a secondary IP of ${from.name}'s eth1, so a policy rule sends its traffic to table ${String(ETH1_TABLE)}, which leaves by eth1: a packet must leave by the ENI that owns its source address, or the VPC drops it.`
        : `The main table's default route sends it out of ${fromEni} to the subnet router ${from.routerIp}.`;
    const hop = plainHop(
      from.name,
      fromEni,
      why,
      out,
      [eniMac(from, fromEni), from.routerMac],
      rulesWith(outRoute(from, fromEni, useRule), nat),
    );
    return [
      snatted(hop, flow, nat),
      plainHop(
        'VPC',
        'VPC router',
        `${out.dstIp} is a private IP of ${to.name}'s ${toEni} ENI, so the VPC routes the packet there like any VPC address.${out.dstIp === to.ip ? '' : ' No overlay: the VPC sees the pod IPs themselves.'}`,
        out,
        [to.routerMac, eniMac(to, toEni)],
        `${VPC_CIDR} local`,
      ),
      plainHop(to.name, toEni, `${to.name} receives the packet on ${toEni} and routes it.`, out, [
        to.routerMac,
        eniMac(to, toEni),
      ]),
    ];
  }
  /** Towards the internet: SNAT to the primary ENI's IP on the node, unless SNAT is left to a NAT gateway. */
  function leaveForInternet(pod: WalkPod, flow: Flow, nat?: OutNat): HopDraft[] {
    const node = pod.node;
    const out = afterNat(flow, nat);
    const eni = externalSnat ? pod.eni : 'eth0';
    const action = externalSnat
      ? `With AWS_VPC_K8S_CNI_EXTERNALSNAT=true the node does no SNAT: the policy rule sends every packet from ${pod.ip} out of ${pod.eni}, the ENI that owns it, with the pod IP as its source.`
      : `${flow.dstIp} is outside the VPC CIDR ${VPC_CIDR}, so the pod's policy rule does not match and the main table sends it out of eth0. The VPC CNI's AWS-SNAT-CHAIN rule in POSTROUTING rewrites the source to the primary IP of the primary ENI, ${node.ip}.`;
    const hop = plainHop(
      node.name,
      eni,
      action,
      out,
      [eniMac(node, eni), node.routerMac],
      rulesWith(outRoute(node, eni, rule), nat),
    );
    return [snatted(hop, flow, nat)];
  }
  return { leavePod, sameNode, travel, deliverLocal, leaveForInternet };
}
