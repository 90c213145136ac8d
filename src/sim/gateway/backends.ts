import { DEFAULT_NAMESPACE, GATEWAY_GROUP } from './attach';
import type {
  GatewayInput,
  HTTPBackendRef,
  HTTPRoute,
  ReferenceGrant,
  ResolvedBackend,
} from './types';

/** Whether a ReferenceGrant lets HTTPRoutes of `fromNamespace` refer to the Service `name` in its namespace. */
function grantAllows(grant: ReferenceGrant, fromNamespace: string, name: string): boolean {
  const from = grant.spec.from.some(
    (f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNamespace,
  );
  const to = grant.spec.to.some(
    (t) => t.group === '' && t.kind === 'Service' && (t.name === undefined || t.name === name),
  );
  return from && to;
}

/** Why a backendRef cannot receive traffic, or null when it can. */
function invalidity(
  input: GatewayInput,
  route: HTTPRoute,
  ref: HTTPBackendRef,
  namespace: string,
): string | null {
  const group = ref.group ?? '';
  const kind = ref.kind ?? 'Service';
  if (group !== '' || kind !== 'Service') {
    return `a ${kind}${group ? ` of group ${group}` : ''} is not a kind this model routes to (only core Services)`;
  }
  if (ref.port === undefined) return 'a backendRef to a Service must give its port';
  const routeNamespace = route.metadata.namespace ?? DEFAULT_NAMESPACE;
  if (namespace !== routeNamespace) {
    const grants = (input.referenceGrants ?? []).filter(
      (g) => (g.metadata.namespace ?? DEFAULT_NAMESPACE) === namespace,
    );
    if (!grants.some((g) => grantAllows(g, routeNamespace, ref.name))) {
      return `Service ${namespace}/${ref.name} is in another namespace, and no ReferenceGrant in ${namespace} lets HTTPRoutes from ${routeNamespace} refer to it`;
    }
  }
  if (input.services && !input.services.includes(`${namespace}/${ref.name}`)) {
    return `Service ${namespace}/${ref.name} does not exist`;
  }
  return null;
}

/** Resolves a rule's backendRefs: namespace defaults to the route's, weight to 1. */
export function resolveBackends(
  input: GatewayInput,
  route: HTTPRoute,
  refs: readonly HTTPBackendRef[],
): ResolvedBackend[] {
  return refs.map((ref) => {
    const namespace = ref.namespace ?? route.metadata.namespace ?? DEFAULT_NAMESPACE;
    const reason = invalidity(input, route, ref, namespace);
    const backend: ResolvedBackend = {
      name: ref.name,
      namespace,
      weight: ref.weight ?? 1,
      valid: reason === null,
    };
    if (ref.port !== undefined) backend.port = ref.port;
    if (reason !== null) backend.reason = reason;
    return backend;
  });
}

/** Whether some backend can take traffic: valid and of weight above zero. */
export function hasServingBackend(backends: readonly ResolvedBackend[]): boolean {
  return backends.some((b) => b.valid && b.weight > 0);
}

/** One sentence per backend: where it sends, its share, or why it answers 500. */
export function describeBackends(backends: readonly ResolvedBackend[]): string[] {
  if (backends.length === 0)
    return ['The rule lists no backendRefs, so a matching request gets a 500.'];
  const total = backends.reduce((sum, b) => sum + b.weight, 0);
  const lines = backends.map((b) => {
    const target = `${b.namespace}/${b.name}${b.port === undefined ? '' : `:${String(b.port)}`}`;
    const share = total > 0 ? Math.round((b.weight / total) * 1000) / 10 : 0;
    if (!b.valid)
      return `Backend ${target} is invalid: ${b.reason ?? ''}; its ${String(share)}% of requests get a 500.`;
    return `Backend ${target} gets ${String(share)}% of requests (weight ${String(b.weight)}).`;
  });
  if (!hasServingBackend(backends))
    lines.push('No valid backend has a weight above 0, so the request gets a 500.');
  return lines;
}
