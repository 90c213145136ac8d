import type { WalkPath, WalkStyle } from './walk-types';

/** What each style's walk assumes, and where real clusters differ. */
const STYLE_NOTES: Record<WalkStyle, string> = {
  vxlan:
    "Flannel's VXLAN device uses UDP port 8472 on Linux, the kernel's default, not the IANA port 4789 (its Port option changes it; Windows must use 4789). VNI 1. The 50 bytes of outer headers come off the pod MTU: 1500 on the node network leaves 1450 for pods (9001 leaves 8951).",
  bgp: 'Calico here runs with IPIP and VXLAN off (pure BGP routing): that works only when the node network carries pod addresses as they are, for example nodes on one layer-2 segment or routers that peer with BIRD. Calico’s CrossSubnet mode encapsulates only between subnets.',
  ebpf: 'Cilium here uses native routing with autoDirectNodeRoutes, so nothing is encapsulated and pods can use the full node MTU. Its default tunnel mode would wrap packets in VXLAN on UDP 8472 and cost 50 bytes, like Flannel. With kube-proxy replacement there are no iptables rules for Services, and with eBPF masquerading (bpf.masquerade) on, none for SNAT either: eBPF maps do the work.',
  'vpc-cni':
    'With the AWS VPC CNI pod IPs are real VPC addresses (secondary IPs of the node’s ENIs): security groups, flow logs and route tables see pod IPs, and nothing is encapsulated. The CNI sets the ENI MTU to 9001 by default (AWS_VPC_ENI_MTU).',
};

/** What each path's walk assumes, and where real clusters differ. */
const PATH_NOTES: Record<WalkPath, string> = {
  'same-node': 'The packet never leaves the node, so the node network, and its MTU, play no part.',
  'cross-node':
    'Pod-to-pod traffic is never NATed: the destination pod sees the source pod’s own IP, as the Kubernetes network model requires.',
  'to-service':
    'kube-proxy picks a backend per connection, not per packet: after the first packet conntrack sends every packet of the connection to the same pod. The walk’s seed stands in for that coin toss.',
  'to-internet':
    'The node’s own address is usually private too, so the network’s NAT gateway or internet gateway translates it once more on the way out.',
  nodeport:
    'NodePorts come from 30000–32767 by default. With externalTrafficPolicy: Cluster (the default) the node masquerades, so the pod sees a node address instead of the client; with Local the client IP is kept but only pods on the receiving node serve the traffic. The walk shows the backend on the other node.',
};

/** To a Service with Cilium's kube-proxy replacement: no kube-proxy, no conntrack DNAT entry. */
const EBPF_SERVICE_NOTE =
  'With kube-proxy replacement, Cilium picks the backend once, when the pod calls connect(), and the socket talks to that pod from then on: no kube-proxy rule and no conntrack DNAT entry are involved. The walk’s seed stands in for that pick.';

/** The notes for a walk: the style's assumptions, then the path's. */
export function walkNotes(style: WalkStyle, path: WalkPath): string[] {
  const pathNote = path === 'to-service' && style === 'ebpf' ? EBPF_SERVICE_NOTE : PATH_NOTES[path];
  return [STYLE_NOTES[style], pathNote];
}
