// networking.k8s.io/v1 Ingress and IngressClass objects in the shape `kubectl get -o json`
// returns, plus the request and verdict shapes of the Ingress engine.

/** How a path is compared with a request's path. */
export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

/** A Service port: by number or by the Service port's name (exactly one of the two). */
export interface ServiceBackendPort {
  number?: number;
  name?: string;
}

/** Where matching requests go: a Service port, or another resource (exactly one of the two). */
export interface IngressBackend {
  service?: { name: string; port: ServiceBackendPort };
  resource?: { apiGroup?: string; kind: string; name: string };
}

/** One path of a rule and where its requests go. */
export interface HTTPIngressPath {
  /** Must start with '/' for Exact and Prefix; absent means every path. */
  path?: string;
  pathType: PathType;
  backend: IngressBackend;
}

/** The rules for one host (or every host when `host` is absent). */
export interface IngressRule {
  host?: string;
  http?: { paths: HTTPIngressPath[] };
}

/** Hosts whose TLS is terminated with the certificate in a Secret of the Ingress's namespace. */
export interface IngressTLS {
  hosts?: string[];
  secretName?: string;
}

/** The spec of an Ingress. */
export interface IngressSpec {
  ingressClassName?: string;
  defaultBackend?: IngressBackend;
  tls?: IngressTLS[];
  rules?: IngressRule[];
}

/** Object metadata the engine reads. */
export interface ObjectMeta {
  name: string;
  namespace?: string;
  /** When the object was created (RFC 3339); decides between two default IngressClasses. */
  creationTimestamp?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
}

/** A networking.k8s.io/v1 Ingress. */
export interface Ingress {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: IngressSpec;
}

/** A networking.k8s.io/v1 IngressClass: which controller implements Ingresses of this class. */
export interface IngressClass {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec: {
    controller: string;
    parameters?: {
      apiGroup?: string;
      kind: string;
      name: string;
      scope?: string;
      namespace?: string;
    };
  };
}

/** An HTTP request as the controller sees it: the Host header (a port is ignored) and the path. */
export interface IngressRequest {
  host: string;
  path: string;
}

/** The winning rule: rule and path are indexes into spec.rules and its paths; -1 and -1 for spec.defaultBackend. */
export interface RouteResult {
  /** "namespace/name" of the Ingress. */
  ingress: string;
  rule: number;
  path: number;
  backend: IngressBackend;
}

/** How a rule's host relates to the request's host. */
export type HostMatch = 'exact' | 'wildcard' | 'any' | 'none';

/** One path considered for a request, and what became of it. */
export interface PathCandidate {
  ingress: string;
  rule: number;
  path: number;
  host: string | undefined;
  hostMatch: HostMatch;
  /** The path as written ("" when absent) and its type. */
  pathText: string;
  pathType: PathType;
  /** Whether the path matches the request's path. */
  matches: boolean;
  outcome: 'won' | 'lost' | 'no-match' | 'other-host';
  /** Why, in one plain sentence. */
  reason: string;
}

/** route() with the reasons: every candidate path with its outcome, and a summary sentence. */
export interface RouteExplanation {
  result: RouteResult | null;
  candidates: PathCandidate[];
  reasons: string[];
}

/** Which certificate terminates TLS for a host (SNI), from which Ingress's spec.tls entry. */
export interface TlsResult {
  ingress: string;
  tls: number;
  /** The Secret (type kubernetes.io/tls, in the Ingress's namespace); absent when the entry names none. */
  secretName: string | undefined;
  hostMatch: 'exact' | 'wildcard' | 'any';
}

/** A problem in pasted YAML, located so an editor can underline it (the NetworkPolicy parser's shape). */
export interface IngressParseError {
  document: number;
  line: number;
  column: number;
  path: string;
  message: string;
}

/** What parseIngressManifests returns: the valid objects and every error. */
export interface IngressParseResult {
  ingresses: Ingress[];
  classes: IngressClass[];
  errors: IngressParseError[];
}
