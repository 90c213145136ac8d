import { describe, expect, it } from 'vitest';
import { policiesFromYaml, policyYamlText } from '~/schemas/policy-yaml';

const doc = (name: string, extra = '') => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: ${name}, namespace: shop }
spec:
  podSelector: {}${extra}
`;

describe('policiesFromYaml', () => {
  it('reads every document and skips empty ones', () => {
    const { policies, problems } = policiesFromYaml(`${doc('a')}---\n${doc('b')}---\n`);
    expect(problems).toEqual([]);
    expect(policies.map((p) => p.metadata.name)).toEqual(['a', 'b']);
  });

  it('names the document and the field of each problem', () => {
    const { policies, problems } = policiesFromYaml(
      `${doc('a')}---\n${doc('b', '\n  policyTypes: [Inbound]')}`,
    );
    expect(policies.map((p) => p.metadata.name)).toEqual(['a']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^document 2, line 12, column 17 \(spec\.policyTypes\[0\]\): /);
  });

  it('reports YAML syntax errors and duplicate keys', () => {
    expect(policiesFromYaml('spec: [unclosed').problems[0]).toMatch(/^document 1, line 1, /);
    const twice = policiesFromYaml(`${doc('a')}spec:\n  podSelector: {}\n`);
    expect(twice.problems.join('\n')).toMatch(/^document 1, line 6, .*spec/);
  });

  it('asks content to name each policy’s namespace', () => {
    const bare = doc('a').replace(', namespace: shop', '');
    expect(policiesFromYaml(bare).problems).toEqual([
      'policy a: set metadata.namespace (content must name it)',
    ]);
  });
});

describe('policyYamlText', () => {
  it('wants exactly one policy for an entry, at least one for a solution', () => {
    const one = policyYamlText('one');
    const many = policyYamlText('many');
    expect(one.safeParse(doc('a')).success).toBe(true);
    expect(one.safeParse(`${doc('a')}---\n${doc('b')}`).error?.issues[0]?.message).toBe(
      'holds 2 policies; put each policy in its own entry',
    );
    expect(many.safeParse(`${doc('a')}---\n${doc('b')}`).success).toBe(true);
    expect(many.safeParse('# nothing here\n').error?.issues[0]?.message).toBe(
      'holds no NetworkPolicy',
    );
  });
});
