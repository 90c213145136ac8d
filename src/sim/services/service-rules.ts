import { InputError } from '../ip/input-error';
import type { ServiceModel, ServiceType } from './types';

// Rules about combinations of Service fields that the API refuses, and the warnings it (or the
// documentation) gives for fields that still work but should not be used.

/** Refuses settings that the API allows only with another type or clusterIP. */
export function checkCombination(service: ServiceModel, type: ServiceType, owner: string): void {
  const { spec } = service;
  const headless = spec.clusterIP === 'None';
  if (headless && type !== 'ClusterIP') {
    throw new InputError(
      `${owner}: clusterIP: None (headless) is only allowed with type ClusterIP; a ${type} Service needs a cluster IP.`,
      'spec.clusterIP',
    );
  }
  const external =
    type === 'NodePort' || type === 'LoadBalancer' || (spec.externalIPs ?? []).length > 0;
  if (spec.externalTrafficPolicy !== undefined && !external) {
    throw new InputError(
      `${owner}: externalTrafficPolicy only applies to traffic from outside the cluster, so it may only be set on NodePort and LoadBalancer Services (or with externalIPs).`,
      'spec.externalTrafficPolicy',
    );
  }
  (spec.ports ?? []).forEach((port, i) => {
    if (port.nodePort !== undefined && type !== 'NodePort' && type !== 'LoadBalancer') {
      throw new InputError(
        `${owner}: nodePort is only allowed on NodePort and LoadBalancer Services; remove it or change the type.`,
        `spec.ports[${String(i)}].nodePort`,
      );
    }
  });
  if ((spec.ports ?? []).length === 0 && type !== 'ExternalName' && !headless) {
    throw new InputError(
      `${owner}: a ${type} Service needs at least one port (for example port: 80, targetPort: 8080).`,
      'spec.ports',
    );
  }
}

/** Deprecation and no-op warnings, as kubectl would print them or the docs state them. */
export function warningsFor(service: ServiceModel, type: ServiceType): string[] {
  const out: string[] = [];
  if ((service.spec.externalIPs ?? []).length > 0) {
    out.push(
      'spec.externalIPs is deprecated since Kubernetes v1.36 (it still works, with a warning); prefer a LoadBalancer Service or a Gateway.',
    );
  }
  if (service.spec.trafficDistribution === 'PreferClose') {
    out.push(
      'PreferClose is the older name of PreferSameZone (the new names came in v1.33 and are GA since v1.35); both mean the same.',
    );
  }
  if (type === 'ExternalName' && service.spec.selector !== undefined) {
    out.push(
      'An ExternalName Service ignores its selector: it has no endpoints and no proxy rules.',
    );
  }
  return out;
}
