/** Which journey the packet makes: between two pods, to a Service, out to the internet, or in via a NodePort. */
export type WalkPath = 'same-node' | 'cross-node' | 'to-service' | 'to-internet' | 'nodeport';

/** How the cluster's pod network is built: Flannel-style VXLAN, Calico-style BGP, Cilium-style eBPF, or the AWS VPC CNI. */
export type WalkStyle = 'vxlan' | 'bgp' | 'ebpf' | 'vpc-cni';

/** Every path, in the order the lesson teaches them. */
export const WALK_PATHS: readonly WalkPath[] = [
  'same-node',
  'cross-node',
  'to-service',
  'to-internet',
  'nodeport',
];

/** Every style, in the order the lesson teaches them. */
export const WALK_STYLES: readonly WalkStyle[] = ['vxlan', 'bgp', 'ebpf', 'vpc-cni'];

/** What walkPacket is asked to show. */
export interface WalkScenario {
  readonly path: WalkPath;
  readonly style: WalkStyle;
  /** AWS_VPC_K8S_CNI_EXTERNALSNAT (vpc-cni only): true leaves SNAT to a NAT gateway. Default false. */
  readonly externalSnat?: boolean;
  /** The MTU of the node network (default 1500; 9001 is AWS jumbo frames). */
  readonly underlayMtu?: number;
  /** The MTU the CNI configured on the pod's eth0 (default: the right value for the style). */
  readonly podMtu?: number;
  /** Stands in for kube-proxy's random pick of a Service backend: even → web-2 (same node), odd → web-3. Default 1. */
  readonly seed?: number;
}

/** The addresses and ports of the packet the pods see (the only header when nothing is encapsulated). */
export interface InnerHeaders {
  readonly srcMac: string;
  readonly dstMac: string;
  readonly srcIp: string;
  readonly dstIp: string;
  readonly proto: 'TCP' | 'UDP' | 'ICMP';
  readonly srcPort: number;
  readonly dstPort: number;
}

/** The VXLAN wrapper around the inner frame while it crosses the node network. */
export interface OuterHeaders {
  readonly srcMac: string;
  readonly dstMac: string;
  readonly srcIp: string;
  readonly dstIp: string;
  /** The outer UDP destination port (IANA 4789; the Linux kernel and Flannel default to 8472). */
  readonly udpDstPort: number;
  /** The VXLAN Network Identifier (Flannel uses 1). */
  readonly vni: number;
}

/** The headers of the packet at one hop. */
export interface HeaderStack {
  readonly inner: InnerHeaders;
  /** Present only while the packet is encapsulated. */
  readonly outer?: OuterHeaders;
}

/** The kinds of address translation a hop can do. */
export type NatKind = 'DNAT' | 'SNAT' | 'un-DNAT' | 'un-SNAT';

/** One step of the walk: where the packet is, which device, what happens and which rule did it. */
export interface PacketHop {
  readonly id: string;
  /** A node name, or "wire", "VPC", "internet", "client". */
  readonly at: string;
  /** The interface (or bridge, or eBPF hook) the packet is at. */
  readonly device: string;
  /** A plain sentence saying what happens here. */
  readonly action: string;
  /** The route, iptables rule, eBPF map entry or FDB entry that moved it, printed like the real tool. */
  readonly rule?: string;
  readonly headers: HeaderStack;
  /** Set on the hop where an address is rewritten. */
  readonly nat?: NatKind;
}

/** One address rewrite: which hop, which field, from what to what, and who did it. */
export interface NatEvent {
  readonly hopId: string;
  readonly kind: NatKind;
  readonly field: 'src' | 'dst';
  readonly from: string;
  readonly to: string;
  readonly by: string;
}

/** Whether the pod MTU fits inside the node network once the encapsulation overhead is paid. */
export interface MtuReport {
  readonly underlay: number;
  /** Bytes the encapsulation adds (50 for VXLAN over IPv4, 0 for routed styles). */
  readonly overhead: number;
  readonly podMtu: number;
  /** The largest pod MTU that fits: underlay − overhead. */
  readonly maxPodMtu: number;
  readonly ok: boolean;
  /** What breaks, in plain words, when ok is false. */
  readonly problem?: string;
}

/** A pod of the walk's fixed cluster, for legends: its node, IP, MAC and the host end of its veth. */
export interface WalkPodInfo {
  readonly name: string;
  readonly node: string;
  readonly ip: string;
  readonly mac: string;
  readonly hostVeth: string;
}

/** A node of the walk's fixed cluster, for legends: its IP and its pod range. */
export interface WalkNodeInfo {
  readonly name: string;
  readonly ip: string;
  readonly podCidr: string;
}

/** The whole walk: the request's hops, the reply's hops where NAT must be undone, and what to notice. */
export interface PacketWalk {
  readonly scenario: WalkScenario;
  readonly hops: readonly PacketHop[];
  /** For to-service, nodeport and to-internet: the reply, with conntrack undoing the NAT. */
  readonly reply?: readonly PacketHop[];
  readonly summary: string;
  readonly nats: readonly NatEvent[];
  readonly mtu: MtuReport;
  readonly notes: readonly string[];
  /** The fixed cluster the walk ran on: web-1 and web-2 on node-1, web-3 on node-2. */
  readonly nodes: readonly WalkNodeInfo[];
  readonly pods: readonly WalkPodInfo[];
}
