import { describe, expect, it } from 'vitest';
import { effectivePolicyTypes, policyKey } from '~/sim/netpol';
import type { NetworkPolicy, NetworkPolicySpec } from '~/sim/netpol';

/** A policy named p in the default namespace with this spec. */
function policy(spec: Partial<NetworkPolicySpec>): NetworkPolicy {
  return { metadata: { name: 'p' }, spec: { podSelector: {}, ...spec } };
}

describe('effectivePolicyTypes (the API server’s defaulting)', () => {
  it.each([
    ['absent, no rules', {}, ['Ingress']],
    ['absent, ingress rules', { ingress: [{}] }, ['Ingress']],
    ['absent, egress rules', { egress: [{}] }, ['Ingress', 'Egress']],
    ['absent, egress: [] (no rule)', { egress: [] }, ['Ingress']],
    ['empty list, egress rules', { policyTypes: [], egress: [{}] }, ['Ingress', 'Egress']],
    ['written as Egress only', { policyTypes: ['Egress' as const], ingress: [{}] }, ['Egress']],
    [
      'written as both',
      { policyTypes: ['Egress' as const, 'Ingress' as const] },
      ['Egress', 'Ingress'],
    ],
  ])('%s → %j', (_case, spec, types) => {
    expect(effectivePolicyTypes(policy(spec))).toEqual(types);
  });
});

describe('policyKey', () => {
  it('is namespace/name, the namespace defaulting to "default"', () => {
    expect(policyKey(policy({}))).toBe('default/p');
    expect(
      policyKey({ metadata: { name: 'q', namespace: 'prod' }, spec: { podSelector: {} } }),
    ).toBe('prod/q');
  });
});
