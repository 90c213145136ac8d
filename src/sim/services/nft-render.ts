import type { ProxyEndpoint } from './categorize';
import { nftEndpointBase, nftServiceBase } from './chain-names';
import { compileCluster, type CompiledCluster } from './compile';
import { DEFAULT_CLUSTER_CIDR, MASQUERADE_MARK } from './defaults';
import { checkNode } from './iptables-render';
import { nodePlans, type PortPlan } from './plan';
import type { ClusterModel } from './types';

// The `table ip kube-proxy` that kube-proxy in nftables mode (GA in v1.33) keeps on one node,
// as `nft list table ip kube-proxy` shows it. Recognisable but simplified: the service-ips and
// service-nodeports verdict maps, one chain per Service port and per endpoint, with the chain names
// kube-proxy derives ("service-HASH-ns/name/proto/port"); the filter-side chains (firewall,
// reject, conntrack) are left out. One lookup in a map replaces iptables' walk through every rule.

/** The names of a port's chains. */
function chainNames(plan: PortPlan) {
  const s = plan.service;
  const base = nftServiceBase(s.namespace, s.name, plan.protocol, plan.port.name);
  return { cluster: `service-${base}`, local: `local-${base}`, external: `external-${base}` };
}

/** The name of an endpoint's chain (and, with affinity, of its set). */
function endpointBase(plan: PortPlan, e: ProxyEndpoint): string {
  const s = plan.service;
  return nftEndpointBase(s.namespace, s.name, plan.protocol, plan.port.name, e.ip, e.port);
}

/** A dispatch chain: masquerade off-cluster sources, affinity lookups, then a random vmap. */
function dispatchChain(
  plan: PortPlan,
  name: string,
  endpoints: ProxyEndpoint[],
  cidr: string,
  masq: boolean,
): string[] {
  const lines = [`\tchain ${name} {`];
  if (masq)
    lines.push(
      `\t\tip daddr ${plan.clusterIP} ${plan.protocol} dport ${String(plan.port.port)} ip saddr != ${cidr} jump mark-for-masquerade`,
    );
  if (plan.service.affinityTimeoutSeconds !== null) {
    for (const e of endpoints)
      lines.push(
        `\t\tip saddr @affinity-${endpointBase(plan, e)} goto endpoint-${endpointBase(plan, e)}`,
      );
  }
  const arms = endpoints.map((e, i) => `${String(i)} : goto endpoint-${endpointBase(plan, e)}`);
  lines.push(
    `\t\tnumgen random mod ${String(endpoints.length)} vmap { ${arms.join(', ')} }`,
    '\t}',
  );
  return lines;
}

/** The chains and sets of one Service port. */
function portChains(plan: PortPlan, cidr: string): string[] {
  const names = chainNames(plan);
  const lines: string[] = [];
  if (plan.hasEndpoints && plan.externallyAccessible) {
    lines.push(`\tchain ${names.external} {`);
    if (!plan.externalLocal) lines.push('\t\tjump mark-for-masquerade');
    else if (plan.usesClusterChain)
      lines.push(
        `\t\tip saddr ${cidr} goto ${names.cluster}`,
        `\t\tfib saddr type local jump mark-for-masquerade`,
        `\t\tfib saddr type local goto ${names.cluster}`,
      );
    if (plan.externalEmpty === null)
      lines.push(`\t\tgoto ${plan.externalLocal ? names.local : names.cluster}`);
    lines.push('\t}');
  }
  if (plan.usesClusterChain)
    lines.push(
      ...dispatchChain(plan, names.cluster, plan.clusterEndpoints, cidr, !plan.internalLocal),
    );
  if (plan.usesLocalChain)
    lines.push(...dispatchChain(plan, names.local, plan.localEndpoints, cidr, plan.internalLocal));
  const timeout = plan.service.affinityTimeoutSeconds;
  for (const e of plan.reachable) {
    const base = endpointBase(plan, e);
    if (timeout !== null)
      lines.push(
        `\tset affinity-${base} {`,
        '\t\ttype ipv4_addr',
        '\t\tflags dynamic,timeout',
        `\t\ttimeout ${String(timeout)}s`,
        '\t}',
      );
    lines.push(`\tchain endpoint-${base} {`, `\t\tip saddr ${e.ip} jump mark-for-masquerade`);
    if (timeout !== null) lines.push(`\t\tupdate @affinity-${base} { ip saddr }`);
    lines.push(`\t\tmeta l4proto ${plan.protocol} dnat to ${e.ip}:${String(e.port)}`, '\t}');
  }
  return lines;
}

