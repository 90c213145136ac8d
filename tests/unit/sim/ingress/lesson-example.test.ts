import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  explainRoute,
  ingressToHttpRoutes,
  parseIngressManifests,
  renderYaml,
  route,
} from '~/sim/ingress';

// The lesson's worked example is the converter's real output: the HTTPRoute in the lesson must be
// exactly what ingressToHttpRoutes makes of the lesson's Ingress, and step 1's claims must hold.

const LESSON = readFileSync('content/lessons/services/ingress-gateway-api.mdx', 'utf8');

/** The body of the code fence with this title. */
function fence(title: string): string {
  const start = LESSON.indexOf(`title="${title}"`);
  const body = LESSON.indexOf('\n', start) + 1;
  return LESSON.slice(body, LESSON.indexOf('\n```', body) + 1);
}

describe('the lesson worked example', () => {
  const { ingresses, errors } = parseIngressManifests(fence('shop-ingress.yaml'));

  it('reads the Ingress without errors', () => {
    expect(errors).toEqual([]);
    expect(ingresses).toHaveLength(1);
  });

  it('shows exactly the converter output', () => {
    const [ingress] = ingresses;
    if (!ingress) return expect.fail('no ingress');
    const result = ingressToHttpRoutes(ingress, {
      gatewayName: 'public',
      gatewayNamespace: 'infra',
      sectionName: 'https-shop-example-com',
    });
    expect(result.routes).toHaveLength(1);
    expect(renderYaml(result.routes[0])).toBe(fence('shop-httproute.yaml'));
    expect(result.notes.map((n) => n.field)).toEqual([
      'metadata.annotations[nginx.ingress.kubernetes.io/ssl-redirect]',
      'spec.tls[0]',
    ]);
    expect(result.listeners[0]?.name).toBe('https-shop-example-com');
  });

  it('routes the four test requests of step 1 as the lesson says', () => {
    const to = (path: string) =>
      route(ingresses, { host: 'shop.example.com', path })?.backend.service?.name;
    expect([to('/api/orders'), to('/apis'), to('/api/health'), to('/api/health/')]).toEqual([
      'api',
      'storefront',
      'api-health',
      'api',
    ]);
    expect(
      explainRoute(ingresses, { host: 'shop.example.com', path: '/apis' }).candidates[1]?.reason,
    ).toBe(
      'Prefix /api matches whole path elements only, and /apis is not /api or a path below it.',
    );
  });
});
