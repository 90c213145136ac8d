/** What a cluster's pod network is built from: the kube-controller-manager and kubelet settings. */
export interface PodNetworkConfig {
  /** --cluster-cidr: the block every pod IP comes from, e.g. "10.244.0.0/16". */
  clusterCidr: string;
  /** --node-cidr-mask-size: the prefix length of each node's podCIDR (Kubernetes default 24). */
  nodeCidrMaskSize: number;
  /** The kubelet's maxPods (default 110); hostNetwork pods count too. */
  maxPodsPerNode?: number;
  /** The network the nodes themselves sit on (default "192.168.0.0/24"; node IPs from .10 up). */
  nodeSubnet?: string;
  /** The name of each node's own network interface (default "eth0"; "ens5" on many EC2 types). */
  nodeInterface?: string;
}

/** A validated configuration with every default filled in and every CIDR written canonically. */
export interface ResolvedConfig {
  readonly clusterCidr: string;
  readonly nodeCidrMaskSize: number;
  readonly maxPodsPerNode: number;
  readonly nodeSubnet: string;
  readonly nodeInterface: string;
}

/** A node: its own address on the node network and the pod range the node IPAM controller gave it. */
export interface NodeState {
  readonly name: string;
  /** The node's IP on its own interface (the InternalIP). */
  readonly ip: string;
  /** The node's own interface, e.g. "eth0". */
  readonly interface: string;
  /** spec.podCIDR, e.g. "10.244.1.0/24". */
  readonly podCidr: string;
  /** The Linux bridge the CNI bridge plugin plugs pods into. */
  readonly bridge: string;
  /** The bridge's address: the first usable address of the podCIDR, the pods' default gateway. */
  readonly gateway: string;
  /** The last address host-local IPAM handed out on this node; the next search starts after it. */
  readonly lastReservedIp: string | null;
}

/** A pod: its IP and, unless it uses the host network, the host end of its veth pair. */
export interface PodState {
  readonly name: string;
  readonly namespace: string;
  readonly node: string;
  /** status.podIP: from the node's podCIDR, or the node's own IP for a hostNetwork pod. */
  readonly ip: string;
  readonly hostNetwork: boolean;
  /** The veth in the node's root namespace that is the other end of the pod's eth0 (null for hostNetwork). */
  readonly hostVeth: string | null;
}

/** The whole simulated cluster; every action returns a new one and never changes the old. */
export interface ClusterState {
  readonly config: ResolvedConfig;
  readonly nodes: readonly NodeState[];
  /** Pods in the order they were created. Pod names are unique across the whole cluster here. */
  readonly pods: readonly PodState[];
  /** Where the node IPAM controller's range allocator looks first for the next free podCIDR. */
  readonly nextRangeIndex: number;
  /** The last number used in generated names (node-N, web-N). */
  readonly nameCounters: { readonly node: number; readonly pod: number };
}

/** What addPod needs: the node, and optionally a name, a namespace and hostNetwork. */
export interface AddPodOptions {
  node: string;
  name?: string;
  namespace?: string;
  hostNetwork?: boolean;
}

/** One end of a trace: a pod, or a node's own network stack. */
export type Endpoint = { readonly pod: string } | { readonly node: string };

/** Where a packet's path goes: within one network namespace, within one node, or across nodes. */
export type TraceScope = 'loopback' | 'same-node' | 'cross-node';

/** One step of a packet's path, named after the real device, with the addresses it carries there. */
export interface PathHop {
  readonly location: string;
  readonly device: string;
  readonly detail: string;
  readonly src: string;
  readonly dst: string;
}

/** The whole path of one packet between two endpoints. */
export interface PathTrace {
  readonly scope: TraceScope;
  readonly srcIp: string;
  readonly dstIp: string;
  /** The Kubernetes network model: no address translation between pods, or between a node and its pods. */
  readonly nat: false;
  readonly hops: readonly PathHop[];
  readonly summary: string;
  /** Caveats about real clusters that the plain routed model leaves out. */
  readonly notes: readonly string[];
}
