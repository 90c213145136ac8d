import { describe, expect, it } from 'vitest';
import { addNode, addPod, createCluster, removeNode } from '~/sim/packet';
import { inputErrorOf } from './helpers';

const defaults = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 };

describe('createCluster', () => {
  it('starts empty', () => {
    const cluster = createCluster(defaults);
    expect(cluster.nodes).toEqual([]);
    expect(cluster.pods).toEqual([]);
  });
});

describe('addNode', () => {
  it('gives each node the next podCIDR, cni0 on its first address, and the next node IP', () => {
    const cluster = addNode(addNode(createCluster(defaults)));
    expect(cluster.nodes).toEqual([
      {
        name: 'node-1',
        ip: '192.168.0.10',
        interface: 'eth0',
        podCidr: '10.244.0.0/24',
        bridge: 'cni0',
        gateway: '10.244.0.1',
        lastReservedIp: null,
      },
      {
        name: 'node-2',
        ip: '192.168.0.11',
        interface: 'eth0',
        podCidr: '10.244.1.0/24',
        bridge: 'cni0',
        gateway: '10.244.1.1',
        lastReservedIp: null,
      },
    ]);
  });

  it('never changes the state it was given', () => {
    const empty = createCluster(defaults);
    const one = addNode(empty);
    expect(empty.nodes).toHaveLength(0);
    expect(addNode(one).nodes).toHaveLength(2);
    expect(one.nodes).toHaveLength(1);
  });

  it('uses the names it is given and generates unique ones otherwise', () => {
    let cluster = addNode(createCluster(defaults), 'node-2');
    cluster = addNode(cluster);
    cluster = addNode(cluster);
    expect(cluster.nodes.map((node) => node.name)).toEqual(['node-2', 'node-1', 'node-3']);
  });

  it('refuses duplicate and invalid names', () => {
    const cluster = addNode(createCluster(defaults), 'worker-a');
    expect(inputErrorOf(() => addNode(cluster, 'worker-a')).message).toBe(
      "A node named 'worker-a' already exists; node names are unique.",
    );
    expect(inputErrorOf(() => addNode(cluster, 'Worker A')).field).toBe('name');
  });

  it('cuts /26 ranges when asked to', () => {
    let cluster = createCluster({ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 26 });
    cluster = addNode(addNode(cluster));
    expect(cluster.nodes.map((node) => [node.podCidr, node.gateway])).toEqual([
      ['10.244.0.0/26', '10.244.0.1'],
      ['10.244.0.64/26', '10.244.0.65'],
    ]);
  });

  it('throws when the cluster CIDR has no free node range', () => {
    const cluster = addNode(
      addNode(createCluster({ clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 24 })),
    );
    const error = inputErrorOf(() => addNode(cluster));
    expect(error.field).toBe('clusterCidr');
    expect(error.message).toBe(
      '10.244.0.0/23 split into /24s holds 2 node ranges; all are in use. The node IPAM controller would leave a new node without a podCIDR (event CIDRNotAvailable).',
    );
  });

  it('throws when the node network runs out of node IPs', () => {
    let cluster = createCluster({ ...defaults, nodeSubnet: '192.168.0.0/28' });
    for (let n = 0; n < 5; n += 1) cluster = addNode(cluster);
    expect(cluster.nodes.map((node) => node.ip).at(-1)).toBe('192.168.0.14');
    const error = inputErrorOf(() => addNode(cluster));
    expect(error.field).toBe('nodeSubnet');
    expect(error.message).toBe(
      'The node network 192.168.0.0/28 has no free address for another node: node IPs run from 192.168.0.10 to 192.168.0.14 and all 5 are in use.',
    );
  });
});

describe('removeNode', () => {
  it('removes the node and its pods, and frees its range and node IP', () => {
    let cluster = createCluster({ clusterCidr: '10.244.0.0/23', nodeCidrMaskSize: 24 });
    cluster = addNode(addNode(cluster));
    cluster = addPod(cluster, { node: 'node-1' });
    cluster = addPod(cluster, { node: 'node-2' });
    cluster = removeNode(cluster, 'node-1');
    expect(cluster.nodes.map((node) => node.name)).toEqual(['node-2']);
    expect(cluster.pods.map((pod) => pod.name)).toEqual(['web-2']);
    cluster = addNode(cluster);
    expect(cluster.nodes.at(-1)).toMatchObject({
      name: 'node-3',
      podCidr: '10.244.0.0/24',
      ip: '192.168.0.10',
    });
  });

  it('hands out ranges round-robin like the range allocator: a freed range waits its turn', () => {
    let cluster = addNode(addNode(createCluster(defaults)));
    cluster = removeNode(cluster, 'node-1');
    cluster = addNode(cluster);
    expect(cluster.nodes.map((node) => node.podCidr)).toEqual(['10.244.1.0/24', '10.244.2.0/24']);
  });

  it('refuses an unknown node, naming the ones that exist', () => {
    const cluster = addNode(addNode(createCluster(defaults)));
    const error = inputErrorOf(() => removeNode(cluster, 'node-9'));
    expect(error.field).toBe('node');
    expect(error.message).toBe("There is no node named 'node-9' (nodes: node-1, node-2).");
    expect(inputErrorOf(() => removeNode(createCluster(defaults), 'x')).message).toBe(
      "There is no node named 'x' (the cluster has no nodes yet).",
    );
  });
});
