import { InputError } from '../ip/input-error';
import { parseCidr, parseIpv4 } from '../ip/ipv4';
import { DEFAULT_CLUSTER_CIDR, DEFAULT_NAMESPACE } from './defaults';
import { checkPods, endpointSliceFor } from './endpoint-slices';
import { resolveServices } from './resolve';
import type { ClusterModel, EndpointSlice, ResolvedPort, ResolvedService } from './types';

// A checked cluster: Services resolved and their EndpointSlices built once, so that traffic and
// rule rendering can look them up cheaply.

export interface CompiledCluster {
  model: ClusterModel;
  services: ResolvedService[];
  slices: Map<string, EndpointSlice | null>; // by "namespace/name"
}

/** Checks nodes, pods and Services, and builds every EndpointSlice. */
export function compileCluster(model: ClusterModel): CompiledCluster {
  if (model.nodes.length === 0) {
    throw new InputError('The cluster needs at least one node.', 'nodes');
  }
  const names = new Set<string>();
  for (const node of model.nodes) {
    parseIpv4(node.ip, `nodes.${node.name}.ip`);
    if (names.has(node.name)) {
      throw new InputError(`Two nodes are named ${node.name}; node names are unique.`, 'nodes');
    }
    names.add(node.name);
  }
  parseCidr(model.clusterCidr ?? DEFAULT_CLUSTER_CIDR, { field: 'clusterCidr' });
  checkPods(model);
  const services = resolveServices(model);
  const slices = new Map<string, EndpointSlice | null>();
  for (const service of services) {
    slices.set(`${service.namespace}/${service.name}`, endpointSliceFor(service, model));
  }
  return { model, services, slices };
}

/** Finds a Service by "namespace/name" or by a bare name in the default namespace. */
export function findService(compiled: CompiledCluster, ref: string): ResolvedService {
  const key = ref.includes('/') ? ref : `${DEFAULT_NAMESPACE}/${ref}`;
  const found = compiled.services.find((s) => `${s.namespace}/${s.name}` === key);
  if (found === undefined) {
    throw new InputError(
      `There is no Service ${key}; create it first or check the name.`,
      'service',
    );
  }
  return found;
}

/** Finds a port of a Service by name or number; the first port when none is named. */
export function findPort(service: ResolvedService, ref?: string | number): ResolvedPort {
  const found =
    ref === undefined
      ? service.ports[0]
      : service.ports.find((p) => p.name === ref || p.port === ref);
  if (found === undefined) {
    throw new InputError(
      ref === undefined
        ? `Service ${service.namespace}/${service.name} has no ports to send traffic to.`
        : `Service ${service.namespace}/${service.name} has no port '${String(ref)}'; its ports are ${service.ports.map((p) => p.name || String(p.port)).join(', ')}.`,
      'port',
    );
  }
  return found;
}
