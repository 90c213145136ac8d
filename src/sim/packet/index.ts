/**
 * The pod network engine: a cluster's nodes get podCIDRs from the cluster CIDR (like the node IPAM
 * controller), pods get IPs from their node's podCIDR (like the CNI bridge + host-local plugins),
 * and tracePath follows a packet through eth0, veth, cni0 and the node network — with no NAT.
 * Pure and immutable: every action returns a new ClusterState; bad input throws an InputError.
 *
 * @example
 * let cluster = createCluster({ clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 });
 * cluster = addNode(cluster); // node-1: podCIDR 10.244.0.0/24, cni0 10.244.0.1, IP 192.168.0.10
 * cluster = addNode(cluster); // node-2: podCIDR 10.244.1.0/24
 * cluster = addPod(cluster, { node: 'node-1' }); // web-1: 10.244.0.2
 * cluster = addPod(cluster, { node: 'node-2' }); // web-2: 10.244.1.2
 * const trace = tracePath(cluster, { pod: 'web-1' }, { pod: 'web-2' });
 * trace.scope; // 'cross-node'
 * trace.summary; // 'The packet leaves node-1 and crosses the node network to node-2; its source …'
 *
 * walkPacket grows the same model into a hop-by-hop packet walker for four pod-network styles
 * (Flannel-style vxlan, Calico-style bgp, Cilium-style ebpf, the AWS vpc-cni) on a fixed two-node
 * cluster built with createCluster/addNode/addPod: every device, the rule that moved the packet
 * (as ip route, iptables-save, bridge fdb or cilium-dbg print it), inner and VXLAN outer headers,
 * every DNAT/SNAT and its reversal on the reply, and whether the pod MTU fits the node network.
 * const walk = walkPacket({ path: 'cross-node', style: 'vxlan' });
 * walk.hops[2]; // { id: 'h3', at: 'node-1', device: 'flannel.1', headers: { inner, outer: { udpDstPort: 8472, vni: 1, … } }, … }
 * walkPacket({ path: 'to-service', style: 'bgp' }).nats; // [DNAT at h3 by kube-proxy, un-DNAT at r7 by conntrack]
 * mtuFor('vxlan', 9001).maxPodMtu; // 8951
 */
export * from './cluster';
export { walkPacket } from './walk';
export { mtuFor, VXLAN_OVERHEAD, DEFAULT_UNDERLAY_MTU, MIN_MTU, MAX_MTU } from './walk-mtu';
export { WALK_PATHS, WALK_STYLES } from './walk-types';
export type {
  HeaderStack,
  InnerHeaders,
  MtuReport,
  NatEvent,
  NatKind,
  OuterHeaders,
  PacketHop,
  PacketWalk,
  WalkNodeInfo,
  WalkPath,
  WalkPodInfo,
  WalkScenario,
  WalkStyle,
} from './walk-types';
