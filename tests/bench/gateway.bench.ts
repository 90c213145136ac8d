import { it } from 'vitest';
import {
  routeRequest,
  type GatewayInput,
  type GatewayRequest,
  type HTTPRoute,
} from '~/sim/gateway';
import { measure, report } from './harness';

// The Gateway API engine at scale: 10,000 requests routed through 100 HTTPRoutes (one Gateway,
// two listeners), each route with hostnames, several rules and mixed path, method and header
// matches, so that every request ranks many candidates.

/** Route i: its own host, a wildcard for every tenth, Exact and PathPrefix rules with extras. */
function makeRoute(i: number): HTTPRoute {
  const team = `team${String(i)}`;
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: `route-${String(i).padStart(3, '0')}`,
      namespace: 'apps',
      creationTimestamp: `2026-01-01T00:${String(i % 60).padStart(2, '0')}:00Z`,
    },
    spec: {
      parentRefs: [{ name: 'edge', namespace: 'infra' }],
      hostnames: i % 10 === 0 ? ['*.example.com'] : [`${team}.example.com`],
      rules: [
        {
          matches: [{ path: { type: 'Exact', value: `/${team}/health` } }],
          backendRefs: [{ name: `${team}-health`, port: 80 }],
        },
        {
          matches: [
            { path: { type: 'PathPrefix', value: `/api/v${String(i % 3)}` }, method: 'POST' },
            {
              path: { type: 'PathPrefix', value: '/api' },
              headers: [{ name: 'x-team', value: team }],
            },
          ],
          backendRefs: [
            { name: `${team}-api`, port: 8080, weight: 90 },
            { name: `${team}-api-canary`, port: 8080, weight: 10 },
          ],
        },
        {
          matches: [{ path: { type: 'RegularExpression', value: '/static/.*\\.(css|js)' } }],
          backendRefs: [{ name: `${team}-static`, port: 80 }],
        },
        { backendRefs: [{ name: `${team}-web`, port: 80 }] },
      ],
    },
  };
}

const input: GatewayInput = {
  gateway: {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'edge', namespace: 'infra' },
    spec: {
      gatewayClassName: 'example',
      listeners: [
        {
          name: 'http',
          port: 80,
          protocol: 'HTTP',
          allowedRoutes: { namespaces: { from: 'All' } },
        },
        {
          name: 'https',
          port: 443,
          protocol: 'HTTPS',
          hostname: '*.example.com',
          allowedRoutes: { namespaces: { from: 'All' } },
        },
      ],
    },
  },
  routes: Array.from({ length: 100 }, (_, i) => makeRoute(i)),
};

const PATHS = ['/', '/api/v1/orders', '/api/v2', '/static/app.js', '/team7/health', '/docs/intro'];
const requests: GatewayRequest[] = Array.from({ length: 10_000 }, (_, i) => ({
  host: `team${String(i % 120)}.example.com`,
  path: PATHS[i % PATHS.length] ?? '/',
  method: i % 4 === 0 ? 'POST' : 'GET',
  headers: i % 3 === 0 ? { 'X-Team': `team${String(i % 120)}` } : {},
}));

it('gateway engine', () => {
  report([
    measure(
      'routeRequest ×10,000',
      '100 HTTPRoutes × 4 rules, 2 listeners',
      () => requests.map((r) => routeRequest(input, r)),
      {
        runs: 5,
        warmup: 1,
      },
    ),
  ]);
});
