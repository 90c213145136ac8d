import type { WalkPod } from './walk-topology';

/** The Service every service walk uses: default/web, port 80 to the pods' port 8080. */
export const SERVICE = {
  name: 'default/web',
  clusterIp: '10.96.0.50',
  port: 80,
  targetPort: 8080,
  nodePort: 30080,
} as const;

/** kube-proxy's chain names for the Service (a hash of the service port name, fixed here). */
const SVC_CHAIN = 'KUBE-SVC-6GKV2TOWXHKDVKG4';
const EXT_CHAIN = 'KUBE-EXT-6GKV2TOWXHKDVKG4';

/** The endpoint chain kube-proxy writes for a backend pod. */
function sepChain(pod: WalkPod): string {
  return pod.node.name === 'node-1' ? 'KUBE-SEP-2ZJ4QKOY3XWBT7A5' : 'KUBE-SEP-H7KLMQ2V4XDR3F6N';
}

/** The KUBE-SVC rules that pick one of two backends (50 % each), and the chosen KUBE-SEP's DNAT. */
function pickAndDnat(backends: readonly [WalkPod, WalkPod], chosen: WalkPod): string[] {
  const [first, second] = backends;
  const target = (pod: WalkPod): string => `${pod.ip}:${String(SERVICE.targetPort)}`;
  return [
    `-A ${SVC_CHAIN} -m comment --comment "${SERVICE.name} -> ${target(first)}" -m statistic --mode random --probability 0.50000000000 -j ${sepChain(first)}`,
    `-A ${SVC_CHAIN} -m comment --comment "${SERVICE.name} -> ${target(second)}" -j ${sepChain(second)}`,
    `-A ${sepChain(chosen)} -p tcp -m comment --comment "${SERVICE.name}" -m tcp -j DNAT --to-destination ${target(chosen)}`,
  ];
}

/** The iptables rules (as iptables-save prints them) that DNAT a ClusterIP connection. */
export function clusterIpRules(backends: readonly [WalkPod, WalkPod], chosen: WalkPod): string {
  return [
    `-A KUBE-SERVICES -d ${SERVICE.clusterIp}/32 -p tcp -m comment --comment "${SERVICE.name} cluster IP" -m tcp --dport ${String(SERVICE.port)} -j ${SVC_CHAIN}`,
    ...pickAndDnat(backends, chosen),
  ].join('\n');
}

/** The iptables rules that mark a NodePort connection for masquerading and DNAT it. */
export function nodePortRules(backends: readonly [WalkPod, WalkPod], chosen: WalkPod): string {
  return [
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    `-A KUBE-NODEPORTS -p tcp -m comment --comment "${SERVICE.name}" -m tcp --dport ${String(SERVICE.nodePort)} -j ${EXT_CHAIN}`,
    `-A ${EXT_CHAIN} -m comment --comment "masquerade traffic for ${SERVICE.name} external destinations" -j KUBE-MARK-MASQ`,
    `-A ${EXT_CHAIN} -j ${SVC_CHAIN}`,
    ...pickAndDnat(backends, chosen),
  ].join('\n');
}

/** The rule that masquerades connections kube-proxy marked (0x4000) on their way out. */
export const KUBE_MASQUERADE_RULE =
  '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully';

/** What Cilium's service map holds for the Service, as `cilium-dbg service list` shows it. */
export function ciliumServiceEntry(
  frontend: string,
  kind: 'ClusterIP' | 'NodePort',
  backends: readonly [WalkPod, WalkPod],
): string {
  const [first, second] = backends;
  return `cilium-dbg service list → ${frontend} ${kind} 1 => ${first.ip}:${String(SERVICE.targetPort)} (active), 2 => ${second.ip}:${String(SERVICE.targetPort)} (active)`;
}

/** A conntrack entry as `conntrack -L` prints it: the original direction, then the expected reply. */
export function conntrackEntry(
  original: readonly [string, number, string, number],
  reply: readonly [string, number, string, number],
): string {
  const [os, osp, od, odp] = original;
  const [rs, rsp, rd, rdp] = reply;
  return `tcp 6 86399 ESTABLISHED src=${os} dst=${od} sport=${String(osp)} dport=${String(odp)} src=${rs} dst=${rd} sport=${String(rsp)} dport=${String(rdp)} [ASSURED] mark=0 use=1`;
}
