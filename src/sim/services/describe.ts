import { compileCluster, findService, type CompiledCluster } from './compile';
import type { ClusterModel, EndpointSlice, ResolvedService } from './types';

// A Service in the words `kubectl get service` and `kubectl get endpointslices` would use:
// type, cluster IP, external IP, ports, the DNS name, its EndpointSlice and any warnings.

export interface ServiceFacts {
  service: ResolvedService;
  dnsName: string; // "<name>.<namespace>.svc.cluster.local"
  clusterIPText: string; // "10.96.0.20", "None" (headless) or "<none>" (ExternalName)
  externalIPText: string; // LB address, "<pending>", externalIPs, the CNAME target, or "<none>"
  portsText: string; // "80:30080/TCP,443:31443/TCP" as kubectl prints it
  slice: EndpointSlice | null;
  proxied: boolean; // whether kube-proxy programs rules for it
}

/** The PORT(S) column of `kubectl get service`. */
function portsColumn(service: ResolvedService): string {
  if (service.ports.length === 0) return '<none>';
  return service.ports
    .map(
      (p) =>
        `${String(p.port)}${p.nodePort === null ? '' : `:${String(p.nodePort)}`}/${p.protocol}`,
    )
    .join(',');
}

/** The EXTERNAL-IP column of `kubectl get service`. */
function externalColumn(service: ResolvedService): string {
  if (service.type === 'ExternalName') return service.externalName ?? '<none>';
  const addresses = [...service.loadBalancerIPs, ...service.externalIPs];
  if (addresses.length > 0) return addresses.join(',');
  return service.type === 'LoadBalancer' ? '<pending>' : '<none>';
}

/** The facts of one Service of a compiled cluster. */
export function describeCompiled(
  compiled: CompiledCluster,
  ref: string,
  zone = 'cluster.local',
): ServiceFacts {
  const service = findService(compiled, ref);
  return {
    service,
    dnsName: `${service.name}.${service.namespace}.svc.${zone}`,
    clusterIPText:
      service.type === 'ExternalName'
        ? '<none>'
        : service.headless
          ? 'None'
          : (service.clusterIP ?? ''),
    externalIPText: externalColumn(service),
    portsText: portsColumn(service),
    slice: compiled.slices.get(`${service.namespace}/${service.name}`) ?? null,
    proxied: service.clusterIP !== null,
  };
}

/** The facts of one Service. */
export function describeService(cluster: ClusterModel, ref: string): ServiceFacts {
  return describeCompiled(compileCluster(cluster), ref);
}
