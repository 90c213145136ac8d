/**
 * The gateway.networking.k8s.io objects the engine reads, as stored (plain JSON, API defaults not
 * applied), and the shapes of its answers. Only the fields that decide routing are typed.
 */

/** A label selector (matchLabels and matchExpressions), as in the Kubernetes API. */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: {
    key: string;
    operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values?: string[];
  }[];
}

/** ObjectMeta: the fields that matter here. */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  creationTimestamp?: string;
  labels?: Record<string, string>;
}

/** A kind that a listener lets attach (group defaults to gateway.networking.k8s.io). */
export interface RouteGroupKind {
  group?: string;
  kind: string;
}

/** A Gateway listener. */
export interface Listener {
  name: string;
  hostname?: string;
  port: number;
  protocol: string;
  allowedRoutes?: {
    namespaces?: { from?: 'Same' | 'All' | 'Selector'; selector?: LabelSelector };
    kinds?: RouteGroupKind[];
  };
}

/** A gateway.networking.k8s.io/v1 Gateway. */
export interface Gateway {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { gatewayClassName: string; listeners: Listener[] };
}

/** A route's reference to its parent Gateway (or one of its listeners). */
export interface ParentReference {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

/** An HTTPRoute path match; type defaults to PathPrefix and value to "/". */
export interface HTTPPathMatch {
  type?: 'Exact' | 'PathPrefix' | 'RegularExpression';
  value?: string;
}

/** A header or query parameter match; type defaults to Exact. */
export interface HTTPValueMatch {
  type?: 'Exact' | 'RegularExpression';
  name: string;
  value: string;
}

/** One HTTPRouteMatch: every condition it states must hold. */
export interface HTTPRouteMatch {
  path?: HTTPPathMatch;
  headers?: HTTPValueMatch[];
  queryParams?: HTTPValueMatch[];
  method?: string;
}

/** A backendRef of an HTTPRoute rule (group "" and kind Service by default; weight 1). */
export interface HTTPBackendRef {
  group?: string;
  kind?: string;
  name: string;
  namespace?: string;
  port?: number;
  weight?: number;
}

/** A rule's filter; only RequestRedirect changes the verdict here (it answers instead of a backend). */
export interface HTTPRouteFilter {
  type: string;
  requestRedirect?: { statusCode?: number; scheme?: string; hostname?: string; port?: number };
}

/** One rule: any of its matches selects it; its backendRefs receive the request. */
export interface HTTPRouteRule {
  name?: string;
  matches?: HTTPRouteMatch[];
  filters?: HTTPRouteFilter[];
  backendRefs?: HTTPBackendRef[];
}

/** A gateway.networking.k8s.io/v1 HTTPRoute. */
export interface HTTPRoute {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: { parentRefs?: ParentReference[]; hostnames?: string[]; rules?: HTTPRouteRule[] };
}

/** A gateway.networking.k8s.io ReferenceGrant (v1 since Gateway API v1.5; v1beta1 still served): lets `from` objects refer to `to` objects in its namespace. */
export interface ReferenceGrant {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    from: { group: string; kind: string; namespace: string }[];
    to: { group: string; kind: string; name?: string }[];
  };
}

/** What routeRequest is given. */
export interface GatewayInput {
  gateway: Gateway;
  routes: HTTPRoute[];
  /** "namespace/name" of the Services that exist (absent: every Service exists). */
  services?: string[];
  referenceGrants?: ReferenceGrant[];
  /** Namespace labels, for allowedRoutes `from: Selector`. */
  namespaceLabels?: Record<string, Record<string, string>>;
}

/** One HTTP request (method defaults to GET; a port in host is ignored). */
export interface GatewayRequest {
  host: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
}

/** A backendRef as resolved: valid when it can receive traffic, with the reason when not. */
export interface ResolvedBackend {
  name: string;
  namespace: string;
  port?: number;
  weight: number;
  valid: boolean;
  reason?: string;
}

/** The status of a RequestRedirect filter's answer (302 when it names none). */
export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

/** The winning route, rule and match of a request (DESIGN.md), plus its status and reasons. */
export interface RouteResult {
  route: string;
  rule: number;
  match: number;
  backends: ResolvedBackend[];
  /** A RequestRedirect filter's status; else 200 when a valid backend of weight > 0 exists, else 500. */
  status: 200 | RedirectStatus | 500;
  /** The listener(s) the request was taken by. */
  listener: string;
  /** Plain sentences: why this rule won, who lost and why, and the backends' verdicts. */
  reasons: string[];
}

/** A full explanation: the result (null: 404) and the reasons, also for a 404. */
export interface RouteExplanation {
  status: 200 | RedirectStatus | 404 | 500;
  result: RouteResult | null;
  reasons: string[];
}
