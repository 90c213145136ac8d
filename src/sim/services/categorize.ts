import type { ClusterModel, EndpointSlice, ResolvedPort, ResolvedService } from './types';

// Which endpoints kube-proxy on one node uses for a Service port, as pkg/proxy's
// CategorizeEndpoints decides: ready endpoints (narrowed by trafficDistribution when every
// endpoint carries a zone), and only when none is ready, the terminating endpoints that are
// still serving (ProxyTerminatingEndpoints, GA in v1.28). "Local" endpoints are those on this node.

export interface ProxyEndpoint {
  ip: string;
  port: number; // the targetPort
  pod: string;
  node: string;
  zone: string | null;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface Categorized {
  cluster: ProxyEndpoint[]; // used for Cluster traffic policy
  local: ProxyEndpoint[]; // used for Local traffic policy (this node only)
  hasEndpoints: boolean; // any usable endpoint anywhere in the cluster
  topology: 'none' | 'same-zone' | 'same-node'; // what trafficDistribution narrowed to here
}

/** The slice's endpoints for one port, flattened. */
export function proxyEndpoints(slice: EndpointSlice | null, port: ResolvedPort): ProxyEndpoint[] {
  if (slice === null) return [];
  return slice.endpoints.flatMap((e) =>
    e.addresses.map((ip) => ({
      ip,
      port: port.targetPort,
      pod: e.targetRef.name,
      node: e.nodeName,
      zone: e.zone ?? null,
      ...e.conditions,
    })),
  );
}

/** Ready endpoints narrowed by trafficDistribution, the way kube-proxy reads the hints. */
function byTopology(
  service: ResolvedService,
  ready: ProxyEndpoint[],
  node: string,
  zone: string | null,
): { endpoints: ProxyEndpoint[]; topology: Categorized['topology'] } {
  const mode = service.trafficDistribution;
  const all = { endpoints: ready, topology: 'none' as const };
  if (mode === null || ready.some((e) => e.zone === null)) return all;
  if (mode === 'PreferSameNode') {
    const sameNode = ready.filter((e) => e.node === node);
    if (sameNode.length > 0) return { endpoints: sameNode, topology: 'same-node' };
  }
  const sameZone = ready.filter((e) => zone !== null && e.zone === zone);
  return sameZone.length > 0 ? { endpoints: sameZone, topology: 'same-zone' } : all;
}

/** The endpoints kube-proxy on `node` uses for one port of a Service. */
export function categorizeEndpoints(
  service: ResolvedService,
  endpoints: ProxyEndpoint[],
  node: string,
  cluster: ClusterModel,
): Categorized {
  const zone = cluster.nodes.find((n) => n.name === node)?.zone ?? null;
  const ready = endpoints.filter((e) => e.ready);
  const fallback = endpoints.filter((e) => e.serving && e.terminating);
  const narrowed = byTopology(service, ready, node, zone);
  const cluster_ = ready.length > 0 ? narrowed.endpoints : fallback;
  const localReady = ready.filter((e) => e.node === node);
  const local = localReady.length > 0 ? localReady : fallback.filter((e) => e.node === node);
  return {
    cluster: cluster_,
    local,
    hasEndpoints: ready.length > 0 || fallback.length > 0,
    topology: ready.length > 0 ? narrowed.topology : 'none',
  };
}
