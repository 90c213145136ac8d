import { describe, expect, it } from 'vitest';
import { parseIngressManifests } from '~/sim/ingress';

const GOOD = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: public
  annotations:
    ingressclass.kubernetes.io/is-default-class: "true"
spec:
  controller: example.com/ingress-controller
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: prod
spec:
  tls:
  - hosts: [shop.example.com]
    secretName: shop-tls
  rules:
  - host: shop.example.com
    http:
      paths:
      - path: /cart
        pathType: Prefix
        backend:
          service:
            name: cart
            port:
              number: 80
---
apiVersion: v1
kind: Service
metadata: { name: cart, namespace: prod }
`;

/** The first error's line, path and message. */
function firstError(text: string) {
  const error = parseIngressManifests(text).errors[0];
  return error && { line: error.line, path: error.path, message: error.message };
}

/** An Ingress document with the given rule path lines (indented for paths[0]). */
function withPath(lines: string): string {
  return `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec:\n  rules:\n  - http:\n      paths:\n${lines}`;
}

describe('parseIngressManifests', () => {
  it('reads Ingresses and IngressClasses from several documents and skips other kinds', () => {
    const { ingresses, classes, errors, ignored } = parseIngressManifests(GOOD);
    expect(errors).toEqual([]);
    expect(classes.map((c) => c.metadata.name)).toEqual(['public']);
    expect(ingresses).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'shop', namespace: 'prod' },
        spec: {
          tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
          rules: [
            {
              host: 'shop.example.com',
              http: {
                paths: [
                  {
                    path: '/cart',
                    pathType: 'Prefix',
                    backend: { service: { name: 'cart', port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    expect(ignored).toEqual([{ document: 3, kind: 'Service', name: 'cart' }]);
  });

  it('reads a List of Ingresses', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n- apiVersion: networking.k8s.io/v1\n  kind: Ingress\n  metadata: {name: a}\n  spec: {defaultBackend: {service: {name: web, port: {name: http}}}}\n`;
    expect(parseIngressManifests(list).ingresses[0]?.spec.defaultBackend).toEqual({
      service: { name: 'web', port: { name: 'http' } },
    });
  });

  it('asks for pathType, naming its place', () => {
    expect(
      firstError(
        withPath('      - path: /\n        backend: {service: {name: web, port: {number: 80}}}\n'),
      ),
    ).toEqual({
      line: 8,
      path: 'spec.rules[0].http.paths[0].pathType',
      message:
        'spec.rules[0].http.paths[0].pathType is required. Use Prefix (this path and everything below it) or Exact.',
    });
  });

  it('refuses a pathType in the wrong case and a path without a leading /', () => {
    expect(
      firstError(
        withPath(
          '      - path: /\n        pathType: prefix\n        backend: {service: {name: web, port: {number: 80}}}\n',
        ),
      )?.message,
    ).toBe(
      "pathType 'prefix' is not one of Exact, Prefix, ImplementationSpecific (the case matters).",
    );
    expect(
      firstError(
        withPath(
          '      - path: api\n        pathType: Prefix\n        backend: {service: {name: web, port: {number: 80}}}\n',
        ),
      )?.message,
    ).toBe("the path 'api' must start with '/' (e.g. /api).");
    expect(
      firstError(
        withPath(
          '      - path: /a//b\n        pathType: Exact\n        backend: {service: {name: web, port: {number: 80}}}\n',
        ),
      )?.message,
    ).toBe("the path '/a//b' must not contain '//' when pathType is Exact.");
  });

  it('recognises the removed v1beta1 backend shape', () => {
    const error = firstError(
      withPath(
        '      - path: /\n        pathType: Prefix\n        backend: {serviceName: web, servicePort: 80}\n',
      ),
    );
    expect(error?.path).toBe('spec.rules[0].http.paths[0].backend.serviceName');
    expect(error?.message).toContain('removed in Kubernetes v1.22');
    expect(
      firstError('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: a}\nspec: {}\n')
        ?.message,
    ).toBe(
      'extensions/v1beta1 Ingress was removed in Kubernetes v1.22: write apiVersion: networking.k8s.io/v1 (and backend: { service: { name, port: { number } } }).',
    );
  });

  it('checks hosts: one leading wildcard label, no IP, lower case', () => {
    const host = (h: string) =>
      firstError(
        `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec:\n  rules:\n  - host: "${h}"\n`,
      )?.message;
    expect(host('*.foo.com')).toBeUndefined();
    expect(host('foo.*.com')).toBe(
      "'foo.*.com' puts '*' somewhere else than alone as the first label: only a leading *. is allowed (e.g. *.example.com).",
    );
    expect(host('*')).toBe(
      "a host cannot be '*' alone: leave host out to match every host, or write *.example.com.",
    );
    expect(host('10.0.0.1')).toContain('is an IP address or has a port');
    expect(host('Shop.example.com')).toBe(
      "'Shop.example.com' has upper-case letters: write it in lower case (shop.example.com).",
    );
  });

  it('checks backends: a port number in range, a Service name, one of service or resource', () => {
    const backend = (b: string) =>
      firstError(
        `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec:\n  defaultBackend: ${b}\n`,
      )?.message;
    expect(backend('{service: {name: web, port: {number: 70000}}}')).toBe(
      'spec.defaultBackend.service.port.number must be between 1 and 65535, not 70000.',
    );
    expect(backend('{service: {name: Web, port: {number: 80}}}')).toContain(
      "'Web' is not a valid Service name",
    );
    expect(backend('{service: {name: web}}')).toBe(
      'spec.defaultBackend.service.port is required: add port: { number: 80 } (or name: http).',
    );
    expect(backend('{}')).toBe(
      'spec.defaultBackend needs a service (name and port) or a resource.',
    );
  });

  it('needs rules or a defaultBackend, and reports duplicates and syntax errors with positions', () => {
    expect(
      firstError('apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec: {}\n')
        ?.message,
    ).toBe(
      'spec needs rules or a defaultBackend (or both): the API server refuses an Ingress with neither.',
    );
    const doc =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec: {defaultBackend: {service: {name: w, port: {number: 1}}}}\n';
    expect(
      parseIngressManifests(`${doc}---\n${doc}`).errors.map((e) => [e.document, e.message]),
    ).toEqual([
      [2, 'Ingress default/a is defined a second time (first in document 1): rename one of them.'],
    ]);
    const syntax = parseIngressManifests('kind: Ingress\nmetadata:\n\tname: a\n').errors[0];
    expect([syntax?.line, syntax?.message.startsWith('YAML syntax error:')]).toEqual([3, true]);
  });

  it('suggests the field meant for a typo and never throws on odd input', () => {
    expect(
      firstError(
        'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: a}\nspec:\n  rule: []\n',
      )?.message,
    ).toBe("unknown field 'rule' in spec: did you mean 'rules'?");
    for (const odd of ['', '---', '42', '- a', 'kind: [', '{"kind": "Ingress"}']) {
      expect(() => parseIngressManifests(odd)).not.toThrow();
    }
  });
});

