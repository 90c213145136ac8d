import { describe, expect, it } from 'vitest';
import { NetworkPolicySchema } from '~/schemas/network-policy';

// A valid policy to vary: every test changes one thing and names the API rule it breaks.
const policy = (spec: Record<string, unknown>) => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'test', namespace: 'shop' },
  spec: { podSelector: {}, ...spec },
});
const problems = (value: unknown) =>
  NetworkPolicySchema.safeParse(value).error?.issues.map(
    (i) => `${i.path.join('.')}: ${i.message}`,
  ) ?? [];

describe('NetworkPolicySchema', () => {
  it('accepts the concepts page example shape: selectors, an ipBlock, named and ranged ports', () => {
    const value = policy({
      podSelector: { matchLabels: { role: 'db' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [
        {
          from: [
            { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
            {
              namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'web' } },
              podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['a'] }] },
            },
          ],
          ports: [{ protocol: 'TCP', port: 6379 }, { port: 'metrics' }],
        },
      ],
      egress: [
        { to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ port: 32000, endPort: 32768 }] },
      ],
    });
    expect(problems(value)).toEqual([]);
  });

  it('accepts the empty forms: no rules, an empty rule, empty lists', () => {
    expect(problems(policy({ policyTypes: ['Ingress'] }))).toEqual([]);
    expect(problems(policy({ ingress: [{}], egress: [{ to: [], ports: [] }] }))).toEqual([]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(problems(policy({ ingres: [{}] }))).toEqual(['spec: Unrecognized key: "ingres"']);
    expect(problems(policy({ ingress: [{ form: [] }] }))).toEqual([
      'spec.ingress.0: Unrecognized key: "form"',
    ]);
  });

  it('refuses a peer that selects nothing, and an ipBlock combined with a selector', () => {
    expect(problems(policy({ ingress: [{ from: [{}] }] }))).toEqual([
      'spec.ingress.0.from.0: must specify a peer',
    ]);
    const mixed = { ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} };
    expect(problems(policy({ ingress: [{ from: [mixed] }] }))).toEqual([
      'spec.ingress.0.from.0: may not specify both ipBlock and another peer',
    ]);
  });

  it('applies the endPort rules', () => {
    const withPorts = (ports: unknown[]) => policy({ egress: [{ ports }] });
    expect(problems(withPorts([{ endPort: 90 }]))).toEqual([
      'spec.egress.0.ports.0.endPort: needs `port` as well',
    ]);
    expect(problems(withPorts([{ port: 'http', endPort: 90 }]))).toEqual([
      'spec.egress.0.ports.0.endPort: needs a numeric `port`',
    ]);
    expect(problems(withPorts([{ port: 100, endPort: 90 }]))).toEqual([
      'spec.egress.0.ports.0.endPort: must be at least `port`',
    ]);
    expect(problems(withPorts([{ port: 0 }]))).toHaveLength(1);
    expect(problems(withPorts([{ port: '30000-30099' }]))).toHaveLength(1);
  });

  it('requires except blocks to be strict subsets of the cidr, and CIDRs to be canonical', () => {
    const block = (ipBlock: unknown) => policy({ egress: [{ to: [{ ipBlock }] }] });
    expect(
      problems(block({ cidr: '10.0.0.0/16', except: ['10.1.0.0/24', '10.0.0.0/16'] })),
    ).toEqual([
      'spec.egress.0.to.0.ipBlock.except.0: must be a strict subset of 10.0.0.0/16',
      'spec.egress.0.to.0.ipBlock.except.1: must be a strict subset of 10.0.0.0/16',
    ]);
    expect(problems(block({ cidr: '10.0.0.1/16' }))[0]).toMatch(/host bits set/);
  });

  it('checks selector requirements, policy types and metadata', () => {
    const req = (r: unknown) => policy({ podSelector: { matchExpressions: [r] } });
    expect(problems(req({ key: 'app', operator: 'In' }))).toEqual([
      'spec.podSelector.matchExpressions.0.values: In needs values',
    ]);
    expect(problems(req({ key: 'app', operator: 'Exists', values: ['x'] }))).toEqual([
      'spec.podSelector.matchExpressions.0.values: Exists takes no values',
    ]);
    expect(problems(policy({ policyTypes: ['Ingress', 'Ingress'] }))).toEqual([
      'spec.policyTypes: list each policy type once',
    ]);
    expect(problems(policy({ policyTypes: ['Inbound'] }))).toHaveLength(1);
    const { metadata: _dropped, ...noMetadata } = policy({});
    expect(problems({ ...noMetadata, metadata: { name: 'x' } })).toEqual([
      'metadata.namespace: Invalid input: expected string, received undefined',
    ]);
    expect(problems({ ...policy({}), apiVersion: 'extensions/v1beta1' })).toHaveLength(1);
  });
});
