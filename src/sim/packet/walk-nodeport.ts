import type { WalkContext } from './walk-context';
import type { OutNat } from './walk-driver';
import { endpoint, plainHop, reversed, rewritten, withNat } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import type { PathDrafts } from './walk-service';
import {
  KUBE_MASQUERADE_RULE,
  SERVICE,
  ciliumServiceEntry,
  conntrackEntry,
  nodePortRules,
} from './walk-service-rules';

/** The client outside the cluster that connects to the NodePort, and its source port. */
export const EXTERNAL_CLIENT = { ip: '198.51.100.20', port: 51000 } as const;

/** The source address node-1 masquerades to: MASQUERADE takes the outgoing interface's address. */
function masqueradeSource(context: WalkContext): string {
  const node = context.topology.nodes[0];
  return context.scenario.style === 'vxlan' ? node.tunnelIp : node.ip;
}

/** The SNAT node-1 does before forwarding to a pod on node-2 (externalTrafficPolicy: Cluster). */
function nodePortSnat(context: WalkContext, dnatted: Flow): OutNat {
  const to = masqueradeSource(context);
  if (context.scenario.style === 'ebpf') {
    return {
      to,
      by: 'Cilium eBPF NodePort (SNAT mode)',
      rule: `cilium-dbg bpf nat list → TCP OUT ${endpoint(dnatted.srcIp, dnatted.srcPort)} -> ${endpoint(dnatted.dstIp, dnatted.dstPort)} XLATE_SRC ${endpoint(to, dnatted.srcPort)}`,
    };
  }
  return {
    to,
    by: 'kube-proxy (iptables MASQUERADE, externalTrafficPolicy: Cluster)',
    rule: KUBE_MASQUERADE_RULE,
  };
}

/** A client outside the cluster connects to node-1's NodePort; the backend here is web-3 on node-2. */
export function nodePort(context: WalkContext): PathDrafts {
  const { topology, driver, scenario } = context;
  const [node, other] = topology.nodes;
  const backend = topology.remote;
  const backends = [topology.neighbour, backend] as const;
  const ebpf = scenario.style === 'ebpf';
  const request: Flow = {
    srcIp: EXTERNAL_CLIENT.ip,
    srcPort: EXTERNAL_CLIENT.port,
    dstIp: node.ip,
    dstPort: SERVICE.nodePort,
    proto: 'TCP',
  };
  const frontend = endpoint(node.ip, SERVICE.nodePort);
  const target = endpoint(backend.ip, SERVICE.targetPort);
  const dnatted = rewritten(request, 'dst', backend.ip, SERVICE.targetPort);
  const snat = nodePortSnat(context, dnatted);
  const arrival = withNat(
    plainHop(
      node.name,
      ebpf ? 'eth0 (tc ingress)' : 'eth0',
      ebpf
        ? `Cilium's eBPF program on eth0 finds ${frontend} in its service map (kube-proxy replacement) and rewrites the destination to ${target}, before the packet reaches the node's iptables.`
        : `In PREROUTING, KUBE-SERVICES sends packets for a local address to KUBE-NODEPORTS, which matches port ${String(SERVICE.nodePort)}, marks the connection for masquerading and DNATs it to ${target}, chosen at random among the Service's endpoints.`,
      dnatted,
      [node.routerMac, node.mac],
      ebpf ? ciliumServiceEntry(frontend, 'NodePort', backends) : nodePortRules(backends, backend),
    ),
    'DNAT',
    'dst',
    frontend,
    target,
    ebpf ? 'Cilium eBPF NodePort' : 'kube-proxy (iptables)',
  );
  const natted = rewritten(dnatted, 'src', snat.to, dnatted.srcPort);
  const hops: HopDraft[] = [
    plainHop(
      'internet',
      `client ${EXTERNAL_CLIENT.ip}`,
      `A client outside the cluster connects to ${frontend}: ${node.name}'s IP and the Service's NodePort (NodePorts come from 30000–32767).`,
      request,
      [node.routerMac, node.mac],
    ),
    arrival,
    ...driver.travel(node, 'eth0', other, backend.eni, dnatted, snat),
    ...driver.deliverLocal(backend, natted),
  ];
  return { hops, reply: nodePortReply(context, natted, request, snat) };
}

/** The reply: back to node-1, where conntrack undoes the SNAT and then the DNAT, and out to the client. */
function nodePortReply(
  context: WalkContext,
  natted: Flow,
  request: Flow,
  snat: OutNat,
): HopDraft[] {
  const { topology, driver } = context;
  const [node, other] = topology.nodes;
  const backend = topology.remote;
  const onWire = reversed(natted);
  const travel = driver.travel(other, backend.eni, node, 'eth0', onWire);
  const arrived = travel.at(-1);
  const unSnatted = rewritten(onWire, 'dst', EXTERNAL_CLIENT.ip, EXTERNAL_CLIENT.port);
  const seen = reversed(request);
  const ebpf = context.scenario.style === 'ebpf';
  const entry = ebpf
    ? `cilium-dbg bpf nat list → TCP IN ${endpoint(backend.ip, SERVICE.targetPort)} -> ${endpoint(snat.to, EXTERNAL_CLIENT.port)} XLATE_DST ${endpoint(EXTERNAL_CLIENT.ip, EXTERNAL_CLIENT.port)}`
    : conntrackEntry(
        [EXTERNAL_CLIENT.ip, EXTERNAL_CLIENT.port, node.ip, SERVICE.nodePort],
        [backend.ip, SERVICE.targetPort, snat.to, EXTERNAL_CLIENT.port],
      );
  const by = ebpf ? 'Cilium eBPF NodePort' : "conntrack (kube-proxy's NAT reversed)";
  return [
    ...driver.leavePod(backend, onWire),
    ...travel,
    withNat(
      plainHop(
        node.name,
        arrived?.device ?? 'eth0',
        `The reply is addressed to ${snat.to}, the address ${node.name} masqueraded to. It matches the connection's ${ebpf ? "entry in Cilium's NAT map" : 'conntrack entry'}, so the destination goes back to the client, ${EXTERNAL_CLIENT.ip}.`,
        unSnatted,
        [arrived?.headers.inner.srcMac ?? '', arrived?.headers.inner.dstMac ?? ''],
        entry,
      ),
      'un-SNAT',
      'dst',
      snat.to,
      EXTERNAL_CLIENT.ip,
      by,
    ),
    withNat(
      plainHop(
        node.name,
        ebpf ? 'eth0 (tc egress)' : 'eth0',
        `On the way out of eth0 the ${ebpf ? 'service map' : 'same conntrack entry'} rewrites the source from ${endpoint(backend.ip, SERVICE.targetPort)} back to ${endpoint(node.ip, SERVICE.nodePort)}, the address the client connected to, and the default route sends the reply to the router.`,
        seen,
        [node.mac, node.routerMac],
        `default via ${node.routerIp} dev eth0`,
      ),
      'un-DNAT',
      'src',
      endpoint(backend.ip, SERVICE.targetPort),
      endpoint(node.ip, SERVICE.nodePort),
      by,
    ),
    plainHop(
      'internet',
      `client ${EXTERNAL_CLIENT.ip}`,
      `The client receives a reply from ${endpoint(node.ip, SERVICE.nodePort)}, exactly where it connected; it never learns the pod's address.`,
      seen,
      [node.routerMac, node.mac],
    ),
  ];
}
