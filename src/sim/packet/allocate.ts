import {
  InputError,
  formatCidr,
  formatIpv4,
  lastAddress,
  parseCidr,
  parseIpv4,
  subnetAt,
  subnetCount,
} from '../ip';
import type { Cidr } from '../ip';
import { FIRST_NODE_HOST } from './config';
import type { ClusterState, NodeState } from './types';

/**
 * Picks the next podCIDR the way kube-controller-manager's range allocator (CidrSet) does:
 * starting at the slot after the last one it handed out, wrapping around, first free slot wins.
 */
export function allocateNodeRange(state: ClusterState): { podCidr: Cidr; nextRangeIndex: number } {
  const cluster = parseCidr(state.config.clusterCidr);
  const mask = state.config.nodeCidrMaskSize;
  const total = subnetCount(cluster, mask);
  const size = 2 ** (32 - mask);
  const used = new Set(
    state.nodes.map((node) => (parseCidr(node.podCidr).network - cluster.network) / size),
  );
  for (let step = 0; step < total; step += 1) {
    const index = (state.nextRangeIndex + step) % total;
    if (!used.has(index)) {
      return { podCidr: subnetAt(cluster, mask, index), nextRangeIndex: (index + 1) % total };
    }
  }
  throw new InputError(
    `${formatCidr(cluster)} split into /${String(mask)}s holds ${String(total)} node range${total === 1 ? '' : 's'}; all are in use. The node IPAM controller would leave a new node without a podCIDR (event CIDRNotAvailable).`,
    'clusterCidr',
  );
}

/** The lowest free address for a node, from .10 of the node network up to the last before broadcast. */
export function allocateNodeIp(state: ClusterState): number {
  const subnet = parseCidr(state.config.nodeSubnet);
  const first = subnet.network + FIRST_NODE_HOST;
  const last = lastAddress(subnet) - 1;
  const used = new Set(state.nodes.map((node) => parseIpv4(node.ip)));
  for (let ip = first; ip <= last; ip += 1) {
    if (!used.has(ip)) return ip;
  }
  throw new InputError(
    `The node network ${formatCidr(subnet)} has no free address for another node: node IPs run from ${formatIpv4(first)} to ${formatIpv4(last)} and all ${String(last - first + 1)} are in use.`,
    'nodeSubnet',
  );
}

/** The addresses host-local IPAM may hand to pods: after the gateway (.1) up to before broadcast. */
export function podAddressRange(podCidr: Cidr): { first: number; last: number; count: number } {
  const first = podCidr.network + 2;
  const last = lastAddress(podCidr) - 1;
  return { first, last, count: last - first + 1 };
}

/**
 * Picks a pod IP the way the CNI host-local IPAM plugin does: round-robin, starting after the last
 * address it reserved on this node, so a freed address is not handed out again straight away.
 */
export function allocatePodIp(state: ClusterState, node: NodeState): number {
  const podCidr = parseCidr(node.podCidr);
  const { first, last, count } = podAddressRange(podCidr);
  const used = new Set(
    state.pods
      .filter((pod) => pod.node === node.name && !pod.hostNetwork)
      .map((pod) => parseIpv4(pod.ip)),
  );
  if (used.size >= count) {
    throw new InputError(
      `${node.name}'s podCIDR ${node.podCidr} is full: a /${String(podCidr.prefix)} per node leaves ${String(count)} pod address${count === 1 ? '' : 'es'} after the bridge's gateway, and all are in use. A real pod would stay in ContainerCreating with "no IP addresses available in range set".`,
      'nodeCidrMaskSize',
    );
  }
  const lastReserved = node.lastReservedIp === null ? null : parseIpv4(node.lastReservedIp);
  const start =
    lastReserved !== null && lastReserved >= first && lastReserved < last
      ? lastReserved + 1
      : first;
  for (let step = 0; step < count; step += 1) {
    const ip = first + ((start - first + step) % count);
    if (!used.has(ip)) return ip;
  }
  throw new Error(`allocatePodIp found no free address on ${node.name} after counting one`);
}
