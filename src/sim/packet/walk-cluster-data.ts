import type { RangeStyle, WalkCluster } from './walk-cluster';

// The fixed clusters exactly as buildWalkCluster (createCluster/addNode/addPod) makes them, kept
// as data so the walker's bundle does not carry the cluster model; walk-cluster.test.ts checks
// that the two stay equal.

/** The host-side veth names the engine derives for default/web-1, web-2 and web-3. */
const VETHS = ['veth6e961893', 'veth62959fc8', 'veth6868199d'] as const;

/** A cluster from its CIDR, each node's podCIDR and gateway, and the three pod IPs. */
function cluster(
  clusterCidr: string,
  ranges: readonly [readonly [string, string], readonly [string, string]],
  podIps: readonly [string, string, string],
): WalkCluster {
  return {
    clusterCidr,
    nodes: ranges.map(([podCidr, gateway], index) => ({
      name: `node-${String(index + 1)}`,
      ip: `192.168.0.${String(10 + index)}`,
      podCidr,
      gateway,
    })),
    pods: podIps.map((ip, index) => ({
      name: `web-${String(index + 1)}`,
      node: index < 2 ? 'node-1' : 'node-2',
      ip,
      hostVeth: VETHS[index] ?? '',
    })),
  };
}

/** Each range-based style's fixed cluster. */
export const WALK_CLUSTERS: Record<RangeStyle, WalkCluster> = {
  vxlan: cluster(
    '10.244.0.0/16',
    [
      ['10.244.0.0/24', '10.244.0.1'],
      ['10.244.1.0/24', '10.244.1.1'],
    ],
    ['10.244.0.2', '10.244.0.3', '10.244.1.2'],
  ),
  bgp: cluster(
    '10.244.0.0/16',
    [
      ['10.244.0.0/26', '10.244.0.1'],
      ['10.244.0.64/26', '10.244.0.65'],
    ],
    ['10.244.0.2', '10.244.0.3', '10.244.0.66'],
  ),
  ebpf: cluster(
    '10.0.0.0/8',
    [
      ['10.0.0.0/24', '10.0.0.1'],
      ['10.0.1.0/24', '10.0.1.1'],
    ],
    ['10.0.0.2', '10.0.0.3', '10.0.1.2'],
  ),
};
