import { InputError, formatCidr, formatIpv4 } from '../ip';
import { allocateNodeIp, allocateNodeRange } from './allocate';
import { resolveConfig } from './config';
import { BRIDGE_NAME } from './devices';
import { findNode } from './lookup';
import { NODE_NAME_PREFIX, checkObjectName, nextGeneratedName } from './names';
import type { ClusterState, NodeState, PodNetworkConfig } from './types';

/** Creates an empty cluster after validating its configuration (InputError names the bad field). */
export function createCluster(config: PodNetworkConfig): ClusterState {
  return {
    config: resolveConfig(config),
    nodes: [],
    pods: [],
    nextRangeIndex: 0,
    nameCounters: { node: 0, pod: 0 },
  };
}

/** Joins a node: it gets the next node IP and the next free podCIDR, with cni0 on its first address. */
export function addNode(state: ClusterState, name?: string): ClusterState {
  const taken = new Set(state.nodes.map((node) => node.name));
  const generated =
    name === undefined ? nextGeneratedName(NODE_NAME_PREFIX, state.nameCounters.node, taken) : null;
  const nodeName = generated?.name ?? name ?? '';
  checkObjectName(nodeName, 'node', 'name');
  if (taken.has(nodeName)) {
    throw new InputError(
      `A node named '${nodeName}' already exists; node names are unique.`,
      'name',
    );
  }
  const { podCidr, nextRangeIndex } = allocateNodeRange(state);
  const node: NodeState = {
    name: nodeName,
    ip: formatIpv4(allocateNodeIp(state)),
    interface: state.config.nodeInterface,
    podCidr: formatCidr(podCidr),
    bridge: BRIDGE_NAME,
    gateway: formatIpv4(podCidr.network + 1),
    lastReservedIp: null,
  };
  return {
    ...state,
    nodes: [...state.nodes, node],
    nextRangeIndex,
    nameCounters: { ...state.nameCounters, node: generated?.counter ?? state.nameCounters.node },
  };
}

/** Removes a node and the pods on it; its podCIDR and node IP become free again. */
export function removeNode(state: ClusterState, name: string): ClusterState {
  findNode(state, name);
  return {
    ...state,
    nodes: state.nodes.filter((node) => node.name !== name),
    pods: state.pods.filter((pod) => pod.node !== name),
  };
}
