import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { fixtureText, problems } from './helpers';

const policy = (name: string, namespace = 'prod'): string =>
  `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${name}\n  namespace: ${namespace}\nspec:\n  podSelector: {}\n`;

describe('parsePolicies: documents', () => {
  it('reads the docs’ test-network-policy into the API object', () => {
    const { policies, errors } = parsePolicies(
      fixtureText('policies/docs/test-network-policy.yaml'),
    );
    expect(errors).toEqual([]);
    expect(policies).toEqual([
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'test-network-policy', namespace: 'default' },
        spec: {
          podSelector: { matchLabels: { role: 'db' } },
          policyTypes: ['Ingress', 'Egress'],
          ingress: [
            {
              from: [
                { ipBlock: { cidr: '172.17.0.0/16', except: ['172.17.1.0/24'] } },
                { namespaceSelector: { matchLabels: { project: 'myproject' } } },
                { podSelector: { matchLabels: { role: 'frontend' } } },
              ],
              ports: [{ protocol: 'TCP', port: 6379 }],
            },
          ],
          egress: [
            {
              to: [{ ipBlock: { cidr: '10.0.0.0/24' } }],
              ports: [{ protocol: 'TCP', port: 5978 }],
            },
          ],
        },
      },
    ]);
  });

  it('reads several documents, skipping empty ones', () => {
    const { policies, errors } = parsePolicies(
      `---\n${policy('a')}---\n---\n# nothing here\n---\n${policy('b')}`,
    );
    expect(errors).toEqual([]);
    expect(policies.map((p) => p.metadata.name)).toEqual(['a', 'b']);
  });

  it('returns nothing and no error for empty input, blank lines or comments only', () => {
    for (const text of ['', '   \n\n', '# just a comment\n', '---\n']) {
      expect(parsePolicies(text)).toEqual({ policies: [], errors: [] });
    }
  });

  it('reads a kind: List, as kubectl get -o yaml prints it', () => {
    const items = [policy('a'), policy('b')].map(
      (text) => `  - ${text.trimEnd().replaceAll('\n', '\n    ')}`,
    );
    const list = `apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: ""\nitems:\n${items.join('\n')}\n`;
    const { policies, errors } = parsePolicies(list);
    expect(errors).toEqual([]);
    expect(policies.map((p) => `${p.metadata.namespace ?? ''}/${p.metadata.name}`)).toEqual([
      'prod/a',
      'prod/b',
    ]);
  });

  it('reads JSON, and a NetworkPolicyList whose items leave out apiVersion and kind', () => {
    const json = JSON.stringify({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicyList',
      items: [{ metadata: { name: 'j' }, spec: { podSelector: {}, ingress: [{}] } }],
    });
    const { policies, errors } = parsePolicies(json);
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.ingress).toEqual([{}]);
  });

  it('says which document is another kind, and keeps the valid ones', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n';
    const result = parsePolicies(`${policy('a')}---\n${service}---\n${policy('b')}`);
    expect(result.policies.map((p) => p.metadata.name)).toEqual(['a', 'b']);
    expect(problems(`${policy('a')}---\n${service}`)).toEqual([
      '2:10:7 kind | document 2 is a Service, not a NetworkPolicy.',
    ]);
    expect(problems('kind: Ingress\n')).toEqual([
      '1:1:7 kind | document 1 is an Ingress, not a NetworkPolicy.',
    ]);
  });

  it('says which List item is another kind', () => {
    expect(
      problems('apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n'),
    ).toEqual(['1:5:11 items[0].kind | items[0] of document 1 is a Pod, not a NetworkPolicy.']);
  });

  it('refuses a document that is not an object', () => {
    expect(problems('hello\n')).toEqual([
      "1:1:1  | document 1 is the string 'hello', not a Kubernetes object: a NetworkPolicy has apiVersion, kind, metadata and spec.",
    ]);
    expect(problems('- a\n- b\n')[0]).toContain('document 1 is a list, not a Kubernetes object');
  });

  it('reports the same namespace/name twice, keeping the first', () => {
    const result = parsePolicies(`${policy('a')}---\n${policy('a')}`);
    expect(result.policies).toHaveLength(1);
    expect(problems(`${policy('a')}---\n${policy('a')}`)).toEqual([
      '2:12:9 metadata.name | prod/a is defined a second time (first in document 1): the API server keeps one object per namespace and name, so rename one of them.',
    ]);
    expect(parsePolicies(`${policy('a')}---\n${policy('a', 'dev')}`).errors).toEqual([]);
  });

  it('leaves metadata.namespace out when the YAML does (the engine reads it as "default")', () => {
    const { policies } = parsePolicies(
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p }\nspec: { podSelector: {} }\n',
    );
    expect(policies[0]?.metadata).toEqual({ name: 'p' });
  });
});

