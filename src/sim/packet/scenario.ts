import { InputError, isInputError } from '../ip';
import { addNode, createCluster } from './nodes';
import { addPod } from './pods';
import type { ClusterState, PodNetworkConfig } from './types';

/** How many nodes to start with and how many pods to put on each. */
export interface SeedOptions {
  nodes: number;
  podsPerNode: number;
}

/** A starting cluster: `nodes` nodes (node-1, …) with `podsPerNode` pods each (web-1, …). */
export function seedCluster(config: PodNetworkConfig, seed: SeedOptions): ClusterState {
  checkCount(seed.nodes, 'nodes');
  checkCount(seed.podsPerNode, 'podsPerNode');
  let state = createCluster(config);
  for (let n = 0; n < seed.nodes; n += 1) {
    state = addNode(state);
    const node = state.nodes[state.nodes.length - 1]?.name ?? '';
    for (let p = 0; p < seed.podsPerNode; p += 1) state = addPod(state, { node });
  }
  return state;
}

/** Refuses a count that is not a whole number from 0 up. */
function checkCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new InputError(
      `${field} must be a whole number of 0 or more; got ${String(value)}.`,
      field,
    );
  }
}

/**
 * Rebuilds the cluster under new settings: the same nodes and pods, joined and scheduled again in
 * the same order, so addresses are handed out afresh. Throws an InputError (naming the setting)
 * when the new settings are invalid or cannot hold what is already there.
 */
export function reconfigure(state: ClusterState, config: PodNetworkConfig): ClusterState {
  let next = createCluster(config);
  try {
    for (const node of state.nodes) next = addNode(next, node.name);
    for (const pod of state.pods) {
      next = addPod(next, {
        node: pod.node,
        name: pod.name,
        namespace: pod.namespace,
        hostNetwork: pod.hostNetwork,
      });
    }
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new InputError(
      `These settings cannot hold the cluster you have: ${error.message}`,
      error.field,
    );
  }
  return {
    ...next,
    nameCounters: {
      node: Math.max(state.nameCounters.node, next.nameCounters.node),
      pod: Math.max(state.nameCounters.pod, next.nameCounters.pod),
    },
  };
}
