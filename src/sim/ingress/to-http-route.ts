import { ingressKey } from './classes';
import { annotationNotes, tlsNotes, wildcardNotes } from './conversion-notes';
import { describePath } from './explain';
import type { HTTPIngressPath, Ingress, IngressBackend } from './types';

// Turns an Ingress into Gateway API HTTPRoutes (gateway.networking.k8s.io/v1, plain JSON) and
// lists what does not carry over: controller annotations, ImplementationSpecific paths, TLS
// (which moves to a Gateway listener), named ports, and the wider meaning of a wildcard host.

/** An HTTPRoute backendRef to a Service (or, for a resource backend, another kind). */
export interface HttpRouteBackendRef {
  group?: string;
  kind?: string;
  name: string;
  port?: number;
}

/** One HTTPRoute rule: a path match (none: every path) and where it goes. */
export interface HttpRouteRule {
  matches?: { path: { type: 'Exact' | 'PathPrefix'; value: string } }[];
  backendRefs: HttpRouteBackendRef[];
}

/** A gateway.networking.k8s.io/v1 HTTPRoute as plain JSON. */
export interface ConvertedHttpRoute {
  apiVersion: 'gateway.networking.k8s.io/v1';
  kind: 'HTTPRoute';
  metadata: { name: string; namespace: string };
  spec: {
    parentRefs: { name: string; namespace?: string; sectionName?: string }[];
    hostnames?: string[];
    rules: HttpRouteRule[];
  };
}

/** A Gateway listener the Ingress's spec.tls asks for (to add to the Gateway by hand). */
export interface SuggestedListener {
  name: string;
  protocol: 'HTTPS';
  port: 443;
  hostname?: string;
  tls: {
    mode: 'Terminate';
    certificateRefs: { kind: 'Secret'; name: string; namespace: string }[];
  };
}

/** Something that did not translate, or translates with a different meaning. */
export interface ConversionNote {
  /** The Ingress field at issue, e.g. "metadata.annotations[nginx.ingress.kubernetes.io/rewrite-target]". */
  field: string;
  message: string;
}

/** What ingressToHttpRoutes returns. */
export interface ConversionResult {
  routes: ConvertedHttpRoute[];
  listeners: SuggestedListener[];
  notes: ConversionNote[];
}

/** Where the routes attach. */
export interface ConversionOptions {
  /** The Gateway's name; default: the Ingress's class name, else "gateway". */
  gatewayName?: string;
  /** The Gateway's namespace when it differs from the Ingress's. */
  gatewayNamespace?: string;
  /** The Gateway listener to attach to (parentRefs[].sectionName); default: every listener that accepts the route. */
  sectionName?: string;
}

/** The Gateway API allows at most this many rules in one HTTPRoute. */
export const MAX_RULES_PER_ROUTE = 16;

/** A host made into a name part: "*.example.com" → "wildcard-example-com". */
function hostSlug(host: string): string {
  return host.replace(/^\*\./, 'wildcard.').replaceAll('.', '-');
}

/** The backendRef for an Ingress backend, with a note when it cannot be exact. */
function backendRef(
  backend: IngressBackend,
  field: string,
  notes: ConversionNote[],
): HttpRouteBackendRef {
  if (backend.service) {
    const { name, port } = backend.service;
    if (port.number !== undefined) return { name, port: port.number };
    notes.push({
      field: `${field}.service.port.name`,
      message: `The Service port is named (${port.name ?? ''}); a backendRef needs the port number, so look it up in Service ${name} and add port: <number>.`,
    });
    return { name };
  }
  const resource = backend.resource ?? { kind: '', name: '' };
  notes.push({
    field: `${field}.resource`,
    message: `A resource backend (${resource.kind}/${resource.name}) became a backendRef of that kind; whether a Gateway implementation can send traffic to it is up to that implementation.`,
  });
  return {
    ...(resource.apiGroup === undefined ? {} : { group: resource.apiGroup }),
    kind: resource.kind,
    name: resource.name,
  };
}

/** The rule for one Ingress path. */
function ruleFor(path: HTTPIngressPath, field: string, notes: ConversionNote[]): HttpRouteRule {
  const value = path.path ?? '/';
  if (path.pathType === 'ImplementationSpecific') {
    notes.push({
      field: `${field}.pathType`,
      message: `${describePath(path)} has no portable meaning: it became PathPrefix ${value}. Check what the old controller did with it (some read it as a regular expression).`,
    });
  }
  const type = path.pathType === 'Exact' ? 'Exact' : 'PathPrefix';
  return {
    matches: [{ path: { type, value } }],
    backendRefs: [backendRef(path.backend, `${field}.backend`, notes)],
  };
}

