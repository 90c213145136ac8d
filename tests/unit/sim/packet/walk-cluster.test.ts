import { describe, expect, it } from 'vitest';
import { buildWalkCluster } from '~/sim/packet/walk-cluster';
import { WALK_CLUSTERS } from '~/sim/packet/walk-cluster-data';

describe('the walker’s fixed clusters', () => {
  it('are exactly what createCluster/addNode/addPod hand out', () => {
    for (const style of ['vxlan', 'bgp', 'ebpf'] as const) {
      expect(WALK_CLUSTERS[style]).toEqual(buildWalkCluster(style));
    }
  });

  it('give Calico-style nodes /26 blocks and Cilium-style nodes /24s from 10.0.0.0/8', () => {
    expect(buildWalkCluster('bgp').nodes.map((node) => node.podCidr)).toEqual([
      '10.244.0.0/26',
      '10.244.0.64/26',
    ]);
    expect(buildWalkCluster('ebpf').pods.map((pod) => pod.ip)).toEqual([
      '10.0.0.2',
      '10.0.0.3',
      '10.0.1.2',
    ]);
  });
});
