import { cidrHolds } from './addresses';
import type { IpAddress } from './addresses';
import type { ClusterIndex, IndexedPod } from './cluster';
import type { CompiledPeer, CompiledPort, CompiledRule } from './compile';
import { selectorMatches } from './selectors';
import type { ContainerPort, Protocol } from './types';

/** One end of a flow as the engine sees it: a pod, a node, or an address outside the cluster. */
export type Party =
  | { readonly kind: 'pod'; readonly pod: IndexedPod; readonly text: string }
  | { readonly kind: 'node'; readonly name: string; readonly ip: IpAddress; readonly text: string }
  | { readonly kind: 'outside'; readonly ip: IpAddress; readonly text: string };

/** A flow's port once resolved to a number, with its protocol. */
export interface ResolvedProbe {
  readonly protocol: Protocol;
  readonly port: number;
}

/** Why a rule's peers match: it has none (every peer), or this peer matched (ipBlock on a pod flagged). */
export type PeerMatch =
  | { readonly kind: 'all' }
  | { readonly kind: 'peer'; readonly peer: CompiledPeer; readonly ipBlockOnPod: boolean };

/** Why a rule's ports match: it has none (every port), or this port entry matched. */
export type PortMatch =
  | { readonly kind: 'all' }
  | { readonly kind: 'port'; readonly port: CompiledPort; readonly containerPort?: ContainerPort };

/** The IP address of a party (a pod's is its pod IP). */
export function partyIp(party: Party): IpAddress {
  return party.kind === 'pod' ? party.pod.ip : party.ip;
}

/** Whether a peer of a policy in `policyNamespace` matches a party. */
export function peerMatches(
  peer: CompiledPeer,
  policyNamespace: string,
  party: Party,
  cluster: ClusterIndex,
): boolean {
  if (peer.ipBlock) {
    const ip = partyIp(party);
    const { cidr, except } = peer.ipBlock;
    return cidrHolds(cidr, ip) && !except.some((block) => cidrHolds(block, ip));
  }
  if (party.kind !== 'pod' || (!peer.pods && !peer.namespaces)) return false;
  return podMatchesSelectors(peer, policyNamespace, party.pod, cluster);
}

/** Whether a pod matches a peer's selectors: podSelector alone means the policy's own namespace. */
export function podMatchesSelectors(
  peer: CompiledPeer,
  policyNamespace: string,
  pod: IndexedPod,
  cluster: ClusterIndex,
): boolean {
  if (peer.namespaces) {
    const labels = cluster.namespaceLabels.get(pod.namespace) ?? new Map<string, string>();
    if (!selectorMatches(peer.namespaces, labels)) return false;
  } else if (pod.namespace !== policyNamespace) {
    return false;
  }
  return !peer.pods || selectorMatches(peer.pods, pod.labels);
}

/** The first way a rule's peers match a party, or null. */
export function matchPeers(
  rule: CompiledRule,
  policyNamespace: string,
  party: Party,
  cluster: ClusterIndex,
): PeerMatch | null {
  if (rule.peers === null) return { kind: 'all' };
  const peer = rule.peers.find((candidate) =>
    peerMatches(candidate, policyNamespace, party, cluster),
  );
  if (!peer) return null;
  return { kind: 'peer', peer, ipBlockOnPod: peer.ipBlock !== undefined && party.kind === 'pod' };
}

/** The container port of a pod with this name and protocol, if it has one. */
export function namedContainerPort(
  pod: IndexedPod,
  name: string,
  protocol: Protocol,
): ContainerPort | undefined {
  return pod.ports.find((port) => port.name === name && (port.protocol ?? 'TCP') === protocol);
}

/** Whether a port entry matches the probe; a named port resolves against the destination pod only. */
export function portMatches(
  port: CompiledPort,
  probe: ResolvedProbe,
  destination: Party,
): PortMatch | null {
  if (port.protocol !== probe.protocol) return null;
  const { match } = port;
  switch (match.kind) {
    case 'any':
      return { kind: 'port', port };
    case 'range':
      return probe.port >= match.first && probe.port <= match.last ? { kind: 'port', port } : null;
    case 'name': {
      if (destination.kind !== 'pod') return null;
      const containerPort = namedContainerPort(destination.pod, match.name, probe.protocol);
      return containerPort?.port === probe.port ? { kind: 'port', port, containerPort } : null;
    }
  }
}

/** The first way a rule's ports match the probe, or null. */
export function matchPorts(
  rule: CompiledRule,
  probe: ResolvedProbe,
  destination: Party,
): PortMatch | null {
  if (rule.ports === null) return { kind: 'all' };
  for (const port of rule.ports) {
    const match = portMatches(port, probe, destination);
    if (match) return match;
  }
  return null;
}