/** The rules of an Ingress grouped by host, in first-seen order ("" for rules without a host). */
function rulesByHost(ingress: Ingress, notes: ConversionNote[]): Map<string, HttpRouteRule[]> {
  const groups = new Map<string, HttpRouteRule[]>();
  (ingress.spec.rules ?? []).forEach((rule, r) => {
    const host = rule.host ?? '';
    const rules = groups.get(host) ?? [];
    (rule.http?.paths ?? []).forEach((path, p) => {
      rules.push(ruleFor(path, `spec.rules[${String(r)}].http.paths[${String(p)}]`, notes));
    });
    groups.set(host, rules);
  });
  return groups;
}

/** Splits rules into HTTPRoutes of at most MAX_RULES_PER_ROUTE rules each. */
function routesFor(
  base: string,
  namespace: string,
  parent: { name: string; namespace?: string; sectionName?: string },
  host: string,
  rules: HttpRouteRule[],
): ConvertedHttpRoute[] {
  const chunks: HttpRouteRule[][] = [];
  for (let i = 0; i < rules.length; i += MAX_RULES_PER_ROUTE)
    chunks.push(rules.slice(i, i + MAX_RULES_PER_ROUTE));
  return chunks.map((chunk, i) => ({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: i === 0 ? base : `${base}-${String(i + 1)}`, namespace },
    spec: { parentRefs: [parent], ...(host === '' ? {} : { hostnames: [host] }), rules: chunk },
  }));
}

/**
 * Converts one Ingress to HTTPRoutes: one per host (named <ingress>-<host>, or <ingress> when the
 * Ingress has a single host or none), Prefix → PathPrefix, Exact → Exact, each backend a
 * backendRef; spec.defaultBackend becomes a catch-all route without hostnames. TLS becomes
 * suggested HTTPS listeners for the Gateway. `notes` lists everything that did not carry over.
 *
 * @example
 * const { routes, notes } = ingressToHttpRoutes(shop, { gatewayName: 'public' });
 * routes[0]?.spec.rules[0]; // { matches: [{ path: { type: 'PathPrefix', value: '/cart' } }], backendRefs: [{ name: 'cart', port: 80 }] }
 */
export function ingressToHttpRoutes(
  ingress: Ingress,
  options: ConversionOptions = {},
): ConversionResult {
  const namespace = ingress.metadata.namespace ?? 'default';
  const name = ingress.metadata.name;
  const gatewayName = options.gatewayName ?? ingress.spec.ingressClassName ?? 'gateway';
  const parent = {
    name: gatewayName,
    ...(options.gatewayNamespace === undefined ? {} : { namespace: options.gatewayNamespace }),
    ...(options.sectionName === undefined ? {} : { sectionName: options.sectionName }),
  };
  const notes: ConversionNote[] = [...annotationNotes(ingress)];
  const groups = rulesByHost(ingress, notes);
  const single = groups.size === 1;
  const routes = [...groups].flatMap(([host, rules]) =>
    routesFor(
      single || host === '' ? name : `${name}-${hostSlug(host)}`,
      namespace,
      parent,
      host,
      rules,
    ),
  );
  const fallback = ingress.spec.defaultBackend;
  if (fallback) {
    const rule = { backendRefs: [backendRef(fallback, 'spec.defaultBackend', notes)] };
    routes.push(...routesFor(`${name}-default-backend`, namespace, parent, '', [rule]));
    notes.push({
      field: 'spec.defaultBackend',
      message: `The default backend became ${name}-default-backend, a route with no hostnames and a rule with no matches (every path). A host that another HTTPRoute names goes to that route first, so check which requests should still reach it.`,
    });
  }
  notes.push(...wildcardNotes(ingress));
  if (routes.length > groups.size + (fallback ? 1 : 0)) {
    notes.push({
      field: 'spec.rules',
      message: `A host had more than ${String(MAX_RULES_PER_ROUTE)} paths, the most one HTTPRoute may hold, so its rules were split over several routes.`,
    });
  }
  const tls = tlsNotes(ingress, gatewayName);
  notes.push(...tls.notes);
  return { routes, listeners: tls.listeners, notes };
}

/** Converts several Ingresses; the notes name their Ingress ("ns/name: …"). */
export function ingressesToHttpRoutes(
  ingresses: readonly Ingress[],
  options: ConversionOptions = {},
): ConversionResult {
  const out: ConversionResult = { routes: [], listeners: [], notes: [] };
  for (const ingress of ingresses) {
    const one = ingressToHttpRoutes(ingress, options);
    out.routes.push(...one.routes);
    out.listeners.push(...one.listeners);
    out.notes.push(
      ...one.notes.map((n) => ({ field: `${ingressKey(ingress)} ${n.field}`, message: n.message })),
    );
  }
  return out;
}
