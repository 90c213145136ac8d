import { InputError } from '../ip/input-error';
import { parseCidr, type Cidr } from '../ip/ipv4';
import { allocateClusterIp, claimClusterIp } from './cluster-ips';
import { checkCombination, warningsFor } from './service-rules';
import {
  affinityTimeout,
  checkAddresses,
  checkDistribution,
  checkExternalName,
  checkName,
  checkPorts,
  checkType,
} from './check-fields';
import {
  DEFAULT_AFFINITY_TIMEOUT_SECONDS,
  DEFAULT_NAMESPACE,
  DEFAULT_NODE_PORT_RANGE,
  DEFAULT_SERVICE_CIDR,
} from './defaults';
import { allocateNodePort, claimNodePort, nodePortPool, type NodePortPool } from './node-ports';
import type {
  ClusterModel,
  ResolvedPort,
  ResolvedService,
  ServiceModel,
  ServiceType,
} from './types';

// Turns the Services of a cluster into ResolvedService objects: defaults applied, cluster IPs
// and node ports allocated (explicit requests first, so that a request never loses to an
// automatic pick), API rules checked. Throws InputError on the first problem.

/** "namespace/name" of a Service. */
export function serviceKey(service: ServiceModel): string {
  return `${service.metadata.namespace ?? DEFAULT_NAMESPACE}/${service.metadata.name}`;
}

/** Whether a Service type gets node ports. */
function usesNodePorts(service: ServiceModel, type: ServiceType): boolean {
  if (type === 'NodePort') return true;
  return type === 'LoadBalancer' && service.spec.allocateLoadBalancerNodePorts !== false;
}

/** Claims the node ports and cluster IPs that Services ask for by value. */
function claimExplicit(
  services: readonly ServiceModel[],
  pool: NodePortPool,
  ips: Map<number, string>,
  cidr: Cidr,
): void {
  for (const service of services) {
    const owner = serviceKey(service);
    (service.spec.ports ?? []).forEach((port, i) => {
      if (port.nodePort !== undefined) {
        claimNodePort(pool, port.nodePort, owner, `spec.ports[${String(i)}].nodePort`);
      }
    });
    if (service.spec.healthCheckNodePort !== undefined) {
      claimNodePort(pool, service.spec.healthCheckNodePort, owner, 'spec.healthCheckNodePort');
    }
    const ip = service.spec.clusterIP;
    if (ip !== undefined && ip !== 'None' && ip !== '') claimClusterIp(ip, owner, ips, cidr);
  }
}

/** The resolved ports of one Service, with node ports allocated where needed. */
function resolvePorts(
  service: ServiceModel,
  type: ServiceType,
  pool: NodePortPool,
): ResolvedPort[] {
  const owner = serviceKey(service);
  const withNodePorts = usesNodePorts(service, type);
  return (service.spec.ports ?? []).map((port, i) => ({
    name: port.name ?? '',
    protocol: port.protocol ?? 'TCP',
    port: port.port,
    targetPort: port.targetPort ?? port.port,
    nodePort:
      port.nodePort ??
      (withNodePorts ? allocateNodePort(pool, owner, `spec.ports[${String(i)}].nodePort`) : null),
  }));
}

/** One Service resolved (after the explicit claims of every Service). */
function resolveOne(
  service: ServiceModel,
  pool: NodePortPool,
  ips: Map<number, string>,
  cidr: Cidr,
): ResolvedService {
  const owner = serviceKey(service);
  const { spec } = service;
  const type = spec.type ?? 'ClusterIP';
  const headless = spec.clusterIP === 'None';
  const isExternalName = type === 'ExternalName';
  const ports = resolvePorts(service, type, pool);
  const externalIPs = checkAddresses(spec.externalIPs ?? [], 'spec.externalIPs');
  const external = type === 'NodePort' || type === 'LoadBalancer' || externalIPs.length > 0;
  const etp = external ? (spec.externalTrafficPolicy ?? 'Cluster') : null;
  const needsHealthCheck = type === 'LoadBalancer' && etp === 'Local';
  const affinity = spec.sessionAffinity ?? 'None';
  return {
    namespace: service.metadata.namespace ?? DEFAULT_NAMESPACE,
    name: service.metadata.name,
    type,
    headless,
    clusterIP:
      headless || isExternalName
        ? null
        : spec.clusterIP !== undefined && spec.clusterIP !== ''
          ? spec.clusterIP.trim()
          : allocateClusterIp(owner, ips, cidr),
    externalName: isExternalName ? checkExternalName(spec.externalName, owner) : null,
    ports,
    selector: isExternalName ? null : (spec.selector ?? null),
    sessionAffinity: affinity,
    affinityTimeoutSeconds:
      affinity === 'ClientIP'
        ? affinityTimeout(service, DEFAULT_AFFINITY_TIMEOUT_SECONDS, owner)
        : null,
    externalTrafficPolicy: isExternalName ? null : etp,
    internalTrafficPolicy: spec.internalTrafficPolicy ?? 'Cluster',
    trafficDistribution: spec.trafficDistribution ?? null,
    externalIPs,
    loadBalancerIPs:
      type === 'LoadBalancer'
        ? checkAddresses(
            (service.status?.loadBalancer?.ingress ?? []).flatMap((i) => (i.ip ? [i.ip] : [])),
            'status.loadBalancer.ingress',
          )
        : [],
    healthCheckNodePort: needsHealthCheck
      ? (spec.healthCheckNodePort ?? allocateNodePort(pool, owner, 'spec.healthCheckNodePort'))
      : null,
    warnings: warningsFor(service, type),
  };
}

/** Checks every Service of the cluster and returns them resolved, in the order given. */
export function resolveServices(cluster: ClusterModel): ResolvedService[] {
  const cidr = parseCidr(cluster.serviceCidr ?? DEFAULT_SERVICE_CIDR, { field: 'serviceCidr' });
  const pool = nodePortPool(cluster.nodePortRange ?? DEFAULT_NODE_PORT_RANGE);
  const ips = new Map<number, string>();
  const seen = new Set<string>();
  for (const service of cluster.services) {
    const owner = serviceKey(service);
    checkName(service.metadata.name, owner);
    if (seen.has(owner)) {
      throw new InputError(
        `Two Services are named ${owner}; a name is unique within its namespace.`,
        'metadata.name',
      );
    }
    seen.add(owner);
    const type = service.spec.type ?? 'ClusterIP';
    checkType(type, owner);
    checkCombination(service, type, owner);
    checkPorts(service.spec.ports ?? [], owner);
    checkDistribution(service.spec.trafficDistribution, owner);
  }
  claimExplicit(cluster.services, pool, ips, cidr);
  return cluster.services.map((service) => resolveOne(service, pool, ips, cidr));
}
