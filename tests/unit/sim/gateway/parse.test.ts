import { describe, expect, it } from 'vitest';
import { parseGatewayManifests, routeRequest } from '~/sim/gateway';

// Reading Gateway API manifests with located, plain-language errors (netpol's YAML layer).

const MANIFESTS = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: web
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    hostname: "*.example.com"
    allowedRoutes:
      namespaces:
        from: All
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
  namespace: shop
  creationTimestamp: "2026-03-01T10:00:00Z"
spec:
  parentRefs:
  - name: web
    namespace: infra
  hostnames: ["store.example.com"]
  rules:
  - matches:
    - path: { type: PathPrefix, value: /cart }
      method: POST
    backendRefs:
    - name: cart
      port: 8080
      weight: 90
    - name: cart-v2
      port: 8080
      weight: 10
  - backendRefs:
    - name: web
      namespace: frontend
      port: 80
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: { name: shop-routes, namespace: frontend }
spec:
  from: [{ group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: shop }]
  to: [{ group: "", kind: Service }]
`;

describe('parseGatewayManifests', () => {
  it('reads a Gateway, an HTTPRoute and a ReferenceGrant', () => {
    const { resources, errors } = parseGatewayManifests(MANIFESTS);
    expect(errors).toEqual([]);
    expect(resources.gateways.map((g) => g.metadata.name)).toEqual(['web']);
    expect(resources.routes[0]?.spec.rules?.[0]?.matches?.[0]).toEqual({
      path: { type: 'PathPrefix', value: '/cart' },
      method: 'POST',
    });
    expect(resources.referenceGrants[0]?.spec.to).toEqual([{ group: '', kind: 'Service' }]);
    expect(resources.services).toBeUndefined();
    const gateway = resources.gateways[0];
    if (!gateway) throw new Error('no gateway');
    const answer = routeRequest(
      { gateway, routes: resources.routes, referenceGrants: resources.referenceGrants },
      { host: 'store.example.com', path: '/', method: 'GET' },
    );
    expect(answer).toMatchObject({ route: 'shop/store', rule: 1, status: 200 });
  });

  it('collects Services and Namespace labels', () => {
    const { resources, errors } = parseGatewayManifests(
      'apiVersion: v1\nkind: Service\nmetadata: {name: cart, namespace: shop}\nspec: {ports: [{port: 80}]}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {shared: "yes"}}\n',
    );
    expect(errors).toEqual([]);
    expect(resources.services).toEqual(['shop/cart']);
    expect(resources.namespaceLabels).toEqual({ shop: { shared: 'yes' } });
  });

  it('locates an unknown field with the name probably meant', () => {
    const text = MANIFESTS.replace('  rules:\n', '  rule:\n');
    const { errors, resources } = parseGatewayManifests(text);
    expect(errors).toEqual([
      {
        document: 2,
        line: 28,
        column: 3,
        path: 'spec.rule',
        message: "unknown field 'rule' in spec: did you mean 'rules'?",
      },
    ]);
    expect(resources.routes).toEqual([]);
    expect(resources.gateways).toHaveLength(1);
  });

  it('refuses bad values with the fix', () => {
    const bad = MANIFESTS.replace('type: PathPrefix, value: /cart', 'type: Prefix, value: cart')
      .replace('"*.example.com"', '"shop.*.com"')
      .replace('weight: 90', 'weight: -1')
      .replace('method: POST', 'method: post');
    expect(
      parseGatewayManifests(bad).errors.map((e) => `${String(e.line)}:${e.path}: ${e.message}`),
    ).toEqual([
      "12:spec.listeners[0].hostname: spec.listeners[0].hostname: 'shop.*.com' puts its wildcard in the wrong place: only a whole first label '*.' is allowed (like *.example.com).",
      "30:spec.rules[0].matches[0].path.type: spec.rules[0].matches[0].path.type is 'Prefix'; it must be one of Exact, PathPrefix, RegularExpression.",
      "30:spec.rules[0].matches[0].path.value: spec.rules[0].matches[0].path.value: the path 'cart' must start with '/'.",
      "31:spec.rules[0].matches[0].method: spec.rules[0].matches[0].method is 'post'; it must be one of GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH.",
      '35:spec.rules[0].backendRefs[0].weight: spec.rules[0].backendRefs[0].weight is -1; it must be from 0 to 1000000.',
    ]);
  });

  it('says what is missing, and refuses an invalid regular expression', () => {
    const { errors } = parseGatewayManifests(
      'apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {}\nspec:\n  rules:\n  - matches:\n    - path: {type: RegularExpression, value: "/(a"}\n',
    );
    expect(errors.map((e) => e.message)).toEqual([
      'metadata.name is missing: the API requires it.',
      "spec.rules[0].matches[0].path.value: '/(a' is not a valid regular expression.",
    ]);
  });

  it('names the wrong apiVersion and another kind', () => {
    const { errors } = parseGatewayManifests(
      'apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: ReferenceGrant\nmetadata: {name: g}\nspec: {from: [], to: []}\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: i}\n',
    );
    expect(errors).toEqual([
      {
        document: 1,
        line: 1,
        column: 13,
        path: 'apiVersion',
        message:
          'apiVersion gateway.networking.k8s.io/v1alpha2 does not serve ReferenceGrant: use gateway.networking.k8s.io/v1beta1 or gateway.networking.k8s.io/v1.',
      },
      {
        document: 2,
        line: 7,
        column: 7,
        path: 'kind',
        message:
          'kind Ingress is not read here: this playground reads Gateway, HTTPRoute, ReferenceGrant, Service and Namespace objects. Switch the playground to the Ingress API to read it.',
      },
    ]);
  });

  it('reports a YAML syntax error at its line and keeps the other documents', () => {
    const { errors, resources } = parseGatewayManifests(
      `${MANIFESTS}---\nkind: HTTPRoute\n  bad: [\n`,
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ document: 4, line: 52 });
    expect(errors[0]?.message).toMatch(/^YAML syntax error: /);
    expect(resources.routes).toHaveLength(1);
  });

  it('reads a kind: List', () => {
    const { resources, errors } = parseGatewayManifests(
      'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Service\n  metadata: {name: a}\n',
    );
    expect(errors).toEqual([]);
    expect(resources.services).toEqual(['default/a']);
  });
});

describe('parse limits', () => {
  it('refuses input too large, too deep or with too many documents, at line 1, as the other parsers do', () => {
    const first = (text: string) => parseGatewayManifests(text).errors[0]?.message.split(':')[0];
    expect(first('a: b\n'.repeat(60_000))).toBe('The input is too large (about 293 KiB)');
    expect(first(`spec: ${'['.repeat(70)}`)).toBe(
      'The input nests more than 64 levels deep, far more than any Gateway API resource',
    );
    expect(first('---\nkind: Service\n'.repeat(201))).toBe(
      'The input has more than 200 YAML documents',
    );
  });
});
