import { addNode, createCluster } from './nodes';
import { addPod } from './pods';
import type { PodNetworkConfig } from './types';
import type { WalkStyle } from './walk-types';

/** The addresses of a walk's fixed cluster: two nodes, web-1 and web-2 on node-1, web-3 on node-2. */
export interface WalkCluster {
  readonly clusterCidr: string;
  readonly nodes: readonly {
    readonly name: string;
    readonly ip: string;
    readonly podCidr: string;
    readonly gateway: string;
  }[];
  readonly pods: readonly {
    readonly name: string;
    readonly node: string;
    readonly ip: string;
    readonly hostVeth: string;
  }[];
}

/** The styles whose pod addresses come from a cluster CIDR cut into node ranges. */
export type RangeStyle = Exclude<WalkStyle, 'vpc-cni'>;

/** The kube-controller-manager settings each style's fixed cluster is built from. */
export const WALK_CLUSTER_CONFIG: Record<RangeStyle, PodNetworkConfig> = {
  // Flannel's usual Network with a /24 per node.
  vxlan: { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 },
  // Calico IPAM hands each node /26 blocks out of the IP pool.
  bgp: { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 26 },
  // Cilium's cluster-pool IPAM default: 10.0.0.0/8 with a /24 per node.
  ebpf: { clusterCidr: '10.0.0.0/8', nodeCidrMaskSize: 24 },
};

/**
 * Builds a style's fixed cluster with the engine's own createCluster/addNode/addPod. The walker
 * ships the result as data (walk-cluster-data.ts) to keep its bundle small; a test keeps the two equal.
 */
export function buildWalkCluster(style: RangeStyle): WalkCluster {
  let cluster = addNode(addNode(createCluster(WALK_CLUSTER_CONFIG[style])));
  for (const node of ['node-1', 'node-1', 'node-2']) cluster = addPod(cluster, { node });
  return {
    clusterCidr: cluster.config.clusterCidr,
    nodes: cluster.nodes.map(({ name, ip, podCidr, gateway }) => ({ name, ip, podCidr, gateway })),
    pods: cluster.pods.map(({ name, node, ip, hostVeth }) => ({
      name,
      node,
      ip,
      hostVeth: hostVeth ?? '',
    })),
  };
}
