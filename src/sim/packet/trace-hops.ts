import type { Place } from './trace-places';
import type { NodeState, PathHop, PodState } from './types';

/** The addresses a packet carries; they are the same at every hop because nothing rewrites them. */
export interface Addresses {
  readonly src: string;
  readonly dst: string;
}

/** The location label of a node's root network namespace. */
const rootOf = (node: NodeState): string => `${node.name} (root network namespace)`;
/** The location label of a pod's own network namespace. */
const nsOf = (pod: PodState): string => `${pod.name} (pod network namespace)`;

/** The packet looping back inside one namespace without touching any interface but lo. */
export function loopbackHops(place: Place, ip: Addresses): PathHop[] {
  const where = place.kind === 'pod' ? nsOf(place.pod) : rootOf(place.node);
  const owner = place.kind === 'pod' ? place.pod.name : `${place.node.name}'s root namespace`;
  return [
    {
      location: where,
      device: 'lo',
      detail: `${ip.dst} is an address of ${owner}, so the kernel loops the packet back through lo; it never reaches eth0 or a bridge.`,
      ...ip,
    },
  ];
}

/** A pod's packet leaving through eth0 and its veth pair into the node's root namespace. */
export function podEgressHops(
  pod: PodState,
  node: NodeState,
  onLink: boolean,
  ip: Addresses,
): PathHop[] {
  const how = onLink
    ? `${ip.dst} is inside the pod's own subnet ${node.podCidr}, so the pod sends it straight out of eth0 to that pod's MAC address, with no gateway in between.`
    : `${ip.dst} is outside ${node.podCidr}, so the pod's default route sends it to its gateway ${node.gateway}, the ${node.bridge} bridge.`;
  return [
    {
      location: nsOf(pod),
      device: 'eth0',
      detail: `${pod.name} sends from eth0 (${ip.src}). ${how}`,
      ...ip,
    },
    {
      location: 'veth pair',
      device: `eth0 → ${pod.hostVeth ?? 'veth'}`,
      detail: `What leaves eth0 inside ${pod.name} comes out of ${pod.hostVeth ?? 'its veth'} in ${node.name}'s root namespace; that end is a port of ${node.bridge}.`,
      ...ip,
    },
  ];
}

/** The bridge switching a frame between two pods on the same node: no routing, no rewriting. */
export function bridgeSwitchHop(
  node: NodeState,
  from: PodState,
  to: PodState,
  ip: Addresses,
): PathHop {
  return {
    location: rootOf(node),
    device: node.bridge,
    detail: `The ${node.bridge} bridge switches the frame by MAC address from port ${from.hostVeth ?? 'veth'} to port ${to.hostVeth ?? 'veth'}, where ${to.name} is plugged in. Nothing is routed and no address is rewritten.`,
    ...ip,
  };
}

/** A pod's packet entering the node's own network stack through the bridge, its gateway. */
export function bridgeToHostHop(node: NodeState, ip: Addresses): PathHop {
  return {
    location: rootOf(node),
    device: `${node.bridge} (${node.gateway})`,
    detail: `${node.bridge} is the pods' gateway, so the packet enters ${node.name}'s own network stack, which decides where it goes next.`,
    ...ip,
  };
}

/** The node's kernel delivering a packet addressed to one of its own IPs to the listening process. */
export function localDeliveryHop(place: Place, ip: Addresses): PathHop {
  const who =
    place.kind === 'host' && place.pod
      ? `${place.pod.name}, which shares the node's network namespace`
      : `the process listening on ${place.node.name}`;
  return {
    location: rootOf(place.node),
    device: `${place.node.interface} (${place.node.ip})`,
    detail: `${ip.dst} is ${place.node.name}'s own address, so the kernel delivers the packet locally to ${who}.`,
    ...ip,
  };
}

