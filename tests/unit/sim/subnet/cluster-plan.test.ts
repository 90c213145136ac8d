import { describe, expect, it } from 'vitest';
import { CLUSTER_PLAN_PRESETS, isInputError, planCluster } from '~/sim/subnet';
import type { ClusterPlan, ClusterPlanInput } from '~/sim/subnet';

/** kubeadm's preset with some fields changed. */
function kubeadm(change: Partial<ClusterPlanInput> = {}): ClusterPlanInput {
  return { ...CLUSTER_PLAN_PRESETS.kubeadm, ...change };
}

/** EKS's preset with some fields changed. */
function eks(change: Partial<ClusterPlanInput> = {}): ClusterPlanInput {
  return { ...CLUSTER_PLAN_PRESETS['eks-vpc-cni'], ...change };
}

/** The findings of one level, as their messages. */
function messages(plan: ClusterPlan, level: 'error' | 'warning' | 'info'): string[] {
  return plan.findings.filter((f) => f.level === level).map((f) => f.message);
}

/** The field an InputError names, or a failure when the call does not throw one. */
function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error.field;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('planCluster presets', () => {
  it('kubeadm: 256 node ranges of /24, 254 addresses each, 1,048,574 ClusterIPs, no overlap', () => {
    const plan = planCluster(CLUSTER_PLAN_PRESETS.kubeadm);
    expect(plan).toMatchObject({
      fits: true,
      maxNodes: 256,
      podsPerNodeCidr: 254,
      serviceIps: 1_048_574,
      overlaps: [],
    });
    expect(messages(plan, 'info')).toEqual([
      'The pod CIDR 10.244.0.0/16 holds 256 node ranges of /24: room for your 20 nodes and 236 more.',
      "A /24 per node gives 254 usable addresses: enough for the kubelet's default 110 pods (a bridge plugin keeps one as the node's gateway).",
      'The Service range 10.96.0.0/12 gives 1,048,574 ClusterIPs; the first, 10.96.0.1, goes to the kubernetes Service (the API server).',
    ]);
    expect(plan.findings).toHaveLength(3);
    expect(plan.ranges.map((r) => [r.name, r.role, r.cidr, r.first, r.last, r.addresses])).toEqual([
      ['Pod CIDR', 'pods', '10.244.0.0/16', '10.244.0.0', '10.244.255.255', 65_536],
      ['Service CIDR', 'services', '10.96.0.0/12', '10.96.0.0', '10.111.255.255', 1_048_576],
      ['Node network', 'other', '192.168.0.0/24', '192.168.0.0', '192.168.0.255', 256],
    ]);
  });

  it('eks-vpc-cni: pods share the node subnets, 4,091 usable / 30 per node = 136 nodes', () => {
    const plan = planCluster(CLUSTER_PLAN_PRESETS['eks-vpc-cni']);
    expect(plan).toMatchObject({
      fits: true,
      maxNodes: 136,
      podsPerNodeCidr: 0,
      serviceIps: 65_534,
      overlaps: [],
    });
    expect(messages(plan, 'info')).toEqual([
      "With the VPC CNI there is no separate pod CIDR: each pod takes an address of its node's subnet, so the node CIDR mask size is not used. The node subnets 10.0.0.0/20 have 4,091 usable addresses (AWS keeps 5 in each subnet).",
      'Each node needs 1 address + 29 for pods = 30, so 50 nodes need 1,500: room for 136 nodes in all.',
      'The Service range 172.20.0.0/16 gives 65,534 ClusterIPs; the first, 172.20.0.1, goes to the kubernetes Service (the API server).',
      'The node subnets 10.0.0.0/20 lie inside VPC 10.0.0.0/16, as the VPC CNI needs.',
    ]);
    expect(messages(plan, 'warning')).toHaveLength(1);
    expect(messages(plan, 'warning')[0]).toContain('29 for an m5.large');
    expect(plan.ranges[0]?.name).toBe('Node subnets');
  });

  it('office-collision: the pods hit the branch office and the Services hit the VPN', () => {
    const plan = planCluster(CLUSTER_PLAN_PRESETS['office-collision']);
    expect(plan.fits).toBe(false);
    expect(plan.maxNodes).toBe(256);
    expect(plan.overlaps).toEqual([
      { a: 'Pod CIDR', b: 'Branch office', range: '10.244.32.0/20' },
      { a: 'Service CIDR', b: 'Office VPN', range: '10.100.0.0/16' },
    ]);
    expect(messages(plan, 'error')).toEqual([
      'The Pod CIDR 10.244.0.0/16 overlaps Branch office 10.244.32.0/20: both claim 10.244.32.0/20. Pods would get addresses that already belong to those hosts; replies go to the wrong place.',
      "The Service CIDR 10.96.0.0/12 overlaps Office VPN 10.100.0.0/16: both claim 10.100.0.0/16. A pod that connects to a host there whose address is also a ClusterIP reaches the Service instead, so those hosts are out of the cluster's reach.",
    ]);
  });

  it('office-collision: each clash is placed inside its range for the drawing', () => {
    const { ranges } = planCluster(CLUSTER_PLAN_PRESETS['office-collision']);
    const clashes = Object.fromEntries(ranges.map((r) => [r.name, r.clashes]));
    expect(clashes).toEqual({
      'Pod CIDR': [
        { with: 'Branch office', range: '10.244.32.0/20', offset: 0.125, fraction: 0.0625 },
      ],
      'Service CIDR': [
        { with: 'Office VPN', range: '10.100.0.0/16', offset: 0.25, fraction: 0.0625 },
      ],
      'Office LAN': [],
      'Office VPN': [{ with: 'Service CIDR', range: '10.100.0.0/16', offset: 0, fraction: 1 }],
      'Branch office': [{ with: 'Pod CIDR', range: '10.244.32.0/20', offset: 0, fraction: 1 }],
    });
  });
});

