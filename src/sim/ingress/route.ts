import { ingressKey, ingressesOfClass } from './classes';
import { hostMatchOf, isElementPrefix, requestHostOf, requestPathOf } from './match';
import type {
  HostMatch,
  HTTPIngressPath,
  Ingress,
  IngressClass,
  IngressRequest,
  RouteResult,
} from './types';

// Picks the backend for a request across several Ingresses of one class, the way a controller
// merges them: the most specific host first (a precise host, then a wildcard, then rules without
// a host), then the longest matching path, Exact before Prefix on a tie, then input order; no
// match goes to the first spec.defaultBackend found, else nowhere (the controller's own 404).

/** Limits route() to the Ingresses of one class. */
export interface RouteOptions {
  /** Only Ingresses of this class take part (their spec, annotation or the default class). */
  ingressClass?: string;
  /** The cluster's IngressClasses, for the default class. */
  classes?: readonly IngressClass[];
}

/** How specific a host match is: lower is more specific; null when the host does not match. */
export function hostTier(match: HostMatch): number | null {
  if (match === 'exact') return 0;
  if (match === 'wildcard') return 1;
  return match === 'any' ? 2 : null;
}

/** The length a path competes with: its characters, without a trailing '/' unless Exact. */
export function pathLength(path: HTTPIngressPath): number {
  const text = path.path ?? '/';
  if (path.pathType === 'Exact' || text === '/' || !text.endsWith('/')) return text.length;
  return text.length - 1;
}

/** Whether path `a` takes precedence over path `b` (both matching): longer, then Exact first. */
export function outranks(a: HTTPIngressPath, b: HTTPIngressPath): boolean {
  const la = pathLength(a);
  const lb = pathLength(b);
  if (la !== lb) return la > lb;
  return a.pathType === 'Exact' && b.pathType !== 'Exact';
}

/** Whether a path matches an already cleaned request path (no validation on this hot path). */
export function pathMatches(path: HTTPIngressPath, request: string): boolean {
  if (path.pathType === 'Exact') return path.path === request;
  return isElementPrefix(path.path ?? '/', request);
}

/** The Ingresses that take part: all of them, or those of the asked class. */
export function participants(
  ingresses: readonly Ingress[],
  options: RouteOptions = {},
): readonly Ingress[] {
  return options.ingressClass === undefined
    ? ingresses
    : ingressesOfClass(ingresses, options.ingressClass, options.classes);
}

/** The most specific host tier any rule with paths offers for this host (null: none). */
export function chosenTier(ingresses: readonly Ingress[], host: string): number | null {
  let best: number | null = null;
  for (const ingress of ingresses) {
    for (const rule of ingress.spec.rules ?? []) {
      if (!rule.http || rule.http.paths.length === 0) continue;
      const tier = hostTier(hostMatchOf(rule.host, host));
      if (tier !== null && (best === null || tier < best)) best = tier;
    }
  }
  return best;
}

/** The first spec.defaultBackend among the Ingresses, as a result. */
export function defaultRoute(ingresses: readonly Ingress[]): RouteResult | null {
  const ingress = ingresses.find((i) => i.spec.defaultBackend !== undefined);
  if (!ingress?.spec.defaultBackend) return null;
  return { ingress: ingressKey(ingress), rule: -1, path: -1, backend: ingress.spec.defaultBackend };
}

/**
 * The backend a request reaches: `rule` and `path` index spec.rules and its paths, both -1 when
 * spec.defaultBackend answers; null when nothing does (the controller answers 404 itself).
 * Throws an InputError for a request path that does not start with '/'.
 *
 * @example
 * route([shop], { host: 'shop.example.com', path: '/cart/items' });
 * // { ingress: 'default/shop', rule: 0, path: 1, backend: { service: { name: 'cart', … } } }
 */
export function route(
  ingresses: readonly Ingress[],
  request: IngressRequest,
  options: RouteOptions = {},
): RouteResult | null {
  const taking = participants(ingresses, options);
  const path = requestPathOf(request.path);
  const host = requestHostOf(request.host);
  const tier = chosenTier(taking, host);
  let best: { result: RouteResult; path: HTTPIngressPath } | null = null;
  for (const ingress of tier === null ? [] : taking) {
    (ingress.spec.rules ?? []).forEach((rule, r) => {
      if (hostTier(hostMatchOf(rule.host, host)) !== tier) return;
      (rule.http?.paths ?? []).forEach((candidate, p) => {
        if (!pathMatches(candidate, path)) return;
        if (best && !outranks(candidate, best.path)) return;
        const result = {
          ingress: ingressKey(ingress),
          rule: r,
          path: p,
          backend: candidate.backend,
        };
        best = { result, path: candidate };
      });
    });
  }
  return (best as { result: RouteResult } | null)?.result ?? defaultRoute(taking);
}
