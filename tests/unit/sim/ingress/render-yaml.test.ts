import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseIngressManifests, renderYaml, renderYamlDocuments } from '~/sim/ingress';

describe('renderYaml', () => {
  it('writes nested maps and lists with two-space indents, list maps on the dash line', () => {
    const value = {
      kind: 'HTTPRoute',
      spec: {
        hostnames: ['*.example.com'],
        rules: [
          {
            matches: [{ path: { type: 'PathPrefix', value: '/' } }],
            backendRefs: [{ name: 'web', port: 80 }],
          },
        ],
      },
    };
    expect(renderYaml(value)).toBe(
      [
        'kind: HTTPRoute',
        'spec:',
        '  hostnames:',
        '  - "*.example.com"',
        '  rules:',
        '  - matches:',
        '    - path:',
        '        type: PathPrefix',
        '        value: /',
        '    backendRefs:',
        '    - name: web',
        '      port: 80',
        '',
      ].join('\n'),
    );
  });

  it('quotes what YAML would read as something else, and reads back the same', () => {
    const value = {
      a: 'true',
      b: 'no',
      c: '8080',
      d: 'x: y',
      e: '',
      f: [],
      g: {},
      h: true,
      i: '-x',
      j: 'gateway.networking.k8s.io/v1',
    };
    const text = renderYaml(value);
    expect(text).toContain(
      'a: "true"\nb: "no"\nc: "8080"\nd: "x: y"\ne: ""\nf: []\ng: {}\nh: true\ni: "-x"\nj: gateway.networking.k8s.io/v1\n',
    );
    expect(parse(text)).toEqual(value);
  });

  it('joins documents with ---', () => {
    expect(renderYamlDocuments([{ a: 1 }, { b: 2 }])).toBe('a: 1\n---\nb: 2\n');
  });
});

describe('renderYaml with the Ingress parser', () => {
  it('writes Ingresses that the parser reads back unchanged', () => {
    const ingress = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', namespace: 'prod', annotations: { 'example.com/flag': 'true' } },
      spec: {
        ingressClassName: 'public',
        tls: [{ hosts: ['*.example.com'], secretName: 'wild' }],
        rules: [
          {
            host: '*.example.com',
            http: {
              paths: [
                {
                  path: '/',
                  pathType: 'Prefix',
                  backend: { service: { name: 'web', port: { name: 'http' } } },
                },
              ],
            },
          },
        ],
      },
    };
    const { ingresses, errors } = parseIngressManifests(
      renderYamlDocuments([ingress, ingress]).replace('name: shop', 'name: shop-2'),
    );
    expect(errors).toEqual([]);
    expect(ingresses[1]).toEqual(ingress);
    expect(ingresses[0]?.metadata.name).toBe('shop-2');
  });
});