describe('planCluster: node ranges and pods per node', () => {
  it('300 nodes do not fit 256 ranges, and the fix is a /15', () => {
    const plan = planCluster(kubeadm({ nodes: 300 }));
    expect(plan.fits).toBe(false);
    expect(messages(plan, 'error')).toEqual([
      'The pod CIDR 10.244.0.0/16 holds 256 node ranges of /24; you asked for 300 nodes, so 44 would get no pod range and stay NotReady. A /15 pod CIDR would hold 512; a longer node mask also gives more, smaller ranges.',
    ]);
  });

  it('exactly 256 nodes fit, with no room left', () => {
    const plan = planCluster(kubeadm({ nodes: 256 }));
    expect(plan.fits).toBe(true);
    expect(messages(plan, 'info')[0]).toBe(
      'The pod CIDR 10.244.0.0/16 holds 256 node ranges of /24: room for your 256 nodes and 0 more.',
    );
  });

  it('a /26 per node has 62 addresses: too few for 110 pods', () => {
    const plan = planCluster(kubeadm({ nodeCidrMaskSize: 26 }));
    expect(plan).toMatchObject({ fits: false, maxNodes: 1024, podsPerNodeCidr: 62 });
    expect(messages(plan, 'error')).toEqual([
      "A /26 per node gives 62 usable addresses: not enough for the kubelet's default 110 pods. Pods past the last address fail to start; use a shorter node mask or lower maxPods to 61.",
    ]);
  });

  it('a /26 per node is enough for a maxPods of 60', () => {
    const plan = planCluster(kubeadm({ nodeCidrMaskSize: 26, maxPodsPerNode: 60 }));
    expect(plan.fits).toBe(true);
    expect(messages(plan, 'info')[1]).toBe(
      "A /26 per node gives 62 usable addresses: enough for a maxPods of 60 (a bridge plugin keeps one as the node's gateway).",
    );
  });

  it('maxPods defaults to 110 when left out', () => {
    const { maxPodsPerNode: _omitted, ...rest } = CLUSTER_PLAN_PRESETS.kubeadm;
    const plan = planCluster({ ...rest, nodeCidrMaskSize: 25 });
    expect(plan.fits).toBe(true);
    expect(messages(plan, 'info')[1]).toContain("the kubelet's default 110 pods");
  });

  it('a node mask shorter than the pod CIDR stops the node IPAM controller', () => {
    const plan = planCluster(kubeadm({ nodeCidrMaskSize: 14 }));
    expect(plan).toMatchObject({ fits: false, maxNodes: 0, podsPerNodeCidr: 262_142 });
    expect(messages(plan, 'error')[0]).toBe(
      "A /14 per node is bigger than the whole pod CIDR 10.244.0.0/16: the node IPAM controller in kube-controller-manager will not start with a --node-cidr-mask-size shorter than the cluster CIDR's /16, so no node gets a pod range. Use a mask of 16 or more.",
    );
  });

  it('a /32 per node has no usable address', () => {
    const plan = planCluster(kubeadm({ nodeCidrMaskSize: 32 }));
    expect(plan.podsPerNodeCidr).toBe(0);
    expect(plan.maxNodes).toBe(65_536);
    expect(plan.fits).toBe(false);
  });

  it('warns past 5,000 nodes and 110 pods per node', () => {
    const plan = planCluster(
      kubeadm({
        podCidr: '10.0.0.0/8',
        serviceCidr: '172.16.0.0/12',
        nodes: 6000,
        maxPodsPerNode: 250,
      }),
    );
    expect(plan.fits).toBe(true);
    expect(messages(plan, 'warning')).toEqual([
      'Kubernetes is designed for clusters of up to 5,000 nodes; 6,000 is past that.',
      'Kubernetes is designed for up to 110 pods per node; 250 is past that, so test it first.',
    ]);
  });
});