/** A map's lines, with its elements when there are any. */
function map(name: string, type: string, note: string, elements: string[]): string[] {
  const body =
    elements.length === 0 ? [] : [`\t\telements = { ${elements.join(',\n\t\t\t     ')} }`];
  return [`\tmap ${name} {`, `\t\ttype ${type}`, `\t\tcomment "${note}"`, ...body, '\t}'];
}

/** The map elements of every port: cluster, external and LB IPs, node ports, and the empty ones. */
function elements(plans: PortPlan[]) {
  const ips: string[] = [];
  const nodePorts: string[] = [];
  const empty: string[] = [];
  for (const plan of plans) {
    const names = chainNames(plan);
    const key = (ip: string) => `${ip} . ${plan.protocol} . ${String(plan.port.port)}`;
    const verdict = (v: 'reject' | 'drop') => (v === 'reject' ? 'goto reject-chain' : 'drop');
    if (plan.internalEmpty === null)
      ips.push(`${key(plan.clusterIP)} : goto ${plan.internalLocal ? names.local : names.cluster}`);
    else empty.push(`${key(plan.clusterIP)} : ${verdict(plan.internalEmpty)}`);
    if (!plan.hasEndpoints || !plan.externallyAccessible) continue;
    for (const ip of [...plan.service.externalIPs, ...plan.service.loadBalancerIPs])
      ips.push(`${key(ip)} : goto ${names.external}`);
    if (plan.port.nodePort !== null)
      nodePorts.push(`${plan.protocol} . ${String(plan.port.nodePort)} : goto ${names.external}`);
  }
  return { ips, nodePorts, empty };
}

/** The nft text of kube-proxy's table on a node of a compiled cluster. */
export function renderNftCompiled(compiled: CompiledCluster, node: string): string {
  checkNode(compiled, node);
  const cidr = compiled.model.clusterCidr ?? DEFAULT_CLUSTER_CIDR;
  const plans = nodePlans(compiled, node);
  const e = elements(plans);
  return [
    `# kube-proxy (nftables mode) on ${node}, simplified: filter-side chains left out`,
    'table ip kube-proxy {',
    '\tcomment "rules for kube-proxy"',
    ...map(
      'service-ips',
      'ipv4_addr . inet_proto . inet_service : verdict',
      'ClusterIP, ExternalIP and LoadBalancer IP traffic',
      e.ips,
    ),
    ...map(
      'service-nodeports',
      'inet_proto . inet_service : verdict',
      'NodePort traffic',
      e.nodePorts,
    ),
    ...map(
      'no-endpoint-services',
      'ipv4_addr . inet_proto . inet_service : verdict',
      'vmap to drop or reject packets to services with no endpoints',
      e.empty,
    ),
    '\tchain nat-prerouting {',
    '\t\ttype nat hook prerouting priority dstnat; policy accept;',
    '\t\tjump services',
    '\t}',
    '\tchain nat-output {',
    '\t\ttype nat hook output priority dstnat; policy accept;',
    '\t\tjump services',
    '\t}',
    '\tchain nat-postrouting {',
    '\t\ttype nat hook postrouting priority srcnat; policy accept;',
    '\t\tjump masquerading',
    '\t}',
    '\tchain mark-for-masquerade {',
    `\t\tmeta mark set meta mark or ${MASQUERADE_MARK}`,
    '\t}',
    '\tchain masquerading {',
    `\t\tmeta mark & ${MASQUERADE_MARK} == 0 return`,
    `\t\tmeta mark set meta mark xor ${MASQUERADE_MARK}`,
    '\t\tmasquerade fully-random',
    '\t}',
    '\tchain services {',
    '\t\tip daddr . meta l4proto . th dport vmap @service-ips',
    '\t\tfib daddr type local meta l4proto . th dport vmap @service-nodeports',
    '\t}',
    ...plans.flatMap((plan) => portChains(plan, cidr)),
    '}',
    '',
  ].join('\n');
}

/** The nft text of kube-proxy's table on one node. */
export function renderNft(cluster: ClusterModel, node: string): string {
  return renderNftCompiled(compileCluster(cluster), node);
}
