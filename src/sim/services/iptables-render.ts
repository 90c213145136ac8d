import { compileCluster, type CompiledCluster } from './compile';
import { DEFAULT_CLUSTER_CIDR, MASQUERADE_MARK } from './defaults';
import { InputError } from '../ip/input-error';
import { portRules } from './iptables-rules';
import { nodePlans } from './plan';
import { computeProbability } from './probability';
import type { ClusterModel } from './types';

// The rules kube-proxy in iptables mode holds on one node, as `iptables-save` lists them (filter
// table, then nat). Simplified where said: only kube-proxy's own chains, Service ports in the
// order given (kube-proxy walks a map, so a live node may order them differently), and the
// probabilities as kube-proxy writes them unless `probabilities: 'kernel'` asks for the 11-digit
// value a live iptables-save prints back (the kernel keeps a 31-bit fraction).

export interface RenderOptions {
  probabilities?: 'kube-proxy' | 'kernel';
}

/** The probability as `iptables-save` prints it back: round(p × 2^31) / 2^31, eleven decimals. */
export function kernelProbability(kubeProxyString: string): string {
  const stored = Math.round(Number(kubeProxyString) * 0x80000000);
  return (stored / 0x80000000).toFixed(11);
}

/** The node, or an InputError when the cluster has no such node. */
export function checkNode(compiled: CompiledCluster, node: string): void {
  if (!compiled.model.nodes.some((n) => n.name === node)) {
    throw new InputError(
      `There is no node '${node}'; pick one of ${compiled.model.nodes.map((n) => n.name).join(', ')}.`,
      'node',
    );
  }
}

/** The iptables-save text of kube-proxy's rules on a node of a compiled cluster. */
export function renderIptablesCompiled(
  compiled: CompiledCluster,
  node: string,
  options: RenderOptions = {},
): string {
  checkNode(compiled, node);
  const cidr = compiled.model.clusterCidr ?? DEFAULT_CLUSTER_CIDR;
  const probability =
    options.probabilities === 'kernel'
      ? (n: number) => kernelProbability(computeProbability(n))
      : computeProbability;
  const all = nodePlans(compiled, node).map((plan) => portRules(plan, cidr, probability));
  const mark = `${MASQUERADE_MARK}/${MASQUERADE_MARK}`;
  const chainLine = (c: string) => `:${c} - [0:0]`;
  return [
    `# kube-proxy (iptables mode) on ${node}: the chains it owns`,
    '*filter',
    ...[
      'KUBE-EXTERNAL-SERVICES',
      'KUBE-FORWARD',
      'KUBE-NODEPORTS',
      'KUBE-PROXY-FIREWALL',
      'KUBE-SERVICES',
    ].map(chainLine),
    ...all.flatMap((r) => r.filterRules),
    '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
    `-A KUBE-FORWARD ${'-m comment --comment "kubernetes forwarding rules"'} -m mark --mark ${mark} -j ACCEPT`,
    'COMMIT',
    '*nat',
    ...['KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-SERVICES'].map(chainLine),
    ...all.flatMap((r) => r.natChains).map(chainLine),
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    `-A KUBE-MARK-MASQ -j MARK --set-xmark ${mark}`,
    ...all.flatMap((r) => r.natNodePorts),
    `-A KUBE-POSTROUTING -m mark ! --mark ${mark} -j RETURN`,
    `-A KUBE-POSTROUTING -j MARK --set-xmark ${MASQUERADE_MARK}/0x0`,
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    ...all.flatMap((r) => r.natServices),
    '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
    ...all.flatMap((r) => r.natRules),
    'COMMIT',
    '',
  ].join('\n');
}

/** The iptables-save text of kube-proxy's rules on one node. */
export function renderIptables(
  cluster: ClusterModel,
  node: string,
  options: RenderOptions = {},
): string {
  return renderIptablesCompiled(compileCluster(cluster), node, options);
}
