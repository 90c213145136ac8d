import { describe, expect, it } from 'vitest';
import { addNode, addPod, createCluster, removePod } from '~/sim/packet';
import type { ClusterState } from '~/sim/packet';
import { inputErrorOf } from './helpers';

/** A cluster with the given nodes and no pods. */
function clusterWith(
  nodes: number,
  config = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 },
): ClusterState {
  let cluster = createCluster(config);
  for (let n = 0; n < nodes; n += 1) cluster = addNode(cluster);
  return cluster;
}

/** Adds `count` pods to one node. */
function withPods(cluster: ClusterState, node: string, count: number): ClusterState {
  let next = cluster;
  for (let p = 0; p < count; p += 1) next = addPod(next, { node });
  return next;
}

describe('addPod', () => {
  it('gives pods the addresses after the gateway, in the node’s own range', () => {
    let cluster = withPods(clusterWith(2), 'node-1', 2);
    cluster = addPod(cluster, { node: 'node-2' });
    expect(cluster.pods).toEqual([
      {
        name: 'web-1',
        namespace: 'default',
        node: 'node-1',
        ip: '10.244.0.2',
        hostNetwork: false,
        hostVeth: expect.stringMatching(/^veth[0-9a-f]{8}$/),
      },
      {
        name: 'web-2',
        namespace: 'default',
        node: 'node-1',
        ip: '10.244.0.3',
        hostNetwork: false,
        hostVeth: expect.stringMatching(/^veth[0-9a-f]{8}$/),
      },
      {
        name: 'web-3',
        namespace: 'default',
        node: 'node-2',
        ip: '10.244.1.2',
        hostNetwork: false,
        hostVeth: expect.stringMatching(/^veth[0-9a-f]{8}$/),
      },
    ]);
    expect(cluster.nodes[0]?.lastReservedIp).toBe('10.244.0.3');
  });

  it('gives every pod its own, stable veth name', () => {
    const cluster = withPods(clusterWith(1), 'node-1', 3);
    const veths = cluster.pods.map((pod) => pod.hostVeth);
    expect(new Set(veths).size).toBe(3);
    expect(withPods(clusterWith(1), 'node-1', 3).pods.map((pod) => pod.hostVeth)).toEqual(veths);
  });

  it('gives a hostNetwork pod the node IP and no range address or veth', () => {
    let cluster = addPod(clusterWith(1), {
      node: 'node-1',
      name: 'node-exporter',
      namespace: 'monitoring',
      hostNetwork: true,
    });
    cluster = addPod(cluster, { node: 'node-1' });
    expect(cluster.pods[0]).toMatchObject({
      name: 'node-exporter',
      namespace: 'monitoring',
      ip: '192.168.0.10',
      hostNetwork: true,
      hostVeth: null,
    });
    expect(cluster.pods[1]).toMatchObject({ name: 'web-1', ip: '10.244.0.2' });
  });

  it('hands out addresses round-robin like host-local: a freed address is not reused at once', () => {
    let cluster = withPods(clusterWith(1), 'node-1', 2);
    cluster = removePod(cluster, 'web-1');
    cluster = addPod(cluster, { node: 'node-1' });
    expect(cluster.pods.map((pod) => [pod.name, pod.ip])).toEqual([
      ['web-2', '10.244.0.3'],
      ['web-3', '10.244.0.4'],
    ]);
  });

  it('wraps around to freed addresses once it reaches the end of the range', () => {
    const config = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 28 };
    let cluster = withPods(clusterWith(1, config), 'node-1', 13);
    expect(cluster.pods.at(-1)?.ip).toBe('10.244.0.14');
    cluster = removePod(removePod(cluster, 'web-5'), 'web-2');
    cluster = withPods(cluster, 'node-1', 2);
    expect(cluster.pods.slice(-2).map((pod) => pod.ip)).toEqual(['10.244.0.3', '10.244.0.6']);
  });

  it('throws when a /28 node range is full: 13 pods fit after the gateway', () => {
    const config = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 28 };
    const cluster = withPods(clusterWith(1, config), 'node-1', 13);
    const error = inputErrorOf(() => addPod(cluster, { node: 'node-1' }));
    expect(error.field).toBe('nodeCidrMaskSize');
    expect(error.message).toBe(
      `node-1's podCIDR 10.244.0.0/28 is full: a /28 per node leaves 13 pod addresses after the bridge's gateway, and all are in use. A real pod would stay in ContainerCreating with "no IP addresses available in range set".`,
    );
    expect(addPod(cluster, { node: 'node-1', hostNetwork: true }).pods).toHaveLength(14);
  });

  it('enforces the kubelet’s maxPods, hostNetwork pods included', () => {
    const config = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24, maxPodsPerNode: 3 };
    let cluster = withPods(clusterWith(1, config), 'node-1', 2);
    cluster = addPod(cluster, { node: 'node-1', hostNetwork: true });
    const error = inputErrorOf(() => addPod(cluster, { node: 'node-1' }));
    expect(error.field).toBe('maxPodsPerNode');
    expect(error.message).toBe(
      "node-1 already runs 3 pods, the kubelet's maxPods; the scheduler will not place another pod there.",
    );
  });

  it('refuses unknown nodes, duplicate names and bad names', () => {
    const cluster = withPods(clusterWith(1), 'node-1', 1);
    expect(inputErrorOf(() => addPod(cluster, { node: 'node-7' })).message).toBe(
      "There is no node named 'node-7' (nodes: node-1).",
    );
    expect(inputErrorOf(() => addPod(cluster, { node: 'node-1', name: 'web-1' })).message).toBe(
      "A pod named 'web-1' already exists; pod names are unique in this simulator.",
    );
    expect(inputErrorOf(() => addPod(cluster, { node: 'node-1', name: 'Web_1' })).field).toBe(
      'name',
    );
    expect(
      inputErrorOf(() => addPod(cluster, { node: 'node-1', namespace: 'Kube System' })).field,
    ).toBe('namespace');
  });

  it('skips generated names that are already taken', () => {
    let cluster = addPod(clusterWith(1), { node: 'node-1', name: 'web-1' });
    cluster = addPod(cluster, { node: 'node-1' });
    expect(cluster.pods.map((pod) => pod.name)).toEqual(['web-1', 'web-2']);
  });
});

describe('removePod', () => {
  it('removes the pod and leaves the state it was given alone', () => {
    const before = withPods(clusterWith(1), 'node-1', 2);
    const after = removePod(before, 'web-1');
    expect(after.pods.map((pod) => pod.name)).toEqual(['web-2']);
    expect(before.pods).toHaveLength(2);
  });

  it('refuses an unknown pod', () => {
    const error = inputErrorOf(() => removePod(clusterWith(1), 'web-1'));
    expect(error.field).toBe('pod');
    expect(error.message).toBe("There is no pod named 'web-1' (the cluster has no pods yet).");
  });
});
