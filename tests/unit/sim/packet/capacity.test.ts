import { describe, expect, it } from 'vitest';
import {
  addNode,
  capacitySummary,
  clusterUsage,
  createCluster,
  podCapacity,
  seedCluster,
} from '~/sim/packet';
import { inputErrorOf } from './helpers';

describe('podCapacity', () => {
  it('a /16 cut into /24s: 256 nodes, 253 pod addresses each, 110 pods (the kubelet limit)', () => {
    expect(podCapacity({ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 })).toEqual({
      nodeCidrMaskSize: 24,
      addressesPerNodeRange: 256,
      podAddressesPerNode: 253,
      maxPodsPerNode: 110,
      podsPerNode: 110,
      limitedBy: 'maxPods',
      nodeRanges: 256,
    });
  });

  it('a /26 per node: the range is the limit (61 pods), 1024 node ranges', () => {
    expect(podCapacity({ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 26 })).toMatchObject({
      addressesPerNodeRange: 64,
      podAddressesPerNode: 61,
      podsPerNode: 61,
      limitedBy: 'podCidr',
      nodeRanges: 1024,
    });
  });

  it('a /30 per node leaves exactly one pod address', () => {
    expect(podCapacity({ clusterCidr: '10.244.0.0/24', nodeCidrMaskSize: 30 }).podsPerNode).toBe(1);
  });

  it('validates the configuration', () => {
    expect(
      inputErrorOf(() => podCapacity({ clusterCidr: 'abc', nodeCidrMaskSize: 24 })).field,
    ).toBe('clusterCidr');
  });
});

describe('clusterUsage and capacitySummary', () => {
  it('counts what is left', () => {
    const cluster = seedCluster(
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 },
      { nodes: 2, podsPerNode: 0 },
    );
    expect(clusterUsage(cluster)).toMatchObject({
      nodes: 2,
      freeNodeRanges: 254,
      freeNodeIps: 243,
      nodesAddable: 243,
    });
  });

  it('says it in one line', () => {
    const defaults = seedCluster(
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, nodeSubnet: '192.168.0.0/16' },
      { nodes: 2, podsPerNode: 0 },
    );
    expect(capacitySummary(defaults)).toBe(
      '/24 per node: 253 pod addresses, kubelet allows 110 → 110 pods per node; room for 254 more nodes',
    );
    const small = addNode(createCluster({ clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 28 }));
    expect(capacitySummary(small)).toBe(
      '/28 per node: 13 pod addresses, kubelet allows 110 → 13 pods per node; room for 31 more nodes',
    );
    const full = addNode(createCluster({ clusterCidr: '10.244.0.0/24', nodeCidrMaskSize: 24 }));
    expect(capacitySummary(full)).toContain('; no room for more nodes');
    const oneLeft = addNode(createCluster({ clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 24 }));
    expect(capacitySummary(oneLeft)).toContain('; room for 1 more node');
  });

  it('says when the node network, not the cluster CIDR, runs out first', () => {
    const cluster = seedCluster(
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 },
      { nodes: 2, podsPerNode: 0 },
    );
    expect(capacitySummary(cluster)).toBe(
      '/24 per node: 253 pod addresses, kubelet allows 110 → 110 pods per node; room for 243 more nodes (node IPs in 192.168.0.0/24 run out before pod ranges do)',
    );
  });
});
