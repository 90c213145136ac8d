import { describe, expect, it } from 'vitest';
import { explainRoute, route } from '~/sim/ingress';
import type { IngressClass } from '~/sim/ingress';
import { ing, p, single } from './fixtures';

const shop = ing('shop', {
  rules: [
    {
      host: 'shop.example.com',
      http: {
        paths: [
          p('/', 'Prefix', 'web'),
          p('/cart', 'Prefix', 'cart'),
          p('/cart/checkout', 'Exact', 'checkout'),
        ],
      },
    },
    { host: '*.example.com', http: { paths: [p('/', 'Prefix', 'wild')] } },
    { http: { paths: [p('/', 'Prefix', 'catchall')] } },
  ],
});
const to = (path: string, host = 'shop.example.com') =>
  route([shop], { host, path })?.backend.service?.name;

describe('route', () => {
  it('picks the longest matching path for the host', () => {
    expect(route([shop], { host: 'shop.example.com', path: '/cart/items' })).toEqual({
      ingress: 'default/shop',
      rule: 0,
      path: 1,
      backend: { service: { name: 'cart', port: { number: 80 } } },
    });
    expect(to('/cart/checkout')).toBe('checkout');
    expect(to('/cart/checkout/')).toBe('cart');
    expect(to('/cartoon')).toBe('web');
  });

  it('prefers a precise host, then a one-label wildcard, then rules without a host', () => {
    expect(to('/', 'api.example.com')).toBe('wild');
    expect(to('/', 'a.b.example.com')).toBe('catchall');
    expect(to('/', 'example.com')).toBe('catchall');
    expect(to('/', 'other.test')).toBe('catchall');
  });

  it('does not fall back to a less specific host when the chosen host has no matching path', () => {
    const a = single('a', 'a.test', [p('/api', 'Prefix', 'api')]);
    const b = single('b', undefined, [p('/', 'Prefix', 'catchall')]);
    expect(route([a, b], { host: 'a.test', path: '/web' })).toBeNull();
  });

  it('merges paths of several Ingresses for one host; ties go to input order', () => {
    const a = single('a', 'a.test', [p('/api', 'Prefix', 'api-a')]);
    const b = single('b', 'a.test', [p('/api/v2', 'Prefix', 'v2'), p('/api', 'Prefix', 'api-b')]);
    expect(route([a, b], { host: 'a.test', path: '/api/v2/x' })?.ingress).toBe('default/b');
    expect(route([a, b], { host: 'a.test', path: '/api/v1' })?.backend.service?.name).toBe('api-a');
    expect(route([b, a], { host: 'a.test', path: '/api/v1' })?.backend.service?.name).toBe('api-b');
  });

  it('uses spec.defaultBackend when nothing matches, else null', () => {
    const withDefault = ing('d', {
      defaultBackend: { service: { name: 'fallback', port: { number: 8080 } } },
      rules: [{ host: 'a.test', http: { paths: [p('/x', 'Exact', 'x')] } }],
    });
    expect(route([withDefault], { host: 'a.test', path: '/y' })).toEqual({
      ingress: 'default/d',
      rule: -1,
      path: -1,
      backend: { service: { name: 'fallback', port: { number: 8080 } } },
    });
    expect(route([withDefault], { host: 'b.test', path: '/x' })?.rule).toBe(-1);
    expect(
      route([single('n', 'a.test', [p('/x', 'Exact', 'x')])], { host: 'a.test', path: '/y' }),
    ).toBeNull();
  });

  it('counts a trailing slash out of a Prefix length, so Exact wins the tie', () => {
    const i = single('t', undefined, [p('/foo/', 'Prefix', 'prefix'), p('/foo', 'Exact', 'exact')]);
    expect(route([i], { host: 'a', path: '/foo' })?.backend.service?.name).toBe('exact');
  });

  it('routes only among the Ingresses of the asked class', () => {
    const classes: IngressClass[] = [
      {
        metadata: {
          name: 'public',
          annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
        },
        spec: { controller: 'example.com/public' },
      },
      { metadata: { name: 'internal' }, spec: { controller: 'example.com/internal' } },
    ];
    const pub = single('pub', 'a.test', [p('/', 'Prefix', 'public-web')]);
    const internal = {
      ...single('int', 'a.test', [p('/admin', 'Prefix', 'admin')]),
      spec: {
        ingressClassName: 'internal',
        rules: [{ host: 'a.test', http: { paths: [p('/admin', 'Prefix', 'admin')] } }],
      },
    };
    expect(
      route(
        [pub, internal],
        { host: 'a.test', path: '/admin' },
        { ingressClass: 'public', classes },
      )?.backend.service?.name,
    ).toBe('public-web');
    expect(
      route(
        [pub, internal],
        { host: 'a.test', path: '/admin' },
        { ingressClass: 'internal', classes },
      )?.backend.service?.name,
    ).toBe('admin');
    expect(
      route([pub, internal], { host: 'a.test', path: '/' }, { ingressClass: 'internal', classes }),
    ).toBeNull();
    const reasons = explainRoute(
      [pub, internal],
      { host: 'a.test', path: '/' },
      { ingressClass: 'internal', classes },
    ).reasons;
    expect(reasons[0]).toBe(
      'default/pub is left out: no class is named, so the default IngressClass public applies. Only class internal takes part.',
    );
  });

  it('refuses a bad request path with an InputError', () => {
    expect(() => route([shop], { host: 'a', path: 'cart' })).toThrow(/must start with '\/'/);
  });
});

