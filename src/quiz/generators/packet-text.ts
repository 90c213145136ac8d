import type { PacketHop, PacketWalk, WalkPath, WalkStyle } from '~/sim/packet';

// The words the packet generator shows: how a style and a path are described, how a hop and a
// NAT are named in an option, and the device legend the stem carries.

export const PACKET_TAGS = ['k8s:cni'];
export const PACKET_LESSON = 'pod-networking/under-the-hood#follow-a-packet';
export const NO_NAT_TEXT = 'Nowhere: no address is rewritten on the way';

export const PACKET_REFERENCES = [
  {
    title: 'Kubernetes documentation: Cluster Networking',
    url: 'https://kubernetes.io/docs/concepts/cluster-administration/networking/',
  },
  {
    title: 'Kubernetes documentation: Virtual IPs and Service Proxies',
    url: 'https://kubernetes.io/docs/reference/networking/virtual-ips/',
  },
];

/** How the stem describes each style. */
export const STYLE_TEXT: Record<WalkStyle, string> = {
  vxlan: 'Flannel-style VXLAN overlay (cni0 bridge, flannel.1 VXLAN device)',
  bgp: 'Calico-style BGP routing (cali veths, /32 routes, IPIP off)',
  ebpf: 'Cilium-style eBPF (lxc veths, native routing, kube-proxy replacement)',
  'vpc-cni': 'AWS VPC CNI (pod IPs from the VPC subnets, eni veths)',
};

/** How the stem describes each path. */
export const PATH_TEXT: Record<WalkPath, string> = {
  'same-node': 'web-1 connects to web-2 on the same node (node-1)',
  'cross-node': 'web-1 on node-1 connects to web-3 on node-2',
  'to-service':
    'web-1 on node-1 connects to the ClusterIP of Service web; the backend picked is web-3 on node-2',
  'to-internet': 'web-1 on node-1 connects to a server on the internet',
  nodeport:
    'a client outside the cluster connects to the NodePort of Service web on node-1; the backend picked is web-3 on node-2',
};

/** An option naming a hop: its device and where that device is. */
export function hopText(hop: PacketHop): string {
  return `${hop.device} — ${hop.at}`;
}

/** An option naming a translation at a hop. */
export function natText(kind: string, field: 'src' | 'dst', hop: PacketHop): string {
  return `${kind} of the ${field === 'src' ? 'source' : 'destination'} at ${hopText(hop)}`;
}

/** The legend of the cluster: node IPs and each pod's IP and host-side veth, so options can be told apart. */
export function clusterLegend(walk: PacketWalk): string {
  const nodes = walk.nodes.map((node) => `${node.name} ${node.ip}`).join(', ');
  const pods = walk.pods
    .map((pod) => `${pod.name} on ${pod.node}: IP ${pod.ip}, host veth ${pod.hostVeth}`)
    .join('; ');
  return `Nodes: ${nodes}. Pods: ${pods}.`;
}
