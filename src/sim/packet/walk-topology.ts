import type { RangeStyle, WalkCluster } from './walk-cluster';
import { WALK_CLUSTERS } from './walk-cluster-data';
import type { WalkStyle } from './walk-types';

/** A node of the walk's fixed cluster, with the devices the style puts on it. */
export interface WalkNode {
  readonly name: string;
  readonly ip: string;
  readonly mac: string;
  /** The node's pod range (a /24 podCIDR, a Calico /26 block, or the VPC subnet for vpc-cni). */
  readonly podCidr: string;
  /** The pods' gateway device on this node: cni0, cilium_host, or none for the /32-routed styles. */
  readonly gatewayDevice: string;
  /** The address of that device (cni0's .1, cilium_host's IP, flannel.1's .0 for vxlan is separate). */
  readonly gatewayIp: string;
  readonly gatewayMac: string;
  /** flannel.1's address and MAC (vxlan only). */
  readonly tunnelIp: string;
  readonly tunnelMac: string;
  /** The node network's router, the node's default gateway. */
  readonly routerIp: string;
  readonly routerMac: string;
  /** vpc-cni only: the MAC of the node's secondary ENI (eth1). */
  readonly secondaryEniMac: string;
}

/** A pod of the walk's fixed cluster: its eth0 and the host end of its veth pair. */
export interface WalkPod {
  readonly name: string;
  readonly node: WalkNode;
  readonly ip: string;
  readonly mac: string;
  readonly hostVeth: string;
  readonly hostVethMac: string;
  /** vpc-cni only: the ENI that owns the pod's IP ("eth0" primary, "eth1" secondary). */
  readonly eni: string;
}

/** The fixed two-node cluster a walk runs on: web-1 and web-2 on node-1, web-3 on node-2. */
export interface Topology {
  readonly style: WalkStyle;
  readonly nodes: readonly [WalkNode, WalkNode];
  readonly client: WalkPod;
  readonly neighbour: WalkPod;
  readonly remote: WalkPod;
  /** The pod range of the whole cluster (the VPC CIDR for vpc-cni). */
  readonly clusterCidr: string;
}

/** A MAC address built from a two-byte prefix and an IPv4 address, like the CNI bridge plugin's 0a:58 MACs. */
export function macFromIp(prefix: string, ip: string): string {
  const bytes = ip.split('.').map((octet) => Number(octet).toString(16).padStart(2, '0'));
  return `${prefix}:${bytes.join(':')}`;
}

/** The fixed cluster for a style; the range-based styles use the engine's own addressing (walk-cluster.ts). */
export function topologyFor(style: WalkStyle): Topology {
  if (style === 'vpc-cni') return vpcTopology();
  return topologyFromCluster(style, WALK_CLUSTERS[style]);
}

/** Turns the engine's cluster state into the walk's nodes and pods with the style's device names. */
function topologyFromCluster(style: RangeStyle, cluster: WalkCluster): Topology {
  const nodes = cluster.nodes.map((node, index) => {
    const gatewayIp = style === 'bgp' ? '169.254.1.1' : node.gateway;
    return {
      name: node.name,
      ip: node.ip,
      mac: `52:54:00:12:00:${(10 + index).toString(16).padStart(2, '0')}`,
      podCidr: node.podCidr,
      gatewayDevice: { vxlan: 'cni0', bgp: '', ebpf: 'cilium_host' }[style],
      gatewayIp,
      gatewayMac:
        style === 'bgp'
          ? 'ee:ee:ee:ee:ee:ee'
          : macFromIp(style === 'vxlan' ? '0a:58' : 'c6:3e', node.gateway),
      // flannel.1 takes the network address of the node's podCIDR (10.244.1.0 for 10.244.1.0/24).
      tunnelIp: node.podCidr.split('/')[0] ?? '',
      tunnelMac: `6e:a2:41:0b:5c:0${String(index + 1)}`,
      secondaryEniMac: '',
      routerIp: '192.168.0.1',
      routerMac: '52:54:00:12:00:01',
    };
  });
  const [first, second] = nodes;
  if (!first || !second) throw new Error('topologyFromCluster needs two nodes');
  const pods = cluster.pods.map((pod) =>
    walkPod(style, pod.name, pod.ip, pod.node === 'node-1' ? first : second, pod.hostVeth),
  );
  const [client, neighbour, remote] = pods;
  if (!client || !neighbour || !remote) throw new Error('topologyFromCluster needs three pods');
  return {
    style,
    nodes: [first, second],
    client,
    neighbour,
    remote,
    clusterCidr: cluster.clusterCidr,
  };
}

