import { describe, expect, it } from 'vitest';
import { createCluster, resolveConfig } from '~/sim/packet';
import { inputErrorOf } from './helpers';

describe('resolveConfig', () => {
  it('fills in the Kubernetes defaults and writes CIDRs canonically', () => {
    expect(resolveConfig({ clusterCidr: ' 10.244.0.0/16 ', nodeCidrMaskSize: 24 })).toEqual({
      clusterCidr: '10.244.0.0/16',
      nodeCidrMaskSize: 24,
      maxPodsPerNode: 110,
      nodeSubnet: '192.168.0.0/24',
      nodeInterface: 'eth0',
    });
  });

  it('allows one node range as big as the whole cluster CIDR', () => {
    expect(
      resolveConfig({ clusterCidr: '10.244.0.0/24', nodeCidrMaskSize: 24 }).nodeCidrMaskSize,
    ).toBe(24);
  });

  it.each([
    [{ clusterCidr: '10.244.0.0', nodeCidrMaskSize: 24 }, 'clusterCidr', 'has no prefix length'],
    [{ clusterCidr: '10.244.1.0/16', nodeCidrMaskSize: 24 }, 'clusterCidr', 'has host bits set'],
    [
      { clusterCidr: '10.244.0.0/25', nodeCidrMaskSize: 24 },
      'clusterCidr',
      "A /24 per node needs a cluster CIDR of /24 or shorter; 10.244.0.0/25 is smaller than one node's range.",
    ],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 31 },
      'nodeCidrMaskSize',
      'from 1 to 30; got 31',
    ],
    [{ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 0 }, 'nodeCidrMaskSize', 'got 0'],
    [{ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24.5 }, 'nodeCidrMaskSize', 'got 24.5'],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: Number.NaN },
      'nodeCidrMaskSize',
      'got nothing, or something that is not a number',
    ],
    [
      { clusterCidr: '10.0.0.0/8', nodeCidrMaskSize: 26 },
      'nodeCidrMaskSize',
      'Cutting 10.0.0.0/8 into /26s makes 262,144 node ranges, but the node IPAM controller allows at most 16 bits between the cluster and node masks (65,536 ranges). Use a node mask size of /24 or shorter.',
    ],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, maxPodsPerNode: 0 },
      'maxPodsPerNode',
      'got 0',
    ],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, nodeSubnet: '10.244.3.0/24' },
      'nodeSubnet',
      'The node network 10.244.3.0/24 overlaps the cluster CIDR 10.244.0.0/16',
    ],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, nodeSubnet: '192.168.0.0/29' },
      'nodeSubnet',
      'use a /28 or larger',
    ],
    [
      { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, nodeInterface: 'eth 0' },
      'nodeInterface',
      'is not a Linux interface name',
    ],
  ])('refuses %j (field %s)', (config, field, message) => {
    const error = inputErrorOf(() => createCluster(config));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
