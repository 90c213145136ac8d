import type { ProxyEndpoint } from './categorize';
import { iptablesEndpointChain, iptablesServiceChains } from './chain-names';
import type { PortPlan } from './plan';
import { computeProbability } from './probability';

// The iptables rules kube-proxy writes for one Service port, in iptables-save's argument order
// (-s, -d, -p, then matches, then the target), the way `iptables-save -t nat` lists them.

export interface PortRules {
  natChains: string[];
  natServices: string[]; // rules of KUBE-SERVICES
  natNodePorts: string[]; // rules of KUBE-NODEPORTS
  natRules: string[]; // rules of the per-service chains
  filterRules: string[];
}

/** A comment match, quoted as iptables-save quotes it (only when it contains a space). */
export function comment(text: string): string {
  return `-m comment --comment ${/\s/.test(text) ? `"${text}"` : text}`;
}

/** The "ip:port" kube-proxy uses for an endpoint. */
function target(e: ProxyEndpoint): string {
  return `${e.ip}:${String(e.port)}`;
}

/** The rules of one KUBE-SVC or KUBE-SVL chain: affinity checks, then the probability ladder. */
function dispatchRules(
  plan: PortPlan,
  chain: string,
  endpoints: ProxyEndpoint[],
  probability: (n: number) => string,
): string[] {
  const p = plan.protocol;
  const timeout = plan.service.affinityTimeoutSeconds;
  const sep = (e: ProxyEndpoint) => iptablesEndpointChain(plan.name, p, target(e));
  const affinity =
    timeout === null
      ? []
      : endpoints.map(
          (e) =>
            `-A ${chain} ${comment(`${plan.name} -> ${target(e)}`)} -m recent --rcheck --seconds ${String(timeout)} --reap --name ${sep(e)} --mask 255.255.255.255 --rsource -j ${sep(e)}`,
        );
  const ladder = endpoints.map((e, i) => {
    const stat =
      i < endpoints.length - 1
        ? ` -m statistic --mode random --probability ${probability(endpoints.length - i)}`
        : '';
    return `-A ${chain} ${comment(`${plan.name} -> ${target(e)}`)}${stat} -j ${sep(e)}`;
  });
  return [...affinity, ...ladder];
}

/** The two rules of a KUBE-SEP chain: masquerade a pod that reaches itself, then DNAT. */
function endpointRules(plan: PortPlan, e: ProxyEndpoint): { chain: string; rules: string[] } {
  const p = plan.protocol;
  const chain = iptablesEndpointChain(plan.name, p, target(e));
  const recent =
    plan.service.affinityTimeoutSeconds === null
      ? ''
      : ` -m recent --set --name ${chain} --mask 255.255.255.255 --rsource`;
  return {
    chain,
    rules: [
      `-A ${chain} -s ${e.ip}/32 ${comment(plan.name)} -j KUBE-MARK-MASQ`,
      `-A ${chain} -p ${p} ${comment(plan.name)}${recent} -m ${p} -j DNAT --to-destination ${target(e)}`,
    ],
  };
}