describe('planCluster: the Service range', () => {
  it('a /8 is a warning: kubeadm refuses more than 20 host bits, kube-apiserver v1.34+ does not', () => {
    const plan = planCluster(kubeadm({ serviceCidr: '172.0.0.0/8' }));
    expect(plan.serviceIps).toBe(16_777_214);
    expect(messages(plan, 'error')).toEqual([]);
    expect(messages(plan, 'warning')).toEqual([
      'The Service range 172.0.0.0/8 is larger than a /12: kubeadm refuses a serviceSubnet with more than 20 host bits (and kube-apiserver did too up to v1.33; since v1.34 it accepts any IPv4 size). A range this large also claims more addresses that your other networks may use. /12 already gives 1,048,574 ClusterIPs.',
      'The Service CIDR 172.0.0.0/8 is not in a private block (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or 100.64.0.0/10): pods could not reach the public hosts that own those addresses.',
    ]);
  });

  it('a /28 gives 14 ClusterIPs, with a warning that it is tight', () => {
    const plan = planCluster(kubeadm({ serviceCidr: '10.96.0.0/28' }));
    expect(plan.fits).toBe(true);
    expect(plan.serviceIps).toBe(14);
    expect(messages(plan, 'warning')).toEqual([
      'The Service range 10.96.0.0/28 gives 14 ClusterIPs; the first, 10.96.0.1, goes to the kubernetes Service (the API server). Every Service takes one: that is tight.',
    ]);
  });

  it('a /31 and a /32 hold no ClusterIP', () => {
    for (const serviceCidr of ['10.96.0.0/31', '10.96.0.0/32']) {
      const plan = planCluster(kubeadm({ serviceCidr }));
      expect(plan.serviceIps).toBe(0);
      expect(plan.fits).toBe(false);
    }
  });

  it('pods and Services in the same block collide', () => {
    const plan = planCluster(kubeadm({ podCidr: '10.96.0.0/16' }));
    expect(plan.overlaps).toEqual([{ a: 'Pod CIDR', b: 'Service CIDR', range: '10.96.0.0/16' }]);
    expect(messages(plan, 'error')).toEqual([
      'The Pod CIDR 10.96.0.0/16 overlaps Service CIDR 10.96.0.0/12: both claim 10.96.0.0/16. Pod and Service ranges must not share addresses; give them separate blocks.',
    ]);
  });

  it('two outside networks that overlap are reported too', () => {
    const plan = planCluster(
      kubeadm({
        otherRanges: [
          { name: 'VPC', cidr: '172.31.0.0/16' },
          { name: 'Peered VPC', cidr: '172.31.128.0/17' },
        ],
      }),
    );
    expect(plan.overlaps).toEqual([{ a: 'VPC', b: 'Peered VPC', range: '172.31.128.0/17' }]);
    expect(messages(plan, 'error')[0]).toContain('Routers cannot tell the two networks apart.');
  });

  it('warns when a range is public address space', () => {
    const plan = planCluster(kubeadm({ podCidr: '8.8.0.0/16' }));
    expect(plan.fits).toBe(true);
    expect(messages(plan, 'warning')).toEqual([
      'The Pod CIDR 8.8.0.0/16 is not in a private block (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or 100.64.0.0/10): pods could not reach the public hosts that own those addresses.',
    ]);
  });

  it('accepts the shared space 100.64.0.0/10 for pods without a warning', () => {
    const plan = planCluster(kubeadm({ podCidr: '100.64.0.0/16' }));
    expect(messages(plan, 'warning')).toEqual([]);
  });
});

