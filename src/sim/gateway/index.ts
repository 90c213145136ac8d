/**
 * The Gateway API engine (gateway.networking.k8s.io/v1): routes one HTTP request through a
 * Gateway's listeners and the HTTPRoutes attached to them, as the specification defines
 * attachment (parentRefs, allowedRoutes, hostname intersection), matching (path, headers, query
 * parameters, method) and precedence across every rule of every route, and resolves the winning
 * rule's backendRefs (namespaces, ReferenceGrants, missing Services, weights). Every verdict comes
 * with plain sentences saying which route, rule and match won and why the others lost. Pure: no
 * DOM, no stores; bad request fields throw an InputError.
 *
 * @example
 * const { resources, errors } = parseGatewayManifests(yamlText); // located, plain-language errors
 * const gateway = resources.gateways[0];
 * const result = routeRequest(
 *   { gateway, routes: resources.routes, referenceGrants: resources.referenceGrants },
 *   { host: 'shop.example.com', path: '/api/orders', method: 'POST' },
 * );
 * result?.route; // "shop/api"
 * result?.status; // 200, or 500 when the rule has no valid backend
 * explainRequest(input, request).reasons; // ["GET shop.example.com/api is taken by listener …", …]
 */
export { routeRequest, explainRequest } from './route';
export { parseGatewayManifests } from './parse';
export { hostMatches, hostnamesIntersect, normalizeHost } from './hostnames';
export { prefixMatches } from './match';
export { objectKey, DEFAULT_NAMESPACE, GATEWAY_GROUP } from './attach';
export { InputError, isInputError } from '../ip';
export type { GatewayManifests, ManifestError, ParsedManifests } from './parse';
export type {
  Gateway,
  GatewayInput,
  GatewayRequest,
  HTTPBackendRef,
  HTTPPathMatch,
  HTTPRoute,
  HTTPRouteMatch,
  HTTPRouteRule,
  HTTPValueMatch,
  LabelSelector,
  Listener,
  ObjectMeta,
  ParentReference,
  ReferenceGrant,
  ResolvedBackend,
  RouteExplanation,
  RouteResult,
} from './types';
