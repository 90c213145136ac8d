import type {
  Gateway,
  GatewayRequest,
  HTTPRoute,
  HTTPRouteMatch,
  HTTPRouteRule,
} from '~/sim/gateway/types';
import { randomFromNumber, randomIndex, type Random } from '../random';

// Seeded Gateway API scenarios for the "which backend answers?" generator: one Gateway with one
// HTTP listener, two to four HTTPRoutes whose rules overlap on purpose (hostnames, Exact against
// PathPrefix, methods, headers, query parameters, creation times), and one request that one or
// more of them match.

/** A generated scenario: the objects and the request. */
export interface GatewayScenario {
  gateway: Gateway;
  routes: HTTPRoute[];
  request: GatewayRequest;
}

const HOSTS = ['shop.example.com', 'api.shop.example.com', 'blog.example.com'];
const ROUTE_HOSTNAMES = [
  'shop.example.com',
  '*.example.com',
  '*.shop.example.com',
  'api.shop.example.com',
];
const PATHS = ['/', '/api', '/api/v1', '/api/v1/orders', '/api/v1/orders/42', '/apiv2', '/login'];
const NAMES = [
  'storefront',
  'checkout',
  'catalog',
  'orders',
  'legacy',
  'canary',
  'search',
  'accounts',
];
const HEADERS: readonly [string, string][] = [
  ['x-env', 'canary'],
  ['x-tenant', 'acme'],
];
const TIMES = ['2025-06-01T08:00:00Z', '2026-02-10T12:30:00Z'];

/** One of the items, picked by the random source. */
function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)] as T;
}

/** A random match: a path (Exact or PathPrefix, or none), maybe a method, headers and a query parameter. */
function randomMatch(random: Random): HTTPRouteMatch {
  const match: HTTPRouteMatch = {};
  const roll = random();
  if (roll < 0.35) match.path = { type: 'Exact', value: pick(random, PATHS.slice(1)) };
  else if (roll < 0.9) match.path = { type: 'PathPrefix', value: pick(random, PATHS) };
  if (random() < 0.25) match.method = pick(random, ['GET', 'POST']);
  const headerCount = random() < 0.6 ? 0 : randomIndex(random, 2) + 1;
  if (headerCount > 0)
    match.headers = HEADERS.slice(0, headerCount).map(([name, value]) => ({ name, value }));
  if (random() < 0.2) match.queryParams = [{ name: 'preview', value: 'true' }];
  return match;
}

/** A rule with one or two matches and one backend (sometimes none, or one in another namespace). */
function randomRule(random: Random, backend: string): HTTPRouteRule {
  const matches = Array.from({ length: random() < 0.75 ? 1 : 2 }, () => randomMatch(random));
  const roll = random();
  if (roll < 0.07) return { matches };
  if (roll < 0.14)
    return { matches, backendRefs: [{ name: backend, namespace: 'payments', port: 80 }] };
  return { matches, backendRefs: [{ name: backend, port: 80 }] };
}

/** A route in namespace web with zero or one hostname, one to three rules, maybe a creation time. */
function randomRoute(random: Random, name: string): HTTPRoute {
  const rules = Array.from({ length: randomIndex(random, 3) + 1 }, (_, i) =>
    randomRule(random, i === 0 ? name : `${name}-v${String(i + 1)}`),
  );
  const route: HTTPRoute = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name, namespace: 'web' },
    spec: { parentRefs: [{ name: 'public' }] },
  };
  if (random() < 0.6) route.spec.hostnames = [pick(random, ROUTE_HOSTNAMES)];
  route.spec.rules = rules;
  if (random() < 0.5) route.metadata.creationTimestamp = pick(random, TIMES);
  return route;
}

/** A request aimed at a random match of a random route: its hostname and path, sometimes its method. */
function aimedRequest(random: Random, routes: readonly HTTPRoute[]): GatewayRequest {
  const route = pick(random, routes);
  const rule = pick(random, route.spec.rules ?? [{}]);
  const match = pick(random, rule.matches ?? [{}]);
  const hostname = route.spec.hostnames?.[0] ?? pick(random, HOSTS);
  const request: GatewayRequest = {
    host: hostname.startsWith('*.')
      ? `${pick(random, ['eu', 'api'])}${hostname.slice(1)}`
      : hostname,
    path: match.path?.value ?? pick(random, PATHS),
  };
  if (match.method !== undefined && random() < 0.8) request.method = match.method;
  if (match.headers && random() < 0.8)
    request.headers = Object.fromEntries(match.headers.map((h) => [h.name, h.value]));
  if (match.queryParams && random() < 0.8) request.query = { preview: 'true' };
  return request;
}

/** A request that tends to hit the rules: a pool path, maybe a method, headers and a query. */
function randomRequest(random: Random, routes: readonly HTTPRoute[]): GatewayRequest {
  if (random() < 0.6) return aimedRequest(random, routes);
  const request: GatewayRequest = { host: pick(random, HOSTS), path: pick(random, PATHS) };
  if (random() < 0.3) request.path += pick(random, ['/', '/7']);
  if (random() < 0.3) request.method = 'POST';
  const headers = HEADERS.filter(() => random() < 0.45);
  if (headers.length > 0) request.headers = Object.fromEntries(headers);
  if (random() < 0.25) request.query = { preview: 'true' };
  return request;
}

/** The scenario for one seed. */
export function gatewayScenario(seed: number): GatewayScenario {
  const random = randomFromNumber(seed);
  const unused = [...NAMES];
  const count = randomIndex(random, 3) + 2;
  const routes: HTTPRoute[] = [];
  for (let i = 0; i < count; i++) {
    const name = unused.splice(randomIndex(random, unused.length), 1)[0] ?? `route-${String(i)}`;
    routes.push(randomRoute(random, name));
  }
  const gateway: Gateway = {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'public', namespace: 'web' },
    spec: {
      gatewayClassName: 'example',
      listeners: [
        {
          name: 'http',
          port: 80,
          protocol: 'HTTP',
          ...(random() < 0.3 ? { hostname: '*.example.com' } : {}),
        },
      ],
    },
  };
  return { gateway, routes, request: randomRequest(random, routes) };
}