describe('parse limits', () => {
  it('refuses input that is too large, too deep or has too many documents, at line 1', () => {
    const messages = [
      'a: b\n'.repeat(60_000),
      `spec: ${'['.repeat(70)}`,
      '---\nkind: Service\n'.repeat(201),
    ].map((text) =>
      parseIngressManifests(text).errors.map((e) => [e.line, e.message.split(':')[0]]),
    );
    expect(messages).toEqual([
      [[1, 'The input is too large (about 293 KiB)']],
      [[1, 'The input nests more than 64 levels deep, far more than any Ingress']],
      [[1, 'The input has more than 200 YAML documents']],
    ]);
  });
});

describe('name checks', () => {
  const backend = (port: string, meta = '{name: a}') =>
    parseIngressManifests(
      `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: ${meta}\nspec:\n  defaultBackend: {service: {name: web, port: ${port}}}\n`,
    ).errors.map((e) => e.message);

  it('checks port names, object names and namespaces as the API server does', () => {
    expect(backend('{name: http}')).toEqual([]);
    expect(backend('{name: "8080"}')).toEqual([
      "port name '8080' is a number in quotes: use number: 8080 instead of name.",
    ]);
    expect(backend('{name: web--port}')).toEqual(["port name 'web--port' may not contain '--'."]);
    expect(backend('{name: a-very-long-port-name}')).toEqual([
      "port name 'a-very-long-port-name' is longer than 15 characters.",
    ]);
    expect(backend('{number: 80, name: http}')).toEqual([
      'spec.defaultBackend.service.port has both number and name: keep one of them.',
    ]);
    expect(backend('{number: 80}', '{name: Shop}')[0]).toContain("'Shop' is not a valid name");
    expect(backend('{number: 80}', '{name: a, namespace: Prod}')[0]).toContain(
      "'Prod' is not a valid namespace name",
    );
  });
});
