import { InputError, cidrsOverlap, formatCidr, parseCidr, subnetCount } from '../ip';
import type { Cidr } from '../ip';
import type { PodNetworkConfig, ResolvedConfig } from './types';

/** The kubelet's default maxPods. */
export const DEFAULT_MAX_PODS = 110;
/** The node network used when none is given. */
export const DEFAULT_NODE_SUBNET = '192.168.0.0/24';
/** The node interface name used when none is given. */
export const DEFAULT_NODE_INTERFACE = 'eth0';
/** Node IPs are handed out from this offset into the node network (.10, .11, …). */
export const FIRST_NODE_HOST = 10;
/** The node IPAM range allocator refuses more than 16 bits between the cluster and node masks. */
export const MAX_NODE_MASK_BITS_OVER_CLUSTER = 16;
/** The longest node mask that leaves a pod address after network, gateway and broadcast. */
export const LONGEST_NODE_MASK = 30;

/** A number as a learner typed it, or a plain description when it is not a number at all. */
function shown(value: number): string {
  return Number.isNaN(value) ? 'nothing, or something that is not a number' : String(value);
}

/** Validates a configuration and fills in the defaults, throwing an InputError that names the field. */
export function resolveConfig(config: PodNetworkConfig): ResolvedConfig {
  const cluster = parseCidr(config.clusterCidr, { field: 'clusterCidr' });
  const mask = config.nodeCidrMaskSize;
  checkNodeMask(cluster, mask);
  const maxPodsPerNode = config.maxPodsPerNode ?? DEFAULT_MAX_PODS;
  if (!Number.isInteger(maxPodsPerNode) || maxPodsPerNode < 1) {
    throw new InputError(
      `Max pods per node must be a whole number of at least 1; got ${shown(maxPodsPerNode)}.`,
      'maxPodsPerNode',
    );
  }
  const nodeSubnet = parseCidr(config.nodeSubnet ?? DEFAULT_NODE_SUBNET, { field: 'nodeSubnet' });
  checkNodeSubnet(nodeSubnet, cluster);
  const nodeInterface = config.nodeInterface ?? DEFAULT_NODE_INTERFACE;
  if (!/^[A-Za-z0-9_.-]{1,15}$/.test(nodeInterface)) {
    throw new InputError(
      `'${nodeInterface}' is not a Linux interface name: use 1 to 15 letters, digits, '.', '_' or '-' (e.g. eth0, ens5).`,
      'nodeInterface',
    );
  }
  return {
    clusterCidr: formatCidr(cluster),
    nodeCidrMaskSize: mask,
    maxPodsPerNode,
    nodeSubnet: formatCidr(nodeSubnet),
    nodeInterface,
  };
}

/** Checks that the node mask size fits the cluster CIDR the way kube-controller-manager requires. */
function checkNodeMask(cluster: Cidr, mask: number): void {
  if (!Number.isInteger(mask) || mask < 1 || mask > LONGEST_NODE_MASK) {
    throw new InputError(
      `The node CIDR mask size must be a whole number from 1 to ${String(LONGEST_NODE_MASK)}; got ${shown(mask)}. A /31 or /32 per node leaves no address for a pod after the network, gateway and broadcast addresses.`,
      'nodeCidrMaskSize',
    );
  }
  if (mask < cluster.prefix) {
    throw new InputError(
      `A /${String(mask)} per node needs a cluster CIDR of /${String(mask)} or shorter; ${formatCidr(cluster)} is smaller than one node's range.`,
      'clusterCidr',
    );
  }
  if (mask - cluster.prefix > MAX_NODE_MASK_BITS_OVER_CLUSTER) {
    const ranges = subnetCount(cluster, mask).toLocaleString('en-US');
    throw new InputError(
      `Cutting ${formatCidr(cluster)} into /${String(mask)}s makes ${ranges} node ranges, but the node IPAM controller allows at most 16 bits between the cluster and node masks (65,536 ranges). Use a node mask size of /${String(cluster.prefix + MAX_NODE_MASK_BITS_OVER_CLUSTER)} or shorter.`,
      'nodeCidrMaskSize',
    );
  }
}

/** Checks that the node network has room for node IPs and does not collide with pod addresses. */
function checkNodeSubnet(nodeSubnet: Cidr, cluster: Cidr): void {
  if (nodeSubnet.prefix > 28) {
    throw new InputError(
      `The node network ${formatCidr(nodeSubnet)} is too small: node IPs start at .${String(FIRST_NODE_HOST)}, so use a /28 or larger.`,
      'nodeSubnet',
    );
  }
  if (cidrsOverlap(nodeSubnet, cluster)) {
    throw new InputError(
      `The node network ${formatCidr(nodeSubnet)} overlaps the cluster CIDR ${formatCidr(cluster)}: node and pod addresses would collide, so pick ranges that do not overlap.`,
      'nodeSubnet',
    );
  }
}