describe('parsePolicies: YAML syntax', () => {
  it('locates a tab used as indentation, with the fix', () => {
    expect(
      problems('apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n\tname: p\n'),
    ).toEqual([
      '1:4:1  | YAML syntax error: Tabs are not allowed as indentation. YAML indents with spaces only: replace the tab with spaces.',
    ]);
  });

  it('names the real cause of text left after a value, and of a line without its colon', () => {
    const first = (text: string): string => problems(text)[0] ?? '';
    expect(first("kind: 'it's'\n")).toBe(
      "1:1:11  | YAML syntax error: There is text after the closing quote. End the value at its closing quote; inside '…' write a quote as '' (it's → 'it''s'), inside \"…\" as \\\".",
    );
    expect(first('kind: a: b\n')).toBe(
      "1:1:8  | YAML syntax error: A second colon on this line. A value may not contain ': ' unless it is quoted: write key: 'a: b', or put the nested key on its own line.",
    );
    expect(first('spec:\n  podSelector: @x\n')).toBe(
      "1:2:16  | YAML syntax error: A plain value cannot start with @, ` or %. Quote the value: write key: '@x'.",
    );
    expect(first('apiVersion networking.k8s.io/v1\nkind: NetworkPolicy\n')).toBe(
      '1:1:1  | YAML syntax error: This line has no colon after its key. Write key: value on one line, with a colon and a space after the key; check for a quote left open above.',
    );
    expect(first('```yaml\nkind: NetworkPolicy\n```\n')).toBe(
      '1:1:1  | YAML syntax error: This is a Markdown ``` fence line, not YAML. Remove the ``` fence lines around the manifest and paste only the YAML between them.',
    );
  });

  it('locates a tab that indents a mapping started after a list dash', () => {
    expect(problems('spec:\n  policyTypes:\n  -\tname: x\n')).toEqual([
      '1:3:4  | YAML syntax error: Tabs are not allowed as indentation. YAML indents with spaces only: replace the tab with spaces.',
    ]);
  });

  it('locates a field written twice, and a label written twice', () => {
    expect(problems(`${policy('a')}  podSelector: {}\n`)).toEqual([
      "1:8:3 spec.podSelector | 'podSelector' appears twice in spec: keep one.",
    ]);
    expect(problems(`${policy('a').replace('{}', '{ matchLabels: { app: a, app: b } }')}`)).toEqual(
      [
        "1:7:41 spec.podSelector.matchLabels.app | 'app' appears twice in spec.podSelector.matchLabels: keep one.",
      ],
    );
  });

  it('locates an unclosed flow collection', () => {
    const errors = parsePolicies('spec: { podSelector: {}\n').errors;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatchObject({ document: 1, line: 2, column: 1, path: '' });
    expect(errors[0]?.message).toMatch(/^YAML syntax error: /);
  });

  it('reads YAML 1.1 like Kubernetes: a bare yes, no, on, off or y is a boolean', () => {
    for (const word of ['yes', 'no', 'on', 'off', 'y', 'n']) {
      expect(
        problems(`${policy('a').replace('{}', `{ matchLabels: { x: ${word} } }`)}`)[0],
      ).toContain(`YAML reads ${word} as a boolean, so quote it ('${word}')`);
    }
  });

  it('numbers the document of each error', () => {
    const [error] = parsePolicies(`${policy('a')}---\n${policy('b')}---\nkind: [\n`).errors;
    expect(error?.document).toBe(3);
  });
});
