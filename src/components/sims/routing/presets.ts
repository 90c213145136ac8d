// The routing playground's presets: realistic manifests for each API, a starting request and a
// few test requests that show the rules at work. Plain data; the Astro wrapper checks each one
// with the engines at build time.

/** One request of the playground (Ingress ignores the method and headers). */
export interface PlaygroundRequest {
  host: string;
  path: string;
  method: string;
  /** "Name: value" lines. */
  headers: string;
}

/** A preset: which API, its manifests, a first request and test requests. */
export interface RoutingPreset {
  id: string;
  api: 'ingress' | 'gateway';
  title: string;
  manifests: string;
  request: PlaygroundRequest;
  tests: PlaygroundRequest[];
}

/** A request with defaults: GET, no headers. */
function req(host: string, path: string, method = 'GET', headers = ''): PlaygroundRequest {
  return { host, path, method, headers };
}

const GATEWAY_PRECEDENCE = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: public
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    hostname: "*.example.com"
    allowedRoutes:
      namespaces:
        from: All
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
  namespace: shop
  creationTimestamp: "2026-01-15T09:00:00Z"
spec:
  parentRefs:
  - name: public
    namespace: infra
  hostnames: ["store.example.com"]
  rules:
  - matches:
    - path: { type: Exact, value: /cart/checkout }
    backendRefs:
    - { name: checkout, port: 8080 }
  - matches:
    - path: { type: PathPrefix, value: /cart }
      method: POST
    backendRefs:
    - { name: cart-writer, port: 8080 }
  - matches:
    - path: { type: PathPrefix, value: /cart }
      headers:
      - { name: x-beta, value: "true" }
      - { name: x-region, value: eu }
    backendRefs:
    - { name: cart-beta, port: 8080 }
  - backendRefs:
    - { name: storefront, port: 80 }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: wildcard
  namespace: shop
  creationTimestamp: "2025-11-02T14:30:00Z"
spec:
  parentRefs:
  - name: public
    namespace: infra
  hostnames: ["*.example.com"]
  rules:
  - matches:
    - path: { type: PathPrefix, value: /cart/checkout/v2 }
    backendRefs:
    - { name: checkout-v2, port: 8080 }
  - backendRefs:
    - { name: landing, port: 80 }
`;

const GATEWAY_BACKENDS = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: public
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            gateway-access: "true"
---
apiVersion: v1
kind: Namespace
metadata:
  name: team-a
  labels: { gateway-access: "true" }
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: api
  namespace: team-a
spec:
  parentRefs:
  - name: public
    namespace: infra
  hostnames: ["api.example.com"]
  rules:
  - matches:
    - path: { type: PathPrefix, value: /orders }
    backendRefs:
    - { name: orders, port: 80, weight: 90 }
    - { name: orders-canary, port: 80, weight: 10 }
  - matches:
    - path: { type: PathPrefix, value: /payments }
    backendRefs:
    - { name: payments, namespace: billing, port: 443 }
  - matches:
    - path: { type: PathPrefix, value: /reports }
    backendRefs:
    - { name: reports, namespace: analytics, port: 80 }
  - matches:
    - path: { type: PathPrefix, value: /legacy }
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata:
  name: team-a-routes
  namespace: billing
spec:
  from:
  - { group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: team-a }
  to:
  - { group: "", kind: Service }
---
apiVersion: v1
kind: Service
metadata: { name: orders, namespace: team-a }
---
apiVersion: v1
kind: Service
metadata: { name: payments, namespace: billing }
---
apiVersion: v1
kind: Service
metadata: { name: reports, namespace: analytics }
`;

const INGRESS_HOSTS = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
spec:
  ingressClassName: example
  defaultBackend:
    service: { name: not-found-page, port: { number: 80 } }
  rules:
  - host: store.example.com
    http:
      paths:
      - path: /cart
        pathType: Prefix
        backend:
          service: { name: cart, port: { number: 8080 } }
      - path: /cart/checkout
        pathType: Exact
        backend:
          service: { name: checkout, port: { number: 8080 } }
      - path: /
        pathType: Prefix
        backend:
          service: { name: storefront, port: { number: 80 } }
  - host: "*.example.com"
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: { name: landing, port: { number: 80 } }
`;

const INGRESS_MIGRATION = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: blog
  namespace: web
  annotations:
    nginx.ingress.kubernetes.io/rewrite-target: /
    nginx.ingress.kubernetes.io/ssl-redirect: "true"
spec:
  ingressClassName: nginx
  tls:
  - hosts: [blog.example.com]
    secretName: blog-tls
  rules:
  - host: blog.example.com
    http:
      paths:
      - path: /admin
        pathType: ImplementationSpecific
        backend:
          service: { name: blog-admin, port: { name: http } }
      - path: /
        pathType: Prefix
        backend:
          service: { name: blog, port: { number: 80 } }
  - host: "*.blog.example.com"
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service: { name: blog-tenants, port: { number: 80 } }
`;

/** Every preset, by id. */
export const ROUTING_PRESETS: readonly RoutingPreset[] = [
  {
    id: 'gateway-precedence',
    api: 'gateway',
    title: 'HTTPRoute precedence: hostnames, Exact, PathPrefix, method and headers',
    manifests: GATEWAY_PRECEDENCE,
    request: req('store.example.com', '/cart/checkout'),
    tests: [
      req('store.example.com', '/cart/checkout'),
      req('store.example.com', '/cart/checkout/v2'),
      req('store.example.com', '/cart/items', 'POST', 'x-beta: true\nx-region: eu'),
      req('store.example.com', '/cart/items', 'GET', 'X-Beta: true\nX-Region: eu'),
      req('eu.store.example.com', '/cart/checkout/v2/pay'),
      req('example.com', '/'),
    ],
  },
  {
    id: 'gateway-backends',
    api: 'gateway',
    title: 'backendRefs: weights, ReferenceGrants and 500s',
    manifests: GATEWAY_BACKENDS,
    request: req('api.example.com', '/reports/weekly'),
    tests: [
      req('api.example.com', '/orders/17'),
      req('api.example.com', '/payments/charge', 'POST'),
      req('api.example.com', '/reports/weekly'),
      req('api.example.com', '/legacy/export'),
      req('api.example.com', '/health'),
    ],
  },
  {
    id: 'ingress-hosts',
    api: 'ingress',
    title: 'Ingress: hosts, Exact and Prefix paths, the default backend',
    manifests: INGRESS_HOSTS,
    request: req('store.example.com', '/cart/checkout'),
    tests: [
      req('store.example.com', '/cart/checkout'),
      req('store.example.com', '/cart/checkout/'),
      req('store.example.com', '/cartoon'),
      req('blog.example.com', '/'),
      req('a.b.example.com', '/'),
    ],
  },
  {
    id: 'ingress-migration',
    api: 'ingress',
    title: 'Migrating an ingress-nginx Ingress to HTTPRoute',
    manifests: INGRESS_MIGRATION,
    request: req('blog.example.com', '/admin/users'),
    tests: [
      req('blog.example.com', '/admin/users'),
      req('blog.example.com', '/posts/1'),
      req('team.blog.example.com', '/'),
      req('a.team.blog.example.com', '/'),
    ],
  },
];

/** The preset with an id, or undefined. */
export function findPreset(id: string): RoutingPreset | undefined {
  return ROUTING_PRESETS.find((p) => p.id === id);
}
