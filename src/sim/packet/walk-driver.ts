import { plainHop, rewritten, withNat } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import { DEFAULT_NODE_SUBNET } from './config';
import type { WalkNode, WalkPod } from './walk-topology';

/** A source NAT done where the packet leaves a node: the new source, who does it and the rule. */
export interface OutNat {
  readonly to: string;
  readonly by: string;
  readonly rule: string;
}

/** How one pod-network style moves packets; each returns the hops of one stretch of the path. */
export interface StyleDriver {
  /** A pod's packet to somewhere off its node: out of eth0 into the node's root namespace. */
  leavePod(pod: WalkPod, flow: Flow): HopDraft[];
  /** The whole path between two pods on one node, from eth0 to eth0. */
  sameNode(from: WalkPod, to: WalkPod, flow: Flow): HopDraft[];
  /** From one node's root namespace to another's, leaving by `fromEni` and arriving on `toEni`. */
  travel(
    from: WalkNode,
    fromEni: string,
    to: WalkNode,
    toEni: string,
    flow: Flow,
    nat?: OutNat,
  ): HopDraft[];
  /** From a node's root namespace into one of its pods. */
  deliverLocal(pod: WalkPod, flow: Flow): HopDraft[];
  /** Out of a node towards the internet, with the node's source NAT when it does one. */
  leaveForInternet(pod: WalkPod, flow: Flow, nat?: OutNat): HopDraft[];
}

/** The name the walk gives a pod's own eth0. */
export function podDevice(pod: WalkPod): string {
  return `eth0 (${pod.name})`;
}

/** The last hop of any path into a pod: the packet arrives at eth0 and goes up to the socket. */
export function arriveInPod(pod: WalkPod, flow: Flow, srcMac: string): HopDraft {
  return plainHop(
    pod.node.name,
    podDevice(pod),
    `The packet arrives on ${pod.name}'s eth0 addressed to ${flow.dstIp}, its own IP, and goes up to the process listening on ${flow.proto} port ${String(flow.dstPort)}.`,
    flow,
    [srcMac, pod.mac],
  );
}

/** The stretch on the node network between two nodes, seen from outside the nodes. */
export function wireHop(from: WalkNode, to: WalkNode, flow: Flow, hop: HopDraft): HopDraft {
  const encapsulated = hop.headers.outer !== undefined;
  const what = encapsulated
    ? `an ordinary UDP packet from ${from.ip} to ${to.ip}; the switches and routers see only the outer headers and never the pod addresses inside`
    : `a plain IP packet from ${flow.srcIp} to ${flow.dstIp}: the node network must carry pod addresses as they are (the nodes share one layer-2 segment here)`;
  return {
    at: 'wire',
    device: 'node network',
    action: `The packet crosses the node network as ${what}.`,
    headers: hop.headers,
  };
}

/** Applies an optional source NAT to a flow, returning the flow as it leaves. */
export function afterNat(flow: Flow, nat: OutNat | undefined): Flow {
  return nat ? rewritten(flow, 'src', nat.to, flow.srcPort) : flow;
}

/** Joins a route and an optional NAT rule into one rule text, one rule a line. */
export function rulesWith(route: string, nat: OutNat | undefined): string {
  return nat ? `${route}\n${nat.rule}` : route;
}

/** Marks a hop with the source NAT done there, when there is one. */
export function snatted(hop: HopDraft, before: Flow, nat: OutNat | undefined): HopDraft {
  return nat ? withNat(hop, 'SNAT', 'src', before.srcIp, nat.to, nat.by) : hop;
}

/** The route a node uses to reach another node's own IP: the connected route of the node network. */
export function nodeNetworkRoute(from: WalkNode): string {
  return `${DEFAULT_NODE_SUBNET} dev eth0 proto kernel scope link src ${from.ip}`;
}