/** The rules of the KUBE-EXT chain: masquerade (Cluster) or keep the source (Local). */
function externalRules(
  plan: PortPlan,
  chains: ReturnType<typeof iptablesServiceChains>,
  clusterCidr: string,
): string[] {
  const ext = chains.external;
  const rules: string[] = [];
  if (!plan.externalLocal) {
    rules.push(
      `-A ${ext} ${comment(`masquerade traffic for ${plan.name} external destinations`)} -j KUBE-MARK-MASQ`,
    );
  } else if (plan.usesClusterChain) {
    rules.push(
      `-A ${ext} -s ${clusterCidr} ${comment(`pod traffic for ${plan.name} external destinations`)} -j ${chains.cluster}`,
      `-A ${ext} ${comment(`masquerade LOCAL traffic for ${plan.name} external destinations`)} -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
      `-A ${ext} ${comment(`route LOCAL traffic for ${plan.name} external destinations`)} -m addrtype --src-type LOCAL -j ${chains.cluster}`,
    );
  }
  if (plan.externalEmpty === null)
    rules.push(`-A ${ext} -j ${plan.externalLocal ? chains.local : chains.cluster}`);
  return rules;
}

/** Filter-table rules that refuse traffic with no endpoint to go to. */
function filterRules(plan: PortPlan, nodePort: number | null): string[] {
  const p = plan.protocol;
  const out: string[] = [];
  const verdict = (v: 'reject' | 'drop') =>
    v === 'reject' ? 'REJECT --reject-with icmp-port-unreachable' : 'DROP';
  const why = plan.hasEndpoints
    ? `${plan.name} has no local endpoints`
    : `${plan.name} has no endpoints`;
  if (plan.internalEmpty !== null) {
    out.push(
      `-A KUBE-SERVICES -d ${plan.clusterIP}/32 -p ${p} ${comment(why)} -m ${p} --dport ${String(plan.port.port)} -j ${verdict(plan.internalEmpty)}`,
    );
  }
  if (plan.externalEmpty !== null && nodePort !== null) {
    out.push(
      `-A KUBE-EXTERNAL-SERVICES -p ${p} ${comment(why)} -m addrtype --dst-type LOCAL -m ${p} --dport ${String(nodePort)} -j ${verdict(plan.externalEmpty)}`,
    );
  }
  if (plan.service.healthCheckNodePort !== null) {
    out.push(
      `-A KUBE-NODEPORTS -p tcp ${comment(`${plan.name} health check node port`)} -m tcp --dport ${String(plan.service.healthCheckNodePort)} -j ACCEPT`,
    );
  }
  return out;
}

/** Every rule kube-proxy writes for one Service port on one node. */
export function portRules(
  plan: PortPlan,
  clusterCidr: string,
  probability: (n: number) => string = computeProbability,
): PortRules {
  const p = plan.protocol;
  const chains = iptablesServiceChains(plan.name, p);
  const out: PortRules = {
    natChains: [],
    natServices: [],
    natNodePorts: [],
    natRules: [],
    filterRules: filterRules(plan, plan.port.nodePort),
  };
  const dport = `-m ${p} --dport ${String(plan.port.port)}`;
  const internalChain = plan.internalLocal ? chains.local : chains.cluster;
  if (plan.internalEmpty === null) {
    out.natServices.push(
      `-A KUBE-SERVICES -d ${plan.clusterIP}/32 -p ${p} ${comment(`${plan.name} cluster IP`)} ${dport} -j ${internalChain}`,
    );
  }
  const useExt = plan.hasEndpoints && plan.externallyAccessible;
  if (useExt) {
    for (const ip of plan.service.externalIPs)
      out.natServices.push(
        `-A KUBE-SERVICES -d ${ip}/32 -p ${p} ${comment(`${plan.name} external IP`)} ${dport} -j ${chains.external}`,
      );
    for (const ip of plan.service.loadBalancerIPs)
      out.natServices.push(
        `-A KUBE-SERVICES -d ${ip}/32 -p ${p} ${comment(`${plan.name} loadbalancer IP`)} ${dport} -j ${chains.external}`,
      );
    if (plan.port.nodePort !== null)
      out.natNodePorts.push(
        `-A KUBE-NODEPORTS -p ${p} ${comment(plan.name)} -m ${p} --dport ${String(plan.port.nodePort)} -j ${chains.external}`,
      );
    out.natChains.push(chains.external);
    out.natRules.push(...externalRules(plan, chains, clusterCidr));
  }
  if (plan.usesClusterChain) {
    out.natChains.push(chains.cluster);
    if (!plan.internalLocal)
      out.natRules.push(
        `-A ${chains.cluster} ! -s ${clusterCidr} -d ${plan.clusterIP}/32 -p ${p} ${comment(`${plan.name} cluster IP`)} ${dport} -j KUBE-MARK-MASQ`,
      );
    out.natRules.push(...dispatchRules(plan, chains.cluster, plan.clusterEndpoints, probability));
  }
  if (plan.usesLocalChain) {
    out.natChains.push(chains.local);
    if (plan.internalLocal)
      out.natRules.push(
        `-A ${chains.local} ! -s ${clusterCidr} -d ${plan.clusterIP}/32 -p ${p} ${comment(`${plan.name} cluster IP`)} ${dport} -j KUBE-MARK-MASQ`,
      );
    out.natRules.push(...dispatchRules(plan, chains.local, plan.localEndpoints, probability));
  }
  for (const e of plan.reachable) {
    const sep = endpointRules(plan, e);
    out.natChains.push(sep.chain);
    out.natRules.push(...sep.rules);
  }
  return out;
}
