/**
 * The Ingress engine: routes an HTTP request through networking.k8s.io/v1 Ingresses exactly as
 * the API defines matching (Exact: the same string; Prefix: whole '/'-separated elements, a
 * trailing '/' ignored; ImplementationSpecific: treated as Prefix here), picks among several
 * Ingresses of one class (most specific host, then the longest path, Exact before Prefix on a
 * tie), says why, finds the certificate for a TLS server name, reads pasted manifests with
 * located errors, and converts an Ingress to Gateway API HTTPRoutes with what does not carry
 * over. Pure: no DOM, no stores; a bad request throws an InputError.
 *
 * @example
 * const { ingresses, errors } = parseIngressManifests(yamlText);
 * route(ingresses, { host: 'shop.example.com', path: '/cart/items' });
 * // { ingress: 'default/shop', rule: 0, path: 1, backend: { service: { name: 'cart', port: { number: 80 } } } }
 * explainRoute(ingresses, { host: 'shop.example.com', path: '/cartoon' }).reasons;
 * certificateFor(ingresses, 'shop.example.com')?.secretName; // 'shop-tls'
 * renderYamlDocuments(ingressToHttpRoutes(ingresses[0]!).routes);
 */
export { matchPath, matchHost, hostMatchOf, requestHostOf, requestPathOf } from './match';
export { route, outranks, pathLength } from './route';
export type { RouteOptions } from './route';
export { explainRoute, describeBackend, describePath } from './explain';
export { certificateFor, hostsWithoutTls } from './tls';
export {
  effectiveClass,
  ingressesOfClass,
  ingressKey,
  DEFAULT_CLASS_ANNOTATION,
  LEGACY_CLASS_ANNOTATION,
} from './classes';
export type { EffectiveClass } from './classes';
export { parseIngressManifests, INGRESS_PARSE_LIMITS } from './parse';
export { ingressToHttpRoutes, ingressesToHttpRoutes, MAX_RULES_PER_ROUTE } from './to-http-route';
export type {
  ConversionNote,
  ConversionOptions,
  ConversionResult,
  ConvertedHttpRoute,
  HttpRouteBackendRef,
  HttpRouteRule,
  SuggestedListener,
} from './to-http-route';
export { renderYaml, renderYamlDocuments } from './render-yaml';
export { InputError, isInputError } from '../ip';
export type * from './types';
