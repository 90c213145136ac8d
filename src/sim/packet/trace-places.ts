import { InputError } from '../ip';
import { findNode, findPod } from './lookup';
import type { ClusterState, Endpoint, NodeState, PodState } from './types';

/** Where an endpoint's packets start or end: a pod's own network namespace, or a node's root one. */
export type Place =
  | {
      readonly kind: 'pod';
      readonly pod: PodState;
      readonly node: NodeState;
      readonly label: string;
    }
  | {
      readonly kind: 'host';
      readonly node: NodeState;
      readonly label: string;
      readonly pod: PodState | null;
    };

/** Resolves an endpoint to its place; a hostNetwork pod lives in its node's root namespace. */
export function placeOf(state: ClusterState, endpoint: Endpoint, field: string): Place {
  if ('pod' in endpoint && typeof endpoint.pod === 'string') {
    const pod = findPod(state, endpoint.pod, field);
    const node = findNode(state, pod.node, field);
    return pod.hostNetwork
      ? { kind: 'host', node, pod, label: `${pod.name} (hostNetwork)` }
      : { kind: 'pod', pod, node, label: pod.name };
  }
  if ('node' in endpoint && typeof endpoint.node === 'string') {
    const node = findNode(state, endpoint.node, field);
    return { kind: 'host', node, pod: null, label: node.name };
  }
  throw new InputError('Pick a pod or a node for each end of the trace.', field);
}

/** The address packets to a place are sent to. */
export function addressOf(place: Place): string {
  return place.kind === 'pod' ? place.pod.ip : place.node.ip;
}

/**
 * The source address the kernel picks. A pod always uses its own IP; a node uses cni0's address
 * towards its own pods (the connected route's src) and its own IP towards everything else.
 */
export function sourceAddress(from: Place, to: Place): string {
  if (from.kind === 'pod') return from.pod.ip;
  const toLocalPod = to.kind === 'pod' && to.node.name === from.node.name;
  return toLocalPod ? from.node.gateway : from.node.ip;
}

/** Whether two places share one network namespace (the same pod, or the same node's root). */
export function sameNamespace(a: Place, b: Place): boolean {
  if (a.kind === 'pod' && b.kind === 'pod') return a.pod.name === b.pod.name;
  return a.kind === 'host' && b.kind === 'host' && a.node.name === b.node.name;
}
