import { podToPod } from './walk-context';
import type { WalkContext } from './walk-context';
import { arriveInPod } from './walk-driver';
import { endpoint, plainHop, reversed, rewritten, withNat } from './walk-hops';
import type { Flow, HopDraft } from './walk-hops';
import { SERVICE, ciliumServiceEntry, clusterIpRules, conntrackEntry } from './walk-service-rules';
import type { WalkPod } from './walk-topology';

/** The client pod's ephemeral source port in every walk. */
export const CLIENT_PORT = 43210;

/** The request and reply hops of a walk, before numbering. */
export interface PathDrafts {
  readonly hops: readonly HopDraft[];
  readonly reply?: readonly HopDraft[];
}

/** The two backends of the Service (web-2 beside the client, web-3 on node-2) and the one the seed picks. */
export function backendsOf(context: WalkContext): {
  backends: [WalkPod, WalkPod];
  chosen: WalkPod;
} {
  const { neighbour, remote } = context.topology;
  const seed = context.scenario.seed;
  return { backends: [neighbour, remote], chosen: Math.abs(seed) % 2 === 0 ? neighbour : remote };
}

/** Replaces the last hop of a pod's path (its arrival) with a NAT hop and the arrival as the pod sees it. */
function undoBeforeArrival(
  path: readonly HopDraft[],
  nat: HopDraft,
  pod: WalkPod,
  seen: Flow,
): HopDraft[] {
  const before = path.slice(0, -1);
  const last = path.at(-1);
  return [...before, nat, arriveInPod(pod, seen, last?.headers.inner.srcMac ?? pod.hostVethMac)];
}

/** A pod connects to the ClusterIP: kube-proxy's iptables rules (or Cilium's socket LB) DNAT it to a backend. */
export function toService(context: WalkContext): PathDrafts {
  const { client } = context.topology;
  const { backends, chosen } = backendsOf(context);
  const request: Flow = {
    srcIp: client.ip,
    srcPort: CLIENT_PORT,
    dstIp: SERVICE.clusterIp,
    dstPort: SERVICE.port,
    proto: 'TCP',
  };
  const translated = rewritten(request, 'dst', chosen.ip, SERVICE.targetPort);
  const vip = endpoint(SERVICE.clusterIp, SERVICE.port);
  const backend = endpoint(chosen.ip, SERVICE.targetPort);
  const replyOnWire = reversed(translated);
  const replySeen = reversed(request);
  if (context.scenario.style === 'ebpf')
    return socketLbService(context, request, translated, backends, chosen);
  const [sending, intoNode] = context.driver.leavePod(client, request);
  if (!sending || !intoNode) throw new Error('leavePod returned fewer than two hops');
  const dnatHop = withNat(
    plainHop(
      client.node.name,
      context.scenario.style === 'vxlan' ? 'cni0' : client.hostVeth,
      `In PREROUTING, kube-proxy's rules match ${vip}: KUBE-SERVICES jumps to the Service's KUBE-SVC chain, which picks one endpoint at random (50 % each), and its KUBE-SEP chain rewrites the destination to ${backend}. conntrack records the translation for the rest of the connection.`,
      translated,
      [intoNode.headers.inner.srcMac, intoNode.headers.inner.dstMac],
      clusterIpRules(backends, chosen),
    ),
    'DNAT',
    'dst',
    vip,
    backend,
    'kube-proxy (iptables)',
  );
  const onward =
    chosen.node.name === client.node.name
      ? context.driver.deliverLocal(chosen, translated)
      : [
          ...context.driver.travel(client.node, client.eni, chosen.node, chosen.eni, translated),
          ...context.driver.deliverLocal(chosen, translated),
        ];
  const back = podToPod(context, chosen, client, replyOnWire);
  const bridged = context.scenario.style === 'vxlan' && chosen.node.name === client.node.name;
  const last = back.at(-2) ?? back[0];
  const undnat = withNat(
    plainHop(
      client.node.name,
      last?.device ?? client.hostVeth,
      `The reply from ${backend} matches the conntrack entry, so before it reaches ${client.name} the kernel rewrites its source back to ${vip}: the pod only ever talks to the ClusterIP.${bridged ? ' The reply is bridged on cni0 rather than routed, so this works only with br_netfilter on (net.bridge.bridge-nf-call-iptables=1), which kube-proxy needs.' : ''}`,
      replySeen,
      [last?.headers.inner.srcMac ?? '', client.mac],
      conntrackEntry(
        [client.ip, CLIENT_PORT, SERVICE.clusterIp, SERVICE.port],
        [chosen.ip, SERVICE.targetPort, client.ip, CLIENT_PORT],
      ),
    ),
    'un-DNAT',
    'src',
    backend,
    vip,
    "conntrack (kube-proxy's DNAT reversed)",
  );
  return {
    hops: [sending, intoNode, dnatHop, ...onward],
    reply: undoBeforeArrival(back, undnat, client, replySeen),
  };
}

/** Cilium translates the ClusterIP when the pod connects (socket LB), so no packet ever carries it. */
function socketLbService(
  context: WalkContext,
  request: Flow,
  translated: Flow,
  backends: readonly [WalkPod, WalkPod],
  chosen: WalkPod,
): PathDrafts {
  const { client } = context.topology;
  const vip = endpoint(request.dstIp, request.dstPort);
  const backend = endpoint(chosen.ip, SERVICE.targetPort);
  const path = podToPod(context, client, chosen, translated);
  const [first, ...rest] = path;
  if (!first) throw new Error('podToPod returned no hops');
  const connect = withNat(
    {
      ...first,
      action: `When ${client.name} calls connect() to ${vip}, Cilium's eBPF program on the socket (cgroup connect4 hook) picks a backend from its service map and connects the socket to ${backend} instead, so the first packet already carries the pod IP. ${first.action}`,
      rule: ciliumServiceEntry(vip, 'ClusterIP', backends),
    },
    'DNAT',
    'dst',
    vip,
    backend,
    'Cilium socket LB (eBPF, kube-proxy replacement)',
  );
  const replySeen = reversed(request);
  const back = podToPod(context, chosen, client, reversed(translated));
  const arrival = back.at(-1);
  const undnat = withNat(
    {
      ...(arrival ?? first),
      headers: { inner: { ...(arrival ?? first).headers.inner, ...replySeen } },
      action: `The reply arrives from ${backend}: the socket has been connected to the pod since connect(), so no packet is rewritten. Cilium's socket hooks (getpeername, and recvmsg for UDP) still report ${vip} as the peer, so the application only ever sees the ClusterIP. There is no conntrack entry and no iptables rule for the Service.`,
      rule: ciliumServiceEntry(vip, 'ClusterIP', backends),
    },
    'un-DNAT',
    'src',
    backend,
    vip,
    'Cilium socket LB (eBPF)',
  );
  return { hops: [connect, ...rest], reply: [...back.slice(0, -1), undnat] };
}
