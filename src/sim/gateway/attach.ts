import { hostnamesIntersect } from './hostnames';
import { namespaceLabelsOf, selectorMatches } from './selectors';
import type { Gateway, GatewayInput, HTTPRoute, Listener, ParentReference } from './types';

export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** The namespace of an object whose metadata names none. */
export const DEFAULT_NAMESPACE = 'default';

/** A route attached to one listener, with the hostnames it keeps there. */
export interface Attachment {
  readonly route: HTTPRoute;
  readonly key: string;
  /** The route's hostnames that intersect the listener's (all of them when either has none). */
  readonly hostnames: readonly string[];
}

/** "namespace/name" of an object. */
export function objectKey(meta: { name: string; namespace?: string }): string {
  return `${meta.namespace ?? DEFAULT_NAMESPACE}/${meta.name}`;
}

/** Why a parentRef does not point at this listener of this gateway, or null when it does. */
function parentRefMismatch(
  ref: ParentReference,
  route: HTTPRoute,
  gateway: Gateway,
  listener: Listener,
): string | null {
  const group = ref.group ?? GATEWAY_GROUP;
  const kind = ref.kind ?? 'Gateway';
  if (group !== GATEWAY_GROUP || kind !== 'Gateway')
    return `it refers to a ${kind} of group "${group}", not a Gateway`;
  const namespace = ref.namespace ?? route.metadata.namespace ?? DEFAULT_NAMESPACE;
  if (`${namespace}/${ref.name}` !== objectKey(gateway.metadata)) {
    return `it refers to Gateway ${namespace}/${ref.name}`;
  }
  if (ref.sectionName !== undefined && ref.sectionName !== listener.name) {
    return `its sectionName is "${ref.sectionName}"`;
  }
  if (ref.port !== undefined && ref.port !== listener.port)
    return `its port is ${String(ref.port)}`;
  return null;
}

/** Why the listener's allowedRoutes refuses this route, or null when it allows it. */
function allowedRoutesRefusal(
  input: GatewayInput,
  listener: Listener,
  route: HTTPRoute,
): string | null {
  const routeNamespace = route.metadata.namespace ?? DEFAULT_NAMESPACE;
  const gatewayNamespace = input.gateway.metadata.namespace ?? DEFAULT_NAMESPACE;
  const namespaces = listener.allowedRoutes?.namespaces;
  const from = namespaces?.from ?? 'Same';
  if (from === 'Same' && routeNamespace !== gatewayNamespace) {
    return `listener "${listener.name}" only accepts routes from the Gateway's namespace (${gatewayNamespace}; allowedRoutes.namespaces.from defaults to Same)`;
  }
  if (from === 'Selector') {
    const labels = namespaceLabelsOf(routeNamespace, input.namespaceLabels);
    if (!selectorMatches(namespaces?.selector ?? {}, labels)) {
      return `listener "${listener.name}" accepts routes only from namespaces its selector picks, and namespace ${routeNamespace} does not have those labels`;
    }
  }
  const kinds = listener.allowedRoutes?.kinds;
  if (kinds && kinds.length > 0) {
    const ok = kinds.some(
      (k) => (k.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && k.kind === 'HTTPRoute',
    );
    return ok
      ? null
      : `listener "${listener.name}" allows only ${kinds.map((k) => k.kind).join(', ')}`;
  }
  if (listener.protocol !== 'HTTP' && listener.protocol !== 'HTTPS') {
    return `listener "${listener.name}" speaks ${listener.protocol}, which takes no HTTPRoute`;
  }
  return null;
}

/** The route's hostnames kept on a listener: those that intersect its hostname. */
function keptHostnames(listener: Listener, route: HTTPRoute): string[] {
  const hostnames = route.spec.hostnames ?? [];
  if (listener.hostname === undefined) return hostnames;
  return hostnames.filter((h) => hostnamesIntersect(listener.hostname ?? '', h));
}

/** Attaches the route to a listener, or says why it cannot be. */
export function attachTo(
  input: GatewayInput,
  listener: Listener,
  route: HTTPRoute,
): { attachment: Attachment } | { refusal: string } {
  const key = objectKey(route.metadata);
  const refs = route.spec.parentRefs ?? [];
  const mismatches = refs.map((ref) => parentRefMismatch(ref, route, input.gateway, listener));
  if (!mismatches.includes(null)) {
    const why = mismatches.length === 0 ? 'it has no parentRefs' : mismatches.join('; ');
    return { refusal: `HTTPRoute ${key} is not attached to listener "${listener.name}": ${why}.` };
  }
  const refused = allowedRoutesRefusal(input, listener, route);
  if (refused) return { refusal: `HTTPRoute ${key} is not attached: ${refused}.` };
  const hostnames = keptHostnames(listener, route);
  if ((route.spec.hostnames ?? []).length > 0 && hostnames.length === 0) {
    return {
      refusal: `HTTPRoute ${key} is not attached to listener "${listener.name}": none of its hostnames (${(route.spec.hostnames ?? []).join(', ')}) intersects the listener's ${listener.hostname ?? ''}.`,
    };
  }
  return { attachment: { route, key, hostnames } };
}
