import { describe, expect, it } from 'vitest';
import { ingressToHttpRoutes, ingressesToHttpRoutes, renderYamlDocuments } from '~/sim/ingress';
import { ing, p } from './fixtures';

const shop = {
  ...ing(
    'shop',
    {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
      rules: [
        {
          host: 'shop.example.com',
          http: { paths: [p('/', 'Prefix', 'web'), p('/cart/checkout', 'Exact', 'checkout')] },
        },
        { host: '*.example.com', http: { paths: [p('/api', 'ImplementationSpecific', 'api')] } },
      ],
      defaultBackend: { service: { name: 'fallback', port: { name: 'http' } } },
    },
    { 'nginx.ingress.kubernetes.io/rewrite-target': '/', team: 'web' },
  ),
};

describe('ingressToHttpRoutes', () => {
  const { routes, listeners, notes } = ingressToHttpRoutes(shop);

  it('makes one HTTPRoute per host attached to the class-named Gateway, plus a default-backend route', () => {
    expect(routes.map((r) => [r.metadata.name, r.spec.hostnames])).toEqual([
      ['shop-shop-example-com', ['shop.example.com']],
      ['shop-wildcard-example-com', ['*.example.com']],
      ['shop-default-backend', undefined],
    ]);
    expect(routes[0]).toEqual({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'shop-shop-example-com', namespace: 'default' },
      spec: {
        parentRefs: [{ name: 'nginx' }],
        hostnames: ['shop.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [{ name: 'web', port: 80 }],
          },
          {
            matches: [{ path: { type: 'Exact', value: '/cart/checkout' } }],
            backendRefs: [{ name: 'checkout', port: 80 }],
          },
        ],
      },
    });
    expect(routes[2]?.spec.rules).toEqual([{ backendRefs: [{ name: 'fallback' }] }]);
  });

  it('lists what does not translate, field by field', () => {
    expect(notes.map((n) => n.field)).toEqual([
      'metadata.annotations[nginx.ingress.kubernetes.io/rewrite-target]',
      'spec.rules[1].http.paths[0].pathType',
      'spec.defaultBackend.service.port.name',
      'spec.defaultBackend',
      'spec.rules[1].host',
      'spec.tls[0]',
    ]);
    expect(notes[0]?.message).toContain('URLRewrite filter');
    expect(notes[4]?.message).toBe(
      '*.example.com matched exactly one label on the Ingress (a.example.com, not a.b.example.com); as an HTTPRoute hostname it matches one or more labels, so a.b.example.com now matches too.',
    );
  });

  it('suggests an HTTPS listener per TLS host with the Secret as certificateRef', () => {
    expect(listeners).toEqual([
      {
        name: 'https-shop-example-com',
        protocol: 'HTTPS',
        port: 443,
        hostname: 'shop.example.com',
        tls: {
          mode: 'Terminate',
          certificateRefs: [{ kind: 'Secret', name: 'shop-tls', namespace: 'default' }],
        },
      },
    ]);
  });

  it('names a single-host route after the Ingress and honours the Gateway options', () => {
    const one = ing('blog', {
      rules: [{ host: 'blog.test', http: { paths: [p('/', 'Prefix', 'blog')] } }],
    });
    const {
      routes: [route],
      notes: none,
    } = ingressToHttpRoutes(one, { gatewayName: 'public', gatewayNamespace: 'infra' });
    expect(route?.metadata.name).toBe('blog');
    expect(route?.spec.parentRefs).toEqual([{ name: 'public', namespace: 'infra' }]);
    expect(none).toEqual([]);
  });

  it('splits more than 16 paths of one host over several routes', () => {
    const paths = Array.from({ length: 17 }, (_, i) => p(`/p${String(i)}`, 'Prefix', 'web'));
    const { routes: split } = ingressToHttpRoutes(
      ing('big', { rules: [{ host: 'a.test', http: { paths } }] }),
    );
    expect(split.map((r) => [r.metadata.name, r.spec.rules.length])).toEqual([
      ['big', 16],
      ['big-2', 1],
    ]);
  });

  it('renders the routes as YAML that names every rule', () => {
    const text = renderYamlDocuments(ingressesToHttpRoutes([shop]).routes.slice(0, 1));
    expect(text).toBe(
      [
        'apiVersion: gateway.networking.k8s.io/v1',
        'kind: HTTPRoute',
        'metadata:',
        '  name: shop-shop-example-com',
        '  namespace: default',
        'spec:',
        '  parentRefs:',
        '  - name: nginx',
        '  hostnames:',
        '  - shop.example.com',
        '  rules:',
        '  - matches:',
        '    - path:',
        '        type: PathPrefix',
        '        value: /',
        '    backendRefs:',
        '    - name: web',
        '      port: 80',
        '  - matches:',
        '    - path:',
        '        type: Exact',
        '        value: /cart/checkout',
        '    backendRefs:',
        '    - name: checkout',
        '      port: 80',
        '',
      ].join('\n'),
    );
  });
});