/** A pod with the veth names and MACs the style's CNI plugin gives it. */
function walkPod(
  style: WalkStyle,
  name: string,
  ip: string,
  node: WalkNode,
  veth: string,
): WalkPod {
  const suffix = veth.slice(4);
  const hostVeth = {
    vxlan: veth,
    bgp: `cali${suffix}a1b`,
    ebpf: `lxc${suffix}c2d4`,
    'vpc-cni': `eni${suffix}e3f`,
  }[style];
  const hostVethMac = style === 'bgp' ? 'ee:ee:ee:ee:ee:ee' : macFromIp('7e:1d', ip);
  const podPrefix = { vxlan: '0a:58', bgp: 'b2:4c', ebpf: 'a6:5f', 'vpc-cni': '3a:9e' }[style];
  return { name, node, ip, mac: macFromIp(podPrefix, ip), hostVeth, hostVethMac, eni: 'eth0' };
}

/** The VPC CIDR of the fixed EKS cluster (eksctl's default). */
export const VPC_CIDR = '192.168.0.0/16';

/** A node of the EKS cluster: its primary ENI is eth0, a secondary ENI eth1; pods use 169.254.1.1 as gateway. */
function vpcNode(name: string, ip: string, subnet: string, mac: string, eth1Mac: string): WalkNode {
  // The VPC router is the subnet's network address + 1; these subnets end in .0, so .1.
  const octets = (subnet.split('/')[0] ?? '').split('.');
  const router = [...octets.slice(0, 3), '1'].join('.');
  return {
    name,
    ip,
    mac,
    podCidr: subnet,
    gatewayDevice: '',
    gatewayIp: '169.254.1.1',
    gatewayMac: '',
    tunnelIp: '',
    tunnelMac: '',
    secondaryEniMac: eth1Mac,
    routerIp: router,
    routerMac: `0e:00:00:00:${Number(octets[2]).toString(16).padStart(2, '0')}:01`,
  };
}

/**
 * The EKS cluster: pod IPs are secondary IPs of the nodes' ENIs in the VPC subnets. web-1 sits on
 * node-1's secondary ENI (eth1) so its traffic shows the per-ENI policy routing.
 */
function vpcTopology(): Topology {
  const first = vpcNode(
    'node-1',
    '192.168.10.20',
    '192.168.0.0/19',
    '0e:1a:2b:3c:4d:01',
    '0e:1a:2b:3c:4d:02',
  );
  const second = vpcNode(
    'node-2',
    '192.168.40.30',
    '192.168.32.0/19',
    '0e:5f:6a:7b:8c:01',
    '0e:5f:6a:7b:8c:02',
  );
  const client = {
    ...walkPod('vpc-cni', 'web-1', '192.168.10.41', first, 'veth5d8a1c3b'),
    eni: 'eth1',
  };
  const neighbour = walkPod('vpc-cni', 'web-2', '192.168.10.87', first, 'veth0f6e9b27');
  const remote = walkPod('vpc-cni', 'web-3', '192.168.45.12', second, 'veth81c4d5e0');
  return {
    style: 'vpc-cni',
    nodes: [first, second],
    client,
    neighbour,
    remote,
    clusterCidr: VPC_CIDR,
  };
}
