import { describe, expect, it } from 'vitest';
import { evaluateGateway } from '~/components/sims/routing/gateway-engine';
import { convertIngress, evaluateIngress } from '~/components/sims/routing/ingress-engine';
import { ROUTING_PRESETS, findPreset } from '~/components/sims/routing/presets';
import { countSummary, parseHeaderLines, requestLine } from '~/components/sims/routing/view';

// The playground's adapters over the engines, on every shipped preset.

/** The preset with an id (the test fails when it is gone). */
function preset(id: string) {
  return findPreset(id) ?? expect.fail(`no preset ${id}`);
}

/** The view of a preset as shipped. */
function viewOf(id: string) {
  const p = preset(id);
  return p.api === 'gateway'
    ? evaluateGateway(p.manifests, p.request, p.tests)
    : evaluateIngress(p.manifests, p.request, p.tests);
}

describe('presets', () => {
  it('every preset reads without a problem', () => {
    for (const p of ROUTING_PRESETS)
      expect({ id: p.id, problems: viewOf(p.id).problems }).toEqual({ id: p.id, problems: [] });
  });

  it('gateway-precedence: its test table shows each rule of precedence', () => {
    const view = viewOf('gateway-precedence');
    expect(view.summary).toBe('1 Gateway, 2 HTTPRoutes');
    expect(view.verdict.headline).toBe('200 → Service shop/checkout:8080');
    expect(view.tests.map((t) => [t.request, t.status, t.answer])).toEqual([
      ['GET store.example.com/cart/checkout', '200', 'Service shop/checkout:8080'],
      ['GET store.example.com/cart/checkout/v2', '200', 'Service shop/storefront:80'],
      [
        'POST store.example.com/cart/items (x-beta: true, x-region: eu)',
        '200',
        'Service shop/cart-writer:8080',
      ],
      [
        'GET store.example.com/cart/items (X-Beta: true, X-Region: eu)',
        '200',
        'Service shop/cart-beta:8080',
      ],
      ['GET eu.store.example.com/cart/checkout/v2/pay', '200', 'Service shop/checkout-v2:8080'],
      [
        'GET example.com/',
        '404',
        'No listener of Gateway public accepts host example.com, so the request gets a 404.',
      ],
    ]);
  });

  it('gateway-backends: weights, a ReferenceGrant, a missing grant and a rule without backends', () => {
    const view = viewOf('gateway-backends');
    expect(view.verdict.status).toBe(500);
    expect(view.tests.map((t) => [t.status, t.answer])).toEqual([
      ['200', 'Service team-a/orders:80'],
      ['200', 'Service billing/payments:443'],
      ['500', 'HTTPRoute team-a/api, rule 2, match 0: no valid backend'],
      ['500', 'HTTPRoute team-a/api, rule 3, match 0: no valid backend'],
      ['404', 'No rule of any attached HTTPRoute matches the request, so it gets a 404.'],
    ]);
    expect(view.verdict.reasons).toContain(
      'Backend analytics/reports:80 is invalid: Service analytics/reports is in another namespace, and no ReferenceGrant in analytics lets HTTPRoutes from team-a refer to it; its 100% of requests get a 500.',
    );
  });

  it('ingress-hosts: Exact, Prefix and the wildcard’s single label', () => {
    const view = viewOf('ingress-hosts');
    expect(view.tests.map((t) => [t.request, t.status])).toEqual([
      ['store.example.com/cart/checkout', '200'],
      ['store.example.com/cart/checkout/', '200'],
      ['store.example.com/cartoon', '200'],
      ['blog.example.com/', '200'],
      ['a.b.example.com/', '200'],
    ]);
    expect(view.tests.map((t) => t.answer)).toEqual([
      'service checkout, port 8080',
      'service cart, port 8080',
      'service storefront, port 80',
      'service landing, port 80',
      'service not-found-page, port 80',
    ]);
  });

  it('converts the migration example with notes on what does not translate', () => {
    const conversion = convertIngress(preset('ingress-migration').manifests);
    expect(conversion.problems).toEqual([]);
    expect(conversion.routesYaml).toContain('kind: HTTPRoute');
    expect(conversion.listenersYaml).toContain('blog-tls');
    expect(conversion.notes.length).toBeGreaterThanOrEqual(3);
  });
});

describe('request fields', () => {
  it('a bad path is reported beside its field', () => {
    const p = preset('gateway-precedence');
    const view = evaluateGateway(p.manifests, { ...p.request, path: 'cart' }, []);
    expect(view.requestError).toEqual({
      field: 'path',
      message: 'The path "cart" must start with "/" (for example /api/orders).',
    });
    expect(view.verdict.status).toBeNull();
  });

  it('header lines are read as "Name: value"', () => {
    expect(parseHeaderLines('x-env: canary\n\nX-Tenant:acme ')).toEqual({
      headers: { 'x-env': 'canary', 'X-Tenant': 'acme' },
    });
    expect(parseHeaderLines('x-env canary')).toEqual({
      error: 'Header line 1 should read "Name: value", like "x-env: canary".',
    });
  });

  it('a Gateway API view without a Gateway says what to add', () => {
    const view = evaluateGateway('', { host: 'a', path: '/', method: 'GET', headers: '' }, []);
    expect(view.verdict.reasons).toEqual([
      'Add a Gateway (kind: Gateway) with a listener: the request arrives on one of its listeners.',
    ]);
  });

  it('describes requests and counts', () => {
    expect(
      requestLine({ host: 'a.test', path: '/x', method: 'post', headers: 'a: 1' }, 'gateway'),
    ).toBe('POST a.test/x (a: 1)');
    expect(
      requestLine({ host: 'a.test', path: '/x', method: 'post', headers: 'a: 1' }, 'ingress'),
    ).toBe('a.test/x');
    expect(
      countSummary([
        [0, 'Gateway', 'Gateways'],
        [2, 'HTTPRoute', 'HTTPRoutes'],
      ]),
    ).toBe('2 HTTPRoutes');
  });
});