/** A node sending to a pod on itself: the connected route points at the bridge and picks its address. */
export function hostToLocalPodHop(place: Place, node: NodeState, ip: Addresses): PathHop {
  return {
    location: rootOf(node),
    device: `route ${node.podCidr} dev ${node.bridge}`,
    detail: `${place.label} sends to ${ip.dst}. The route ${node.podCidr} dev ${node.bridge} src ${node.gateway} says the pod is on the bridge and picks ${node.gateway}, the bridge's address, as the source; this is how the kubelet's probes reach pods on its node.`,
    ...ip,
  };
}

/** The bridge forwarding a routed packet out of the port where the destination pod is plugged in. */
export function bridgeToPodHop(node: NodeState, pod: PodState, ip: Addresses): PathHop {
  return {
    location: rootOf(node),
    device: `${node.bridge} → ${pod.hostVeth ?? 'veth'}`,
    detail: `${node.bridge} (${node.gateway}) finds ${pod.name}'s MAC address behind port ${pod.hostVeth ?? 'veth'} and sends the frame out of it.`,
    ...ip,
  };
}

/** The packet crossing the destination pod's veth pair and arriving on the pod's eth0. */
export function podIngressHops(pod: PodState, node: NodeState, ip: Addresses): PathHop[] {
  return [
    {
      location: 'veth pair',
      device: `${pod.hostVeth ?? 'veth'} → eth0`,
      detail: `What enters ${pod.hostVeth ?? 'the veth'} in ${node.name}'s root namespace comes out of eth0 inside ${pod.name}.`,
      ...ip,
    },
    {
      location: nsOf(pod),
      device: 'eth0',
      detail: `${pod.name}'s eth0 (${pod.ip}) receives the packet from ${ip.src} to ${ip.dst}, exactly as it was sent.`,
      ...ip,
    },
  ];
}

/** The source node's routing decision and the trip across the node network to the other node. */
export function crossNodeHops(
  source: Place,
  to: Place,
  nodeSubnet: string,
  ip: Addresses,
): PathHop[] {
  const from = source.node;
  const remote = to.node;
  const sender =
    source.kind === 'host'
      ? `${source.label} sends from ${ip.src}, ${from.name}'s own address. `
      : '';
  const route =
    to.kind === 'pod'
      ? `route ${remote.podCidr} via ${remote.ip}`
      : `route ${nodeSubnet} dev ${from.interface}`;
  const why =
    sender +
    (to.kind === 'pod'
      ? `${from.name} looks up ${ip.dst}: the route ${remote.podCidr} via ${remote.ip} (set up by the CNI plugin or the network's route table) sends pod traffic for ${remote.name} to ${remote.name}'s IP.`
      : `${from.name} looks up ${ip.dst}: the node network ${nodeSubnet} is directly connected on ${from.interface}.`);
  const overlay =
    to.kind === 'pod'
      ? ` With an overlay CNI (VXLAN, for example) the packet would travel inside a UDP packet from ${from.ip} to ${remote.ip} and be unwrapped on ${remote.name}; the pod addresses inside stay the same.`
      : '';
  return [
    { location: rootOf(from), device: route, detail: why, ...ip },
    {
      location: `node network ${nodeSubnet}`,
      device: `${from.interface} → ${remote.interface}`,
      detail: `The packet leaves ${from.name}'s ${from.interface} (${from.ip}) and crosses the node network to ${remote.name}'s ${remote.interface} (${remote.ip}).${overlay}`,
      ...ip,
    },
  ];
}

/** The destination node recognising its own pod range and handing the packet to its bridge. */
export function remoteRouteToBridgeHop(node: NodeState, ip: Addresses): PathHop {
  return {
    location: rootOf(node),
    device: `route ${node.podCidr} dev ${node.bridge}`,
    detail: `${ip.dst} is in ${node.name}'s own pod range, so the route ${node.podCidr} dev ${node.bridge} hands the packet to the bridge.`,
    ...ip,
  };
}
