import { describe, expect, it } from 'vitest';
import { addPod, reconfigure, removeNode, seedCluster } from '~/sim/packet';
import { inputErrorOf } from './helpers';

const defaults = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 };

describe('seedCluster', () => {
  it('builds nodes and pods in order, deterministically', () => {
    const cluster = seedCluster(defaults, { nodes: 2, podsPerNode: 2 });
    expect(cluster.pods.map((pod) => `${pod.name} ${pod.node} ${pod.ip}`)).toEqual([
      'web-1 node-1 10.244.0.2',
      'web-2 node-1 10.244.0.3',
      'web-3 node-2 10.244.1.2',
      'web-4 node-2 10.244.1.3',
    ]);
    expect(seedCluster(defaults, { nodes: 2, podsPerNode: 2 })).toEqual(cluster);
  });

  it('passes on the engine’s refusals', () => {
    expect(
      inputErrorOf(() =>
        seedCluster(
          { clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 24 },
          { nodes: 3, podsPerNode: 0 },
        ),
      ).field,
    ).toBe('clusterCidr');
    expect(inputErrorOf(() => seedCluster(defaults, { nodes: -1, podsPerNode: 0 })).field).toBe(
      'nodes',
    );
    expect(inputErrorOf(() => seedCluster(defaults, { nodes: 1, podsPerNode: 1.5 })).field).toBe(
      'podsPerNode',
    );
  });
});

describe('reconfigure', () => {
  it('keeps the nodes and pods and hands out addresses under the new settings', () => {
    let cluster = seedCluster(defaults, { nodes: 2, podsPerNode: 1 });
    cluster = addPod(cluster, {
      node: 'node-2',
      name: 'agent',
      namespace: 'kube-system',
      hostNetwork: true,
    });
    const next = reconfigure(cluster, {
      clusterCidr: '10.100.0.0/20',
      nodeCidrMaskSize: 26,
      maxPodsPerNode: 50,
    });
    expect(next.config).toMatchObject({
      clusterCidr: '10.100.0.0/20',
      nodeCidrMaskSize: 26,
      maxPodsPerNode: 50,
    });
    expect(next.nodes.map((node) => `${node.name} ${node.podCidr} ${node.ip}`)).toEqual([
      'node-1 10.100.0.0/26 192.168.0.10',
      'node-2 10.100.0.64/26 192.168.0.11',
    ]);
    expect(next.pods.map((pod) => `${pod.namespace}/${pod.name} ${pod.ip}`)).toEqual([
      'default/web-1 10.100.0.2',
      'default/web-2 10.100.0.66',
      'kube-system/agent 192.168.0.11',
    ]);
  });

  it('keeps generated names going where they were', () => {
    const cluster = removeNode(seedCluster(defaults, { nodes: 2, podsPerNode: 2 }), 'node-2');
    const next = addPod(reconfigure(cluster, defaults), { node: 'node-1' });
    expect(next.pods.at(-1)?.name).toBe('web-5');
  });

  it('refuses settings that cannot hold the cluster, naming the setting, and leaves it alone', () => {
    const cluster = seedCluster(defaults, { nodes: 3, podsPerNode: 4 });
    const tooFewRanges = inputErrorOf(() =>
      reconfigure(cluster, { clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 24 }),
    );
    expect(tooFewRanges.field).toBe('clusterCidr');
    expect(tooFewRanges.message).toMatch(
      /^These settings cannot hold the cluster you have: 10\.244\.0\.0\/23 split into \/24s holds 2 node ranges/,
    );
    expect(inputErrorOf(() => reconfigure(cluster, { ...defaults, maxPodsPerNode: 3 })).field).toBe(
      'maxPodsPerNode',
    );
    expect(
      inputErrorOf(() => reconfigure(cluster, { ...defaults, nodeCidrMaskSize: 30 })).field,
    ).toBe('nodeCidrMaskSize');
    expect(
      inputErrorOf(() => reconfigure(cluster, { ...defaults, clusterCidr: '10.244.0.0' })).message,
    ).toContain('has no prefix length');
    expect(cluster.pods).toHaveLength(12);
  });
});
