import { compileCluster, type CompiledCluster } from './compile';
import { checkNode } from './iptables-render';
import { nodePlans, type PortPlan } from './plan';
import type { ClusterModel, NodeModel } from './types';

// The IPVS virtual servers kube-proxy in ipvs mode (deprecated since v1.35) programs on a node,
// as `ipvsadm -Ln` lists them: one virtual server per Service address and port, the endpoints as
// real servers in masquerade (NAT) forwarding, the default round-robin scheduler, and
// "persistent" for ClientIP affinity. kube-proxy also binds every Service IP to a dummy
// interface, kube-ipvs0, and still uses iptables with ipsets for masquerading (not shown).

/** The lines of one virtual server. */
function virtualServer(
  plan: PortPlan,
  address: string,
  endpoints: PortPlan['clusterEndpoints'],
): string[] {
  const proto = plan.port.protocol;
  const timeout = plan.service.affinityTimeoutSeconds;
  const head = `${proto}  ${address} rr${timeout === null ? '' : ` persistent ${String(timeout)}`}`;
  return [
    head,
    ...endpoints.map(
      (e) => `  -> ${`${e.ip}:${String(e.port)}`.padEnd(24)}Masq    1      0          0`,
    ),
  ];
}

/** The virtual servers of one Service port on a node. */
function portServers(plan: PortPlan, node: NodeModel): string[] {
  const internal = plan.internalLocal ? plan.localEndpoints : plan.clusterEndpoints;
  const external = plan.externalLocal ? plan.localEndpoints : plan.clusterEndpoints;
  const lines = virtualServer(plan, `${plan.clusterIP}:${String(plan.port.port)}`, internal);
  if (!plan.hasEndpoints) return lines;
  for (const ip of [...plan.service.externalIPs, ...plan.service.loadBalancerIPs]) {
    lines.push(...virtualServer(plan, `${ip}:${String(plan.port.port)}`, external));
  }
  if (plan.port.nodePort !== null)
    lines.push(...virtualServer(plan, `${node.ip}:${String(plan.port.nodePort)}`, external));
  return lines;
}

/** The `ipvsadm -Ln` text on a node of a compiled cluster. */
export function renderIpvsCompiled(compiled: CompiledCluster, node: string): string {
  checkNode(compiled, node);
  const model = compiled.model.nodes.find((n) => n.name === node);
  if (model === undefined) return '';
  return [
    `# kube-proxy (ipvs mode, deprecated since v1.35) on ${node}`,
    'IP Virtual Server version 1.2.1 (size=4096)',
    'Prot LocalAddress:Port Scheduler Flags',
    '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
    ...nodePlans(compiled, node).flatMap((plan) => portServers(plan, model)),
    '',
  ].join('\n');
}

/** The `ipvsadm -Ln` text on one node. */
export function renderIpvs(cluster: ClusterModel, node: string): string {
  return renderIpvsCompiled(compileCluster(cluster), node);
}
