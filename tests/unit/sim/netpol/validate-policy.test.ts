import { describe, expect, it } from 'vitest';
import { problems } from './helpers';

// Errors about the object itself: apiVersion, kind, metadata, spec. Each test pins the exact
// position (document:line:column), the path and the message.

describe('apiVersion and kind', () => {
  it('reports a missing apiVersion and kind at the start of the object', () => {
    expect(problems('metadata: { name: p }\nspec: { podSelector: {} }\n')).toEqual([
      '1:1:1 apiVersion | apiVersion is missing: add apiVersion: networking.k8s.io/v1.',
      '1:1:1 kind | kind is missing: add kind: NetworkPolicy.',
    ]);
  });

  it('explains an old apiVersion', () => {
    expect(
      problems(
        'apiVersion: extensions/v1beta1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec: { podSelector: {} }\n',
      ),
    ).toEqual([
      "1:1:13 apiVersion | apiVersion is 'extensions/v1beta1', but a NetworkPolicy is apiVersion: networking.k8s.io/v1: extensions/v1beta1 NetworkPolicy was removed in Kubernetes 1.16.",
    ]);
  });

  it('names the core group mistake', () => {
    expect(
      problems(
        'apiVersion: v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec: { podSelector: {} }\n',
      ),
    ).toEqual([
      "1:1:13 apiVersion | apiVersion is 'v1', but a NetworkPolicy is apiVersion: networking.k8s.io/v1: NetworkPolicy is in the networking.k8s.io group, not the core v1 group.",
    ]);
  });

  it('refuses a kind that is not a string', () => {
    expect(
      problems(
        'apiVersion: networking.k8s.io/v1\nkind: 7\nmetadata: { name: p }\nspec: { podSelector: {} }\n',
      ),
    ).toEqual([
      "1:2:7 kind | kind should be a string, not the number 7: YAML reads 7 as a number, so quote it ('7').",
    ]);
  });
});

describe('metadata', () => {
  const head = 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\n';
  const spec = 'spec: { podSelector: {} }\n';

  it('requires metadata', () => {
    expect(problems(head + spec)).toEqual([
      '1:1:1 metadata | metadata is missing: a NetworkPolicy needs at least metadata.name.',
    ]);
  });

  it('requires metadata.name', () => {
    expect(problems(`${head}metadata:\n  namespace: prod\n${spec}`)).toEqual([
      '1:4:3 metadata.name | metadata.name is required (e.g. name: allow-frontend).',
    ]);
  });

  it('checks that the name is a DNS subdomain', () => {
    expect(problems(`${head}metadata:\n  name: Allow_Web\n${spec}`)).toEqual([
      "1:4:9 metadata.name | metadata.name: 'Allow_Web' is not a valid name: use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (e.g. allow-frontend).",
    ]);
    expect(problems(`${head}metadata:\n  name: ${'a'.repeat(254)}\n${spec}`)[0]).toContain(
      'is longer than 253 characters.',
    );
  });

  it('checks that the namespace is a DNS label', () => {
    expect(problems(`${head}metadata:\n  name: p\n  namespace: team.a\n${spec}`)).toEqual([
      "1:5:14 metadata.namespace | metadata.namespace: 'team.a' is not a valid namespace name: use lower-case letters, digits and '-', starting and ending with a letter or digit (e.g. prod).",
    ]);
  });

  it('reports a mistyped name once, with the field meant', () => {
    expect(problems(`${head}metadata:\n  nmae: p\n${spec}`)).toEqual([
      "1:4:3 metadata.nmae | unknown field 'nmae' in metadata: did you mean 'name'?",
    ]);
  });

  it('accepts every field kubectl prints in metadata, and checks labels', () => {
    expect(
      problems(
        `${head}metadata:\n  name: p\n  uid: 1b2c\n  resourceVersion: "42"\n  annotations: { note: x }\n  labels: { team: "-bad" }\n${spec}`,
      ),
    ).toEqual([
      "1:8:19 metadata.labels.team | metadata.labels.team: label value '-bad' is not valid: use letters, digits, '-', '_' and '.', starting and ending with a letter or digit.",
    ]);
  });
});

describe('the object', () => {
  it('requires spec', () => {
    expect(
      problems('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\n'),
    ).toEqual(['1:1:1 spec | spec is missing: a NetworkPolicy needs at least spec.podSelector.']);
  });

  it('points at a spec field written at the top level', () => {
    expect(
      problems(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec: { podSelector: {} }\ningress: []\n',
      ),
    ).toEqual([
      "1:5:1 ingress | unknown field 'ingress' at the top level: ingress goes under spec: indent it below spec:.",
    ]);
  });

  it('says NetworkPolicy has no status', () => {
    expect(
      problems(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec: { podSelector: {} }\nstatus: {}\n',
      ),
    ).toEqual([
      "1:5:1 status | unknown field 'status' at the top level: NetworkPolicy has no status: leave it out.",
    ]);
  });

  it('suggests the field meant for a typo at the top level', () => {
    expect(
      problems(
        'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nsepc: { podSelector: {} }\n',
      ),
    ).toEqual(["1:4:1 sepc | unknown field 'sepc' at the top level: did you mean 'spec'?"]);
  });
});
