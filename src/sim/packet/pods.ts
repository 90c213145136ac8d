import { InputError, formatIpv4 } from '../ip';
import { allocatePodIp } from './allocate';
import { vethName } from './devices';
import { findNode, findPod, podsOnNode } from './lookup';
import { POD_NAME_PREFIX, checkNamespace, checkObjectName, nextGeneratedName } from './names';
import type { AddPodOptions, ClusterState, PodState } from './types';

/** The namespace a pod goes to when none is given. */
export const DEFAULT_NAMESPACE = 'default';

/**
 * Schedules a pod on a node. The kubelet's maxPods counts every pod; a normal pod then gets the
 * next address from the node's podCIDR (host-local IPAM), a hostNetwork pod the node's own IP.
 */
export function addPod(state: ClusterState, options: AddPodOptions): ClusterState {
  const node = findNode(state, options.node);
  const namespace = options.namespace ?? DEFAULT_NAMESPACE;
  checkNamespace(namespace);
  const { name, counter } = podName(state, options.name);
  const onNode = podsOnNode(state, node.name);
  if (onNode.length >= state.config.maxPodsPerNode) {
    throw new InputError(
      `${node.name} already runs ${String(onNode.length)} pod${onNode.length === 1 ? '' : 's'}, the kubelet's maxPods; the scheduler will not place another pod there.`,
      'maxPodsPerNode',
    );
  }
  const hostNetwork = options.hostNetwork ?? false;
  const ip = hostNetwork ? node.ip : formatIpv4(allocatePodIp(state, node));
  const pod: PodState = {
    name,
    namespace,
    node: node.name,
    ip,
    hostNetwork,
    hostVeth: hostNetwork ? null : vethName(namespace, name),
  };
  return {
    ...state,
    pods: [...state.pods, pod],
    nodes: hostNetwork
      ? state.nodes
      : state.nodes.map((n) => (n.name === node.name ? { ...n, lastReservedIp: ip } : n)),
    nameCounters: { ...state.nameCounters, pod: counter },
  };
}

/** The pod's name (given and checked, or generated) and the name counter afterwards. */
function podName(
  state: ClusterState,
  given: string | undefined,
): { name: string; counter: number } {
  const taken = new Set(state.pods.map((pod) => pod.name));
  if (given === undefined) return nextGeneratedName(POD_NAME_PREFIX, state.nameCounters.pod, taken);
  checkObjectName(given, 'pod', 'name');
  if (taken.has(given)) {
    throw new InputError(
      `A pod named '${given}' already exists; pod names are unique in this simulator.`,
      'name',
    );
  }
  return { name: given, counter: state.nameCounters.pod };
}

/** Deletes a pod; host-local IPAM releases its address (handed out again only after a round-robin lap). */
export function removePod(state: ClusterState, name: string): ClusterState {
  findPod(state, name);
  return { ...state, pods: state.pods.filter((pod) => pod.name !== name) };
}
