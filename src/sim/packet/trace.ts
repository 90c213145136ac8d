import {
  bridgeSwitchHop,
  bridgeToHostHop,
  bridgeToPodHop,
  crossNodeHops,
  hostToLocalPodHop,
  localDeliveryHop,
  loopbackHops,
  podEgressHops,
  podIngressHops,
  remoteRouteToBridgeHop,
} from './trace-hops';
import type { Addresses } from './trace-hops';
import { addressOf, placeOf, sameNamespace, sourceAddress } from './trace-places';
import type { Place } from './trace-places';
import type { ClusterState, Endpoint, PathHop, PathTrace } from './types';

/**
 * Follows one packet from one endpoint to another through the real devices on its way, and shows
 * that its source and destination addresses never change: the Kubernetes network model has no NAT.
 */
export function tracePath(state: ClusterState, from: Endpoint, to: Endpoint): PathTrace {
  const source = placeOf(state, from, 'from');
  const target = placeOf(state, to, 'to');
  const ip: Addresses = { src: sourceAddress(source, target), dst: addressOf(target) };
  const base = { srcIp: ip.src, dstIp: ip.dst, nat: false as const };
  if (sameNamespace(source, target)) {
    return {
      ...base,
      scope: 'loopback',
      hops: loopbackHops(source, ip),
      summary: loopbackSummary(source, target, ip),
      notes: [],
    };
  }
  if (source.node.name === target.node.name) {
    const summary = `The packet from ${source.label} to ${target.label} never leaves ${source.node.name}: it only passes through ${source.node.bridge}. ${unchanged(ip)}`;
    return {
      ...base,
      scope: 'same-node',
      hops: sameNodeHops(source, target, ip),
      summary,
      notes: [],
    };
  }
  const summary = `The packet leaves ${source.node.name} and crosses the node network to ${target.node.name}; ${unchanged(ip).replace(/^Its/, 'its')}`;
  const hops = [
    ...(source.kind === 'pod'
      ? [...podEgressHops(source.pod, source.node, false, ip), bridgeToHostHop(source.node, ip)]
      : []),
    ...crossNodeHops(source, target, state.config.nodeSubnet, ip),
    ...arrivalHops(target, ip),
  ];
  return { ...base, scope: 'cross-node', hops, summary, notes: crossNodeNotes(source, target) };
}

/** The sentence every summary ends with: the addresses did not change on the way. */
function unchanged(ip: Addresses): string {
  return `Its source stays ${ip.src} and its destination ${ip.dst} the whole way — no NAT.`;
}

/** Why a packet stayed inside one network namespace. */
function loopbackSummary(source: Place, target: Place, ip: Addresses): string {
  const both = `Source and destination are both ${ip.dst} — no NAT.`;
  if (source.label === target.label) {
    return `${source.label} is talking to itself: the packet loops back through lo inside its own network namespace. ${both}`;
  }
  return `${source.label} and ${target.label} share ${source.node.name}'s network namespace (a hostNetwork pod uses its node's), so the packet loops back through lo. ${both}`;
}

/** The hops between two different namespaces on one node: always through the bridge. */
function sameNodeHops(source: Place, target: Place, ip: Addresses): PathHop[] {
  const node = source.node;
  if (source.kind === 'pod' && target.kind === 'pod') {
    return [
      ...podEgressHops(source.pod, node, true, ip),
      bridgeSwitchHop(node, source.pod, target.pod, ip),
      ...podIngressHops(target.pod, node, ip),
    ];
  }
  if (source.kind === 'pod') {
    return [
      ...podEgressHops(source.pod, node, false, ip),
      bridgeToHostHop(node, ip),
      localDeliveryHop(target, ip),
    ];
  }
  if (target.kind === 'pod') {
    return [
      hostToLocalPodHop(source, node, ip),
      bridgeToPodHop(node, target.pod, ip),
      ...podIngressHops(target.pod, node, ip),
    ];
  }
  throw new Error('sameNodeHops reached two host places, which sameNamespace handles');
}

/** The hops on the destination node of a cross-node packet. */
function arrivalHops(target: Place, ip: Addresses): PathHop[] {
  if (target.kind === 'host') return [localDeliveryHop(target, ip)];
  return [
    remoteRouteToBridgeHop(target.node, ip),
    bridgeToPodHop(target.node, target.pod, ip),
    ...podIngressHops(target.pod, target.node, ip),
  ];
}

/** Caveats where real clusters often differ from the plain routed model. */
function crossNodeNotes(source: Place, target: Place): string[] {
  if (source.kind !== 'pod' || target.kind !== 'host') return [];
  return [
    `Many CNI setups (flannel with ipMasq, for example) masquerade pod traffic to addresses outside the cluster CIDR, node IPs included, so ${target.node.name} may see ${source.node.ip} as the source. Pod-to-pod traffic is never masqueraded.`,
  ];
}
