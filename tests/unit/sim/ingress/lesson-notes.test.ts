import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateGateway } from '~/components/sims/routing/gateway-engine';
import { findPreset } from '~/components/sims/routing/presets';
import { ingressesToHttpRoutes, parseIngressManifests, route } from '~/sim/ingress';

// The "try this" notes of the lesson's two routing playgrounds, checked against the engine on the
// same presets, so that a note cannot drift from what the learner sees.

const LESSON = readFileSync('content/lessons/services/ingress-gateway-api.mdx', 'utf8');

/** The note of the playground embedding a preset. */
function noteOf(preset: string): string {
  return new RegExp(`<RoutingPlayground preset="${preset}" note="([^"]+)"`).exec(LESSON)?.[1] ?? '';
}

/** The preset's Ingresses and a function naming the backend a request reaches ("404" for none). */
function presetRouter(id: string) {
  const { ingresses, errors } = parseIngressManifests(findPreset(id)?.manifests ?? '');
  expect(errors).toEqual([]);
  return {
    ingresses,
    to: (host: string, path: string) =>
      route(ingresses, { host, path })?.backend.service?.name ?? '404',
  };
}

describe('the ingress-hosts playground note', () => {
  const note = noteOf('ingress-hosts');
  const { to } = presetRouter('ingress-hosts');

  it('holds for each request it names', () => {
    expect(note).toContain('Exact /cart/checkout wins over Prefix /cart');
    expect(to('store.example.com', '/cart/checkout')).toBe('checkout');
    expect(note).toContain(
      'Add a trailing slash and the Exact path no longer matches, so Prefix /cart takes it',
    );
    expect(to('store.example.com', '/cart/checkout/')).toBe('cart');
    expect(note).toContain('Try /cartoon (only Prefix / matches)');
    expect(to('store.example.com', '/cartoon')).toBe('storefront');
    expect(note).toContain('blog.example.com (the one-label wildcard)');
    expect(to('blog.example.com', '/')).toBe('landing');
    expect(note).toContain('a.b.example.com (no rule at all, so the default backend answers)');
    expect(to('a.b.example.com', '/')).toBe('not-found-page');
  });
});

describe('the ingress-migration playground note', () => {
  const note = noteOf('ingress-migration');
  const { ingresses, to } = presetRouter('ingress-migration');

  it('names four things the converter lists as not translating', () => {
    expect(note).toContain(
      'rewrite-target, ImplementationSpecific, a named port and a wildcard host',
    );
    const fields = ingressesToHttpRoutes(ingresses).notes.map((n) => n.field);
    for (const part of ['rewrite-target]', '.pathType', '.port.name', '.host']) {
      expect(fields.some((f) => f.endsWith(part))).toBe(true);
    }
  });

  it('says the Ingress routes a.team.blog.example.com nowhere while the converted hostname accepts it', () => {
    expect(note).toContain(
      'Send a.team.blog.example.com: the Ingress routes it nowhere (one label only)',
    );
    expect(to('a.team.blog.example.com', '/')).toBe('404');
    expect(to('team.blog.example.com', '/')).toBe('blog-tenants');
    const wildcard = ingressesToHttpRoutes(ingresses).routes.find((r) =>
      r.spec.hostnames?.[0]?.startsWith('*.'),
    );
    expect(wildcard?.spec.hostnames).toEqual(['*.blog.example.com']);
  });
});

describe('the gateway-precedence playground note', () => {
  const note = new RegExp('<RoutingPlayground preset="gateway-precedence" note="([^"]+)"').exec(
    LESSON,
  )?.[1];
  const preset = findPreset('gateway-precedence');
  const answers = preset
    ? evaluateGateway(preset.manifests, preset.request, preset.tests).tests
    : [];
  const answerTo = (start: string) => answers.find((t) => t.request.startsWith(start))?.answer;

  it('holds for each request it names, as the playground computes them', () => {
    expect(note).toContain('Send GET /cart/checkout/v2 to store.example.com');
    expect(answerTo('GET store.example.com/cart/checkout/v2')).toBe('Service shop/storefront:80');
    expect(note).toContain(
      'the rule that matches the method beats the rule with two header matches',
    );
    expect(answerTo('POST store.example.com/cart/items')).toBe('Service shop/cart-writer:8080');
    expect(answerTo('GET store.example.com/cart/items')).toBe('Service shop/cart-beta:8080');
    expect(note).toContain('eu.store.example.com reaches checkout-v2');
    expect(answerTo('GET eu.store.example.com/cart/checkout/v2/pay')).toBe(
      'Service shop/checkout-v2:8080',
    );
  });
});
