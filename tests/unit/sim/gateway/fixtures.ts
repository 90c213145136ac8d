import type { Gateway, GatewayInput, HTTPRoute, HTTPRouteRule, Listener } from '~/sim/gateway';

/** A Gateway "web" in namespace "infra" with the given listeners (default: one HTTP listener, any host). */
export function gateway(
  listeners: Listener[] = [{ name: 'http', port: 80, protocol: 'HTTP' }],
): Gateway {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: { name: 'web', namespace: 'infra' },
    spec: { gatewayClassName: 'example', listeners },
  };
}

/** An HTTPRoute in namespace "infra" (unless named "ns/name") attached to Gateway web. */
export function route(
  key: string,
  rules: HTTPRouteRule[],
  extra: { hostnames?: string[]; created?: string; sectionName?: string } = {},
): HTTPRoute {
  const [namespace, name] = key.includes('/') ? key.split('/') : ['infra', key];
  const parentRef = {
    name: 'web',
    namespace: 'infra',
    ...(extra.sectionName ? { sectionName: extra.sectionName } : {}),
  };
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: {
      name: name ?? '',
      namespace: namespace ?? '',
      ...(extra.created ? { creationTimestamp: extra.created } : {}),
    },
    spec: {
      parentRefs: [parentRef],
      ...(extra.hostnames ? { hostnames: extra.hostnames } : {}),
      rules,
    },
  };
}

/** A rule sending to Service `backend` port 80 for the given matches. */
export function rule(backend: string, matches?: HTTPRouteRule['matches']): HTTPRouteRule {
  return { ...(matches ? { matches } : {}), backendRefs: [{ name: backend, port: 80 }] };
}

/** An input for routeRequest: the gateway and routes (every Service exists). */
export function input(routes: HTTPRoute[], gw: Gateway = gateway()): GatewayInput {
  return { gateway: gw, routes };
}
