import { cidrSize, lastAddress, parseCidr, subnetCount } from '../ip';
import { podAddressRange } from './allocate';
import { FIRST_NODE_HOST, resolveConfig } from './config';
import type { ClusterState, PodNetworkConfig } from './types';

/** How many nodes and pods a configuration allows. */
export interface PodCapacity {
  readonly nodeCidrMaskSize: number;
  /** Addresses in one node's podCIDR (/24 → 256). */
  readonly addressesPerNodeRange: number;
  /** Of those, what pods can get: minus network, the bridge's gateway and broadcast (/24 → 253). */
  readonly podAddressesPerNode: number;
  readonly maxPodsPerNode: number;
  /** Pods a node can really run with their own IP: the smaller of the two limits. */
  readonly podsPerNode: number;
  /** Which limit is the smaller one (the kubelet's maxPods, or the podCIDR's addresses). */
  readonly limitedBy: 'maxPods' | 'podCidr';
  /** How many node podCIDRs the cluster CIDR holds (/16 into /24s → 256). */
  readonly nodeRanges: number;
}

/** What is left in a running cluster. */
export interface ClusterUsage {
  readonly capacity: PodCapacity;
  readonly nodes: number;
  readonly freeNodeRanges: number;
  readonly freeNodeIps: number;
  /** How many more nodes can join: the smaller of free podCIDRs and free node IPs. */
  readonly nodesAddable: number;
}

/** The pod and node capacity of a configuration (validating it first). */
export function podCapacity(config: PodNetworkConfig): PodCapacity {
  const resolved = resolveConfig(config);
  const mask = resolved.nodeCidrMaskSize;
  const podAddressesPerNode = podAddressRange({ network: 0, prefix: mask }).count;
  const maxPodsPerNode = resolved.maxPodsPerNode;
  return {
    nodeCidrMaskSize: mask,
    addressesPerNodeRange: cidrSize(mask),
    podAddressesPerNode,
    maxPodsPerNode,
    podsPerNode: Math.min(maxPodsPerNode, podAddressesPerNode),
    limitedBy: maxPodsPerNode <= podAddressesPerNode ? 'maxPods' : 'podCidr',
    nodeRanges: subnetCount(parseCidr(resolved.clusterCidr), mask),
  };
}

/** The capacity of a cluster and how much of it is left. */
export function clusterUsage(state: ClusterState): ClusterUsage {
  const capacity = podCapacity(state.config);
  const nodeSubnet = parseCidr(state.config.nodeSubnet);
  const nodeIps = lastAddress(nodeSubnet) - 1 - (nodeSubnet.network + FIRST_NODE_HOST) + 1;
  const freeNodeRanges = capacity.nodeRanges - state.nodes.length;
  const freeNodeIps = nodeIps - state.nodes.length;
  return {
    capacity,
    nodes: state.nodes.length,
    freeNodeRanges,
    freeNodeIps,
    nodesAddable: Math.min(freeNodeRanges, freeNodeIps),
  };
}

/** One line for the learner: "/24 per node: 253 pod addresses, kubelet allows 110 → 110 pods per node; room for 254 more nodes". */
export function capacitySummary(state: ClusterState): string {
  const usage = clusterUsage(state);
  const { capacity } = usage;
  const pods = `/${String(capacity.nodeCidrMaskSize)} per node: ${plural(capacity.podAddressesPerNode, 'pod address', 'pod addresses')}, kubelet allows ${String(capacity.maxPodsPerNode)} → ${plural(capacity.podsPerNode, 'pod', 'pods')} per node`;
  const room =
    usage.nodesAddable === 0
      ? 'no room for more nodes'
      : `room for ${plural(usage.nodesAddable, 'more node', 'more nodes')}`;
  const why =
    usage.freeNodeIps < usage.freeNodeRanges
      ? ` (node IPs in ${state.config.nodeSubnet} run out before pod ranges do)`
      : '';
  return `${pods}; ${room}${why}`;
}

/** "1 pod" or "3 pods", with thousands separators. */
function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
