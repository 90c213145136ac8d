import { describe, expect, it } from 'vitest';
import {
  addPod,
  createCluster,
  endpointKey,
  listEndpoints,
  removeNode,
  seedCluster,
  suggestTrace,
} from '~/sim/packet';

const defaults = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 };

describe('listEndpoints', () => {
  it('lists pods then nodes, with keys and labels', () => {
    const cluster = addPod(seedCluster(defaults, { nodes: 1, podsPerNode: 1 }), {
      node: 'node-1',
      name: 'agent',
      hostNetwork: true,
    });
    expect(listEndpoints(cluster)).toEqual([
      {
        key: 'pod:web-1',
        group: 'pod',
        label: 'web-1 (10.244.0.2 on node-1)',
        endpoint: { pod: 'web-1' },
      },
      {
        key: 'pod:agent',
        group: 'pod',
        label: 'agent (hostNetwork, 192.168.0.10 on node-1)',
        endpoint: { pod: 'agent' },
      },
      {
        key: 'node:node-1',
        group: 'node',
        label: 'node-1 (192.168.0.10)',
        endpoint: { node: 'node-1' },
      },
    ]);
    expect(endpointKey({ pod: 'web-1' })).toBe('pod:web-1');
    expect(endpointKey({ node: 'node-1' })).toBe('node:node-1');
  });
});

describe('suggestTrace', () => {
  it('prefers a pod on another node', () => {
    expect(suggestTrace(seedCluster(defaults, { nodes: 2, podsPerNode: 2 }))).toEqual({
      from: { pod: 'web-1' },
      to: { pod: 'web-3' },
    });
  });

  it('falls back to a pod on the same node, then the node, then nodes, then nothing', () => {
    const oneNode = seedCluster(defaults, { nodes: 1, podsPerNode: 2 });
    expect(suggestTrace(oneNode)).toEqual({ from: { pod: 'web-1' }, to: { pod: 'web-2' } });
    expect(suggestTrace(seedCluster(defaults, { nodes: 1, podsPerNode: 1 }))).toEqual({
      from: { pod: 'web-1' },
      to: { node: 'node-1' },
    });
    expect(suggestTrace(seedCluster(defaults, { nodes: 2, podsPerNode: 0 }))).toEqual({
      from: { node: 'node-1' },
      to: { node: 'node-2' },
    });
    expect(suggestTrace(removeNode(oneNode, 'node-1'))).toBeNull();
    expect(suggestTrace(createCluster(defaults))).toBeNull();
  });
});
