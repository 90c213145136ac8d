/**
 * The cluster model of the packet engine alone (nodes, podCIDRs, pods, tracePath), without the
 * packet walker: the pod network simulator imports this, so a lesson that shows it ships none of
 * walkPacket's per-style text. Everything here is also exported from the engine's index.
 */
export { createCluster, addNode, removeNode } from './nodes';
export { addPod, removePod, DEFAULT_NAMESPACE } from './pods';
export { tracePath } from './trace';
export { podCapacity, clusterUsage, capacitySummary } from './capacity';
export { seedCluster, reconfigure } from './scenario';
export { listEndpoints, endpointKey, suggestTrace } from './endpoints';
export { findNode, findPod, podsOnNode } from './lookup';
export {
  resolveConfig,
  DEFAULT_MAX_PODS,
  DEFAULT_NODE_SUBNET,
  DEFAULT_NODE_INTERFACE,
} from './config';
export { InputError, isInputError } from '../ip';
export type { PodCapacity, ClusterUsage } from './capacity';
export type { EndpointOption } from './endpoints';
export type { SeedOptions } from './scenario';
export type {
  AddPodOptions,
  ClusterState,
  Endpoint,
  NodeState,
  PathHop,
  PathTrace,
  PodNetworkConfig,
  PodState,
  ResolvedConfig,
  TraceScope,
} from './types';
