import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { problems, withSpec } from './helpers';

// Errors in spec: podSelector, policyTypes and the shape of rules (spec lines start on line 7).

describe('spec.podSelector', () => {
  it('is required, with the fix', () => {
    expect(problems(withSpec('  policyTypes: [Ingress]\n'))).toEqual([
      '1:7:3 spec.podSelector | spec.podSelector is required: write podSelector: {} to select every pod in the namespace.',
    ]);
  });

  it('is reported once when mistyped', () => {
    expect(problems(withSpec('  podselector: {}\n'))).toEqual([
      "1:7:3 spec.podselector | unknown field 'podselector' in spec: did you mean 'podSelector'?",
    ]);
  });

  it('with no value selects every pod, as the API reads null', () => {
    const { policies, errors } = parsePolicies(withSpec('  podSelector:\n'));
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.podSelector).toEqual({});
  });
});

describe('spec.policyTypes', () => {
  it('suggests policyTypes for policyType', () => {
    expect(problems(withSpec('  podSelector: {}\n  policyType: [Egress]\n'))).toEqual([
      "1:8:3 spec.policyType | unknown field 'policyType' in spec: did you mean 'policyTypes'?",
    ]);
  });

  it('takes only Ingress and Egress, in capitals', () => {
    expect(problems(withSpec('  podSelector: {}\n  policyTypes: [ingress, Both]\n'))).toEqual([
      "1:8:17 spec.policyTypes[0] | spec.policyTypes[0] is 'ingress': use Ingress or Egress (with a capital: Ingress).",
      "1:8:26 spec.policyTypes[1] | spec.policyTypes[1] is 'Both': use Ingress or Egress.",
    ]);
  });

  it('refuses a direction listed twice', () => {
    expect(
      problems(withSpec('  podSelector: {}\n  policyTypes:\n    - Egress\n    - Egress\n')),
    ).toEqual([
      '1:10:7 spec.policyTypes[1] | spec.policyTypes[1] lists Egress a second time: list each direction once.',
    ]);
  });

  it('refuses more than two entries', () => {
    expect(
      problems(withSpec('  podSelector: {}\n  policyTypes: [Ingress, Egress, Ingress]\n')),
    ).toEqual([
      '1:8:16 spec.policyTypes | spec.policyTypes lists 3 entries: it may hold Ingress, Egress, or both.',
    ]);
  });

  it('must be a list', () => {
    expect(problems(withSpec('  podSelector: {}\n  policyTypes: Ingress\n'))).toEqual([
      "1:8:16 spec.policyTypes | spec.policyTypes should be a list (lines starting with '- '), not the string 'Ingress'.",
    ]);
  });
});

describe('rules', () => {
  it('ingress must be a list of rules', () => {
    expect(problems(withSpec('  podSelector: {}\n  ingress:\n    from: []\n'))).toEqual([
      "1:9:5 spec.ingress | spec.ingress should be a list (lines starting with '- '), not a mapping.",
    ]);
  });

  it('explains `to` in an ingress rule and `from` in an egress rule', () => {
    expect(
      problems(
        withSpec('  podSelector: {}\n  ingress:\n    - to: []\n  egress:\n    - from: []\n'),
      ),
    ).toEqual([
      "1:9:7 spec.ingress[0].to | unknown field 'to' in spec.ingress[0]: ingress rules list their peers under from (to is for egress rules).",
      "1:11:7 spec.egress[0].from | unknown field 'from' in spec.egress[0]: egress rules list their peers under to (from is for ingress rules).",
    ]);
  });

  it('explains a peer written straight into a rule', () => {
    expect(problems(withSpec('  podSelector: {}\n  ingress:\n    - podSelector: {}\n'))).toEqual([
      "1:9:7 spec.ingress[0].podSelector | unknown field 'podSelector' in spec.ingress[0]: a peer goes in the from list: from: - podSelector: …",
    ]);
  });

  it('explains a rule field written straight into spec', () => {
    expect(problems(withSpec('  podSelector: {}\n  from: []\n'))).toEqual([
      "1:8:3 spec.from | unknown field 'from' in spec: from belongs inside an ingress rule (ingress: - from: …).",
    ]);
  });

  it('reads an empty rule, an empty list and a null list as the API does', () => {
    const { policies, errors } = parsePolicies(
      withSpec('  podSelector: {}\n  ingress:\n    -\n    - {}\n  egress: []\n'),
    );
    expect(errors).toEqual([]);
    expect(policies[0]?.spec).toEqual({ podSelector: {}, ingress: [{}, {}], egress: [] });
    expect(parsePolicies(withSpec('  podSelector: {}\n  ingress:\n')).policies[0]?.spec).toEqual({
      podSelector: {},
    });
  });
});
