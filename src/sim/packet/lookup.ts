import { InputError } from '../ip';
import type { ClusterState, NodeState, PodState } from './types';

/** Lists names for a "there is no …" message: "node-1, node-2", or a note that there are none. */
function existing(names: readonly string[], kind: string): string {
  return names.length === 0 ? `the cluster has no ${kind}s yet` : `${kind}s: ${names.join(', ')}`;
}

/** The node with this name, or an InputError naming the nodes that do exist. */
export function findNode(state: ClusterState, name: string, field = 'node'): NodeState {
  const node = state.nodes.find((candidate) => candidate.name === name);
  if (!node) {
    const names = state.nodes.map((candidate) => candidate.name);
    throw new InputError(`There is no node named '${name}' (${existing(names, 'node')}).`, field);
  }
  return node;
}

/** The pod with this name, or an InputError naming the pods that do exist. */
export function findPod(state: ClusterState, name: string, field = 'pod'): PodState {
  const pod = state.pods.find((candidate) => candidate.name === name);
  if (!pod) {
    const names = state.pods.map((candidate) => candidate.name);
    throw new InputError(`There is no pod named '${name}' (${existing(names, 'pod')}).`, field);
  }
  return pod;
}

/** The pods running on a node, in creation order. */
export function podsOnNode(state: ClusterState, node: string): PodState[] {
  return state.pods.filter((pod) => pod.node === node);
}