describe('planCluster in vpc-cni mode', () => {
  it('too many nodes for the subnets is an error', () => {
    const plan = planCluster(eks({ nodes: 200 }));
    expect(plan.fits).toBe(false);
    expect(messages(plan, 'error')).toEqual([
      'Each node needs 1 address + 29 for pods = 30, so 200 nodes need 6,000, but 10.0.0.0/20 has 4,091: room for only 136 nodes. Use bigger subnets or fewer pods per node.',
    ]);
  });

  it('EKS refuses a Service range outside /24../12 or outside the private blocks', () => {
    const small = planCluster(eks({ serviceCidr: '172.20.0.0/25' }));
    expect(messages(small, 'error')).toEqual([
      'EKS accepts a Service range from /24 to /12; 172.20.0.0/25 is not. Without one, EKS picks 10.100.0.0/16 or 172.20.0.0/16.',
    ]);
    const shared = planCluster(eks({ serviceCidr: '100.64.0.0/16' }));
    expect(messages(shared, 'error')).toEqual([
      'EKS wants the Service range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; 100.64.0.0/16 is not.',
    ]);
  });

  it('a Service range inside the VPC collides with it', () => {
    const plan = planCluster(eks({ serviceCidr: '10.0.128.0/20' }));
    expect(plan.overlaps).toEqual([{ a: 'Service CIDR', b: 'VPC', range: '10.0.128.0/20' }]);
  });

  it('asks for the VPC when no other range holds the node subnets', () => {
    const plan = planCluster(eks({ otherRanges: [] }));
    expect(messages(plan, 'warning')).toContain(
      "Add your VPC's CIDR to the other networks: the node subnets 10.0.0.0/20 must lie inside it.",
    );
  });

  it('an office network inside the node subnets still collides', () => {
    const plan = planCluster(
      eks({
        otherRanges: [
          { name: 'VPC', cidr: '10.0.0.0/16' },
          { name: 'Office', cidr: '10.0.4.0/24' },
        ],
      }),
    );
    expect(plan.overlaps).toEqual([
      { a: 'Node subnets', b: 'Office', range: '10.0.4.0/24' },
      { a: 'VPC', b: 'Office', range: '10.0.4.0/24' },
    ]);
  });

  it('ignores the node mask, and flags a range that cannot be one AWS subnet', () => {
    const plan = planCluster(eks({ nodeCidrMaskSize: Number.NaN, podCidr: '10.0.0.0/29' }));
    expect(plan.maxNodes).toBe(0);
    expect(messages(plan, 'warning')).toContain(
      'An AWS subnet is from /16 to /28; 10.0.0.0/29 is too small for one.',
    );
  });
});

describe('planCluster refuses unreadable input, naming the field', () => {
  it.each([
    ['podCidr', kubeadm({ podCidr: '10.244.0.0' })],
    ['serviceCidr', kubeadm({ serviceCidr: '10.96.0.1/12' })],
    ['nodes', kubeadm({ nodes: 0 })],
    ['nodes', kubeadm({ nodes: 2.5 })],
    ['nodes', kubeadm({ nodes: Number.NaN })],
    ['maxPodsPerNode', kubeadm({ maxPodsPerNode: 0 })],
    ['nodeCidrMaskSize', kubeadm({ nodeCidrMaskSize: 33 })],
    ['nodeCidrMaskSize', kubeadm({ nodeCidrMaskSize: Number.NaN })],
    ['otherRanges.0.name', kubeadm({ otherRanges: [{ name: '  ', cidr: '10.0.0.0/8' }] })],
    [
      'otherRanges.1.cidr',
      kubeadm({
        otherRanges: [
          { name: 'A', cidr: '10.0.0.0/8' },
          { name: 'B', cidr: 'x' },
        ],
      }),
    ],
    [
      'otherRanges.1.name',
      kubeadm({
        otherRanges: [
          { name: 'A', cidr: '10.0.0.0/8' },
          { name: 'A', cidr: '10.1.0.0/16' },
        ],
      }),
    ],
    ['otherRanges.0.name', kubeadm({ otherRanges: [{ name: 'Pod CIDR', cidr: '10.0.0.0/8' }] })],
    ['mode', kubeadm({ mode: 'calico' as 'overlay' })],
  ])('%s', (field, input) => {
    expect(fieldOf(() => planCluster(input))).toBe(field);
  });

  it('says what is wrong with a number', () => {
    expect(() => planCluster(kubeadm({ nodes: 0 }))).toThrow(
      'The number of nodes must be from 1 to 1,000,000; it is 0.',
    );
    expect(() => planCluster(kubeadm({ nodes: 2.5 }))).toThrow(
      'The number of nodes must be a whole number (e.g. 3).',
    );
  });
});
