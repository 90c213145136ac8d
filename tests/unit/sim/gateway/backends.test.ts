import { describe, expect, it } from 'vitest';
import { explainRequest, routeRequest } from '~/sim/gateway';
import type { GatewayInput, ReferenceGrant } from '~/sim/gateway';
import { input, route } from './fixtures';

// backendRefs: namespaces, ReferenceGrants, missing Services, kinds and weights; 500 semantics.

const grant: ReferenceGrant = {
  apiVersion: 'gateway.networking.k8s.io/v1beta1',
  kind: 'ReferenceGrant',
  metadata: { name: 'from-infra', namespace: 'shop' },
  spec: {
    from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'infra' }],
    to: [{ group: '', kind: 'Service' }],
  },
};

/** An input whose single route's single rule has these backendRefs. */
function withBackends(
  refs: NonNullable<Parameters<typeof route>[1][number]['backendRefs']>,
): GatewayInput {
  return input([route('r', [{ backendRefs: refs }])]);
}

describe('backendRefs', () => {
  it('the namespace defaults to the route’s and the weight to 1', () => {
    expect(
      routeRequest(withBackends([{ name: 'app', port: 8080 }]), { host: 'a', path: '/' })?.backends,
    ).toEqual([{ name: 'app', namespace: 'infra', port: 8080, weight: 1, valid: true }]);
  });

  it('a cross-namespace Service needs a ReferenceGrant in its namespace', () => {
    const base = withBackends([{ name: 'cart', namespace: 'shop', port: 80 }]);
    const refused = routeRequest(base, { host: 'a', path: '/' });
    expect(refused?.status).toBe(500);
    expect(refused?.backends[0]).toEqual({
      name: 'cart',
      namespace: 'shop',
      port: 80,
      weight: 1,
      valid: false,
      reason:
        'Service shop/cart is in another namespace, and no ReferenceGrant in shop lets HTTPRoutes from infra refer to it',
    });
    expect(
      routeRequest({ ...base, referenceGrants: [grant] }, { host: 'a', path: '/' })?.status,
    ).toBe(200);
    const wrongPlace = { ...grant, metadata: { name: 'g', namespace: 'infra' } };
    expect(
      routeRequest({ ...base, referenceGrants: [wrongPlace] }, { host: 'a', path: '/' })?.status,
    ).toBe(500);
    const onlyOther = {
      ...grant,
      spec: { ...grant.spec, to: [{ group: '', kind: 'Service', name: 'payments' }] },
    };
    expect(
      routeRequest({ ...base, referenceGrants: [onlyOther] }, { host: 'a', path: '/' })?.status,
    ).toBe(500);
  });

  it('a missing Service or an unsupported kind is invalid; some valid weight keeps a 200', () => {
    const base = withBackends([
      { name: 'gone', port: 80 },
      { name: 'bucket', kind: 'S3Bucket', group: 'example.com' },
      { name: 'app', port: 80, weight: 3 },
    ]);
    const result = routeRequest({ ...base, services: ['infra/app'] }, { host: 'a', path: '/' });
    expect(result?.status).toBe(200);
    expect(result?.backends.map((b) => b.valid)).toEqual([false, false, true]);
    expect(result?.backends[0]?.reason).toBe('Service infra/gone does not exist');
    expect(result?.reasons).toContain(
      'Backend infra/gone:80 is invalid: Service infra/gone does not exist; its 20% of requests get a 500.',
    );
    expect(result?.reasons).toContain('Backend infra/app:80 gets 60% of requests (weight 3).');
  });

  it('every backend at weight 0 answers 500', () => {
    const explained = explainRequest(withBackends([{ name: 'app', port: 80, weight: 0 }]), {
      host: 'a',
      path: '/',
    });
    expect(explained.status).toBe(500);
    expect(explained.reasons.at(-1)).toBe(
      'No valid backend has a weight above 0, so the request gets a 500.',
    );
  });

  it('a Service backendRef without a port is invalid', () => {
    expect(
      routeRequest(withBackends([{ name: 'app' }]), { host: 'a', path: '/' })?.backends[0]?.reason,
    ).toBe('a backendRef to a Service must give its port');
  });
});

describe('a RequestRedirect filter', () => {
  it('answers instead of a backend, 302 unless it names a status', () => {
    const redirect = input([
      route('r', [
        {
          matches: [{ path: { value: '/old' } }],
          filters: [{ type: 'RequestRedirect', requestRedirect: { statusCode: 301 } }],
        },
        { filters: [{ type: 'RequestRedirect', requestRedirect: { scheme: 'https' } }] },
      ]),
    ]);
    const moved = explainRequest(redirect, { host: 'a', path: '/old/page' });
    expect(moved.status).toBe(301);
    expect(moved.reasons).toContain(
      "The rule's RequestRedirect filter answers with a 301 redirect instead of a backend.",
    );
    expect(routeRequest(redirect, { host: 'a', path: '/' })).toMatchObject({
      rule: 1,
      status: 302,
      backends: [],
    });
  });
});