describe('explainRoute', () => {
  it('says which path won and why each other one lost', () => {
    const { result, candidates, reasons } = explainRoute([shop], {
      host: 'shop.example.com',
      path: '/cart/checkout',
    });
    expect(result?.backend.service?.name).toBe('checkout');
    expect(candidates.map((c) => [c.rule, c.path, c.outcome])).toEqual([
      [0, 0, 'lost'],
      [0, 1, 'lost'],
      [0, 2, 'won'],
      [1, 0, 'other-host'],
      [2, 0, 'other-host'],
    ]);
    expect(candidates[1]?.reason).toBe(
      'Prefix /cart matches too, but Exact /cart/checkout is longer (14 characters against 5): the longest matching path wins.',
    );
    expect(candidates[3]?.reason).toBe(
      'A more specific host rule handles shop.example.com, so rules for *.example.com are not consulted.',
    );
    expect(reasons).toEqual([
      'Host shop.example.com is served by a rule naming it exactly.',
      '/cart/checkout goes to service checkout, port 80 (default/shop, rule 0, path 2).',
    ]);
  });

  it('explains a miss, an Exact tie and the fall to nothing', () => {
    const i = single('t', 'a.test', [
      p('/foo', 'Prefix', 'prefix'),
      p('/foo', 'Exact', 'exact'),
      p('/bar', 'Exact', 'bar'),
    ]);
    const tie = explainRoute([i], { host: 'a.test', path: '/foo' }).candidates;
    expect(tie[0]?.reason).toBe(
      'Prefix /foo matches with the same length, and on a tie an Exact path beats a Prefix path.',
    );
    expect(tie[2]?.reason).toBe('Exact /bar needs the path to be exactly /bar, and /foo is not.');
    const miss = explainRoute([i], { host: 'b.a.test', path: '/foo' });
    expect(miss.result).toBeNull();
    expect(miss.candidates[0]?.reason).toBe("The rule's host a.test does not accept b.a.test.");
    expect(miss.reasons.at(-1)).toBe(
      'Nothing matches and no Ingress has a spec.defaultBackend: the controller answers with its own default (usually 404 Not Found).',
    );
  });

  it('says when a tie went to input order', () => {
    const a = single('a', 'a.test', [p('/x', 'Prefix', 'first')]);
    const b = single('b', 'a.test', [p('/x/', 'Prefix', 'second')]);
    const { result, candidates } = explainRoute([a, b], { host: 'a.test', path: '/x/y' });
    expect(result?.backend.service?.name).toBe('first');
    expect(candidates[1]?.reason).toBe(
      'Prefix /x/ ties with Prefix /x, which comes first in the input (controllers order ties in their own way).',
    );
  });

  it('mentions the one-label rule when a wildcard host does not accept a deeper name', () => {
    const w = single('w', '*.a.test', [p('/', 'Prefix', 'wild')]);
    const { candidates } = explainRoute([w], { host: 'x.y.a.test', path: '/' });
    expect(candidates[0]?.reason).toBe(
      "The rule's host *.a.test does not accept x.y.a.test (a wildcard stands for exactly one label).",
    );
  });
});
