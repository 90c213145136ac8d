import { describe, expect, it } from 'vitest';
import { explainRequest, routeRequest } from '~/sim/gateway';
import type { HTTPRoute, Listener } from '~/sim/gateway';
import { gateway, input, route, rule } from './fixtures';

// Attachment: parentRefs (name, namespace, sectionName, port) and the listener's allowedRoutes.

const http: Listener = { name: 'http', port: 80, protocol: 'HTTP' };
const https: Listener = { name: 'https', port: 443, protocol: 'HTTPS' };

/** A route in `namespace` whose single parentRef is `ref`. */
function withRef(namespace: string, ref: NonNullable<HTTPRoute['spec']['parentRefs']>): HTTPRoute {
  const r = route(`${namespace}/app`, [rule('app')]);
  r.spec.parentRefs = ref;
  return r;
}

describe('parentRefs', () => {
  it('the namespace of a parentRef defaults to the route’s', () => {
    expect(
      routeRequest(input([withRef('infra', [{ name: 'web' }])]), { host: 'a', path: '/' })?.route,
    ).toBe('infra/app');
    const explained = explainRequest(input([withRef('shop', [{ name: 'web' }])]), {
      host: 'a',
      path: '/',
    });
    expect(explained.reasons).toContain(
      'HTTPRoute shop/app is not attached to listener "http": it refers to Gateway shop/web.',
    );
  });

  it('sectionName and port pick listeners', () => {
    const gw = gateway([http, https]);
    const bySection = withRef('infra', [{ name: 'web', sectionName: 'https' }]);
    expect(routeRequest(input([bySection], gw), { host: 'a', path: '/' }, 'http')).toBeNull();
    expect(routeRequest(input([bySection], gw), { host: 'a', path: '/' }, 'https')?.route).toBe(
      'infra/app',
    );
    const byPort = withRef('infra', [{ name: 'web', port: 80 }]);
    expect(routeRequest(input([byPort], gw), { host: 'a', path: '/' }, 'https')).toBeNull();
    expect(routeRequest(input([byPort], gw), { host: 'a', path: '/' }, 'http')?.route).toBe(
      'infra/app',
    );
  });

  it('a route without parentRefs attaches nowhere', () => {
    expect(
      explainRequest(input([withRef('infra', [])]), { host: 'a', path: '/' }).reasons,
    ).toContain('HTTPRoute infra/app is not attached to listener "http": it has no parentRefs.');
  });
});

describe('allowedRoutes', () => {
  const cross = withRef('shop', [{ name: 'web', namespace: 'infra' }]);

  it('from defaults to Same: a route in another namespace is refused', () => {
    const explained = explainRequest(input([cross]), { host: 'a', path: '/' });
    expect(explained.status).toBe(404);
    expect(explained.reasons).toContain(
      'HTTPRoute shop/app is not attached: listener "http" only accepts routes from the Gateway\'s namespace (infra; allowedRoutes.namespaces.from defaults to Same).',
    );
  });

  it('from All accepts any namespace', () => {
    const gw = gateway([{ ...http, allowedRoutes: { namespaces: { from: 'All' } } }]);
    expect(routeRequest(input([cross], gw), { host: 'a', path: '/' })?.route).toBe('shop/app');
  });

  it('from Selector reads the namespace labels, including kubernetes.io/metadata.name', () => {
    const gw = gateway([
      {
        ...http,
        allowedRoutes: {
          namespaces: { from: 'Selector', selector: { matchLabels: { shared: 'yes' } } },
        },
      },
    ]);
    const base = input([cross], gw);
    expect(routeRequest(base, { host: 'a', path: '/' })).toBeNull();
    expect(
      routeRequest(
        { ...base, namespaceLabels: { shop: { shared: 'yes' } } },
        { host: 'a', path: '/' },
      )?.route,
    ).toBe('shop/app');
    const byName = gateway([
      {
        ...http,
        allowedRoutes: {
          namespaces: {
            from: 'Selector',
            selector: {
              matchExpressions: [
                { key: 'kubernetes.io/metadata.name', operator: 'In', values: ['shop'] },
              ],
            },
          },
        },
      },
    ]);
    expect(routeRequest(input([cross], byName), { host: 'a', path: '/' })?.route).toBe('shop/app');
  });

  it('kinds must include HTTPRoute; a TLS listener takes none by default', () => {
    const grpcOnly = gateway([{ ...http, allowedRoutes: { kinds: [{ kind: 'GRPCRoute' }] } }]);
    expect(
      explainRequest(input([route('r', [rule('r')])], grpcOnly), { host: 'a', path: '/' }).reasons,
    ).toContain('HTTPRoute infra/r is not attached: listener "http" allows only GRPCRoute.');
    const tls = gateway([{ name: 'tls', port: 443, protocol: 'TLS' }]);
    expect(
      routeRequest(input([route('r', [rule('r')])], tls), { host: 'a', path: '/' }),
    ).toBeNull();
  });
});
