import { categorizeEndpoints, proxyEndpoints, type ProxyEndpoint } from './categorize';
import type { CompiledCluster } from './compile';
import { servicePortName } from './chain-names';
import type { ResolvedPort, ResolvedService } from './types';

// What kube-proxy on one node programs for each Service port, independent of the mode: the
// addresses it captures, the endpoints of its Cluster and Local chains, and what to do when there
// are none. The iptables, nftables and IPVS renderers all read this plan.

export interface PortPlan {
  service: ResolvedService;
  port: ResolvedPort;
  name: string; // "namespace/name:portName"
  protocol: string; // lowercase, as kube-proxy writes it
  clusterIP: string;
  clusterEndpoints: ProxyEndpoint[];
  localEndpoints: ProxyEndpoint[];
  reachable: ProxyEndpoint[]; // endpoints of the chains in use (each gets an endpoint chain)
  hasEndpoints: boolean;
  usesClusterChain: boolean;
  usesLocalChain: boolean;
  internalLocal: boolean;
  externalLocal: boolean;
  externallyAccessible: boolean;
  internalEmpty: 'reject' | 'drop' | null; // filter verdict for the cluster IP, null: has endpoints
  externalEmpty: 'reject' | 'drop' | null; // same for node ports, LB and external IPs
}

/** The plan of one port of a Service with a cluster IP, on one node. */
function portPlan(
  compiled: CompiledCluster,
  service: ResolvedService,
  port: ResolvedPort,
  node: string,
): PortPlan {
  const slice = compiled.slices.get(`${service.namespace}/${service.name}`) ?? null;
  const cat = categorizeEndpoints(service, proxyEndpoints(slice, port), node, compiled.model);
  const externallyAccessible =
    port.nodePort !== null || service.loadBalancerIPs.length > 0 || service.externalIPs.length > 0;
  const internalLocal = service.internalTrafficPolicy === 'Local';
  const externalLocal = externallyAccessible && service.externalTrafficPolicy === 'Local';
  const usesClusterChain =
    cat.cluster.length > 0 && (!internalLocal || (externallyAccessible && !externalLocal));
  const usesLocalChain = cat.local.length > 0 && (internalLocal || externalLocal);
  const reachable = [
    ...(usesClusterChain ? cat.cluster : []),
    ...(usesLocalChain
      ? cat.local.filter((e) => !usesClusterChain || !cat.cluster.includes(e))
      : []),
  ];
  const noLocal = (local: boolean) => (local && cat.local.length === 0 ? 'drop' : null);
  return {
    service,
    port,
    name: servicePortName(service.namespace, service.name, port.name),
    protocol: port.protocol.toLowerCase(),
    clusterIP: service.clusterIP ?? '',
    clusterEndpoints: cat.cluster,
    localEndpoints: cat.local,
    reachable,
    hasEndpoints: cat.hasEndpoints,
    usesClusterChain,
    usesLocalChain,
    internalLocal,
    externalLocal,
    externallyAccessible,
    internalEmpty: cat.hasEndpoints ? noLocal(internalLocal) : 'reject',
    externalEmpty: cat.hasEndpoints ? noLocal(externalLocal) : 'reject',
  };
}

/** The plans of every proxied Service port on a node (headless and ExternalName get none). */
export function nodePlans(compiled: CompiledCluster, node: string): PortPlan[] {
  return compiled.services
    .filter((s) => s.clusterIP !== null)
    .flatMap((s) => s.ports.map((p) => portPlan(compiled, s, p, node)));
}
