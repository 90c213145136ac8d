import { describe, expect, it } from 'vitest';
import { PARSE_LIMITS, parsePolicies } from '~/sim/netpol';
import { documentCount, nestingDepth, utf8Length } from '~/sim/netpol/parse-limits';
import { fixtureText, problems, withSpec } from './helpers';

// Hostile input: whatever is pasted, parsePolicies returns errors (never throws) and refuses
// what could make it slow before the YAML parser sees it.

const aliasBomb = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'spec:',
  '  podSelector: { matchLabels: *g }',
].join('\n');

describe('limits checked before parsing', () => {
  it('refuses more than 256 KiB with one error', () => {
    expect(problems('#'.repeat(PARSE_LIMITS.maxBytes + 1))).toEqual([
      '1:1:1  | The input is too large (about 257 KiB): paste at most 256 KiB of policies.',
    ]);
  });

  it('counts bytes, not characters: 100,000 euro signs are 300,000 bytes', () => {
    expect(utf8Length('€')).toBe(3);
    expect(utf8Length('😀')).toBe(4);
    expect(problems(`# ${'€'.repeat(100_000)}`)[0]).toContain('The input is too large');
  });

  it('refuses deep flow and block nesting', () => {
    const message =
      '1:1:1  | The input nests more than 64 levels deep, far more than any NetworkPolicy: it was not read.';
    expect(problems('['.repeat(100))).toEqual([message]);
    expect(problems('- '.repeat(100))).toEqual([message]);
    expect(
      problems(Array.from({ length: 100 }, (_, i) => `${' '.repeat(i)}k${String(i)}:`).join('\n')),
    ).toEqual([message]);
  });

  it('lets real policies through the nesting check, kubectl’s last-applied JSON included', () => {
    const json = JSON.stringify({
      spec: { ingress: [{ from: [{ podSelector: { matchLabels: { a: 'b' } } }] }] },
    });
    const annotated = fixtureText('policies/docs/test-network-policy.yaml').replace(
      'metadata:\n',
      `metadata:\n  annotations:\n    kubectl.kubernetes.io/last-applied-configuration: |\n      ${json}\n`,
    );
    expect(nestingDepth(annotated, 64)).toBeLessThan(20);
    expect(parsePolicies(annotated).errors).toEqual([]);
  });

  it('refuses more than 200 documents', () => {
    expect(documentCount('---\n'.repeat(250))).toBe(251);
    expect(problems('---\n'.repeat(250))).toEqual([
      '1:1:1  | The input has more than 200 YAML documents: paste fewer at a time.',
    ]);
  });
});

describe('hostile content', () => {
  it('refuses aliases instead of expanding them (no alias bomb)', () => {
    const result = parsePolicies(aliasBomb);
    expect(result.policies).toEqual([]);
    expect(result.errors.some((e) => e.message.includes('is a YAML alias (*g)'))).toBe(true);
  });

  it('treats __proto__ and constructor as data, and pollutes nothing', () => {
    const result = parsePolicies(
      '__proto__: { polluted: yes }\nconstructor: x\nspec:\n  podSelector:\n    matchLabels: { __proto__: x, constructor: y }\n',
    );
    expect(result.policies).toEqual([]);
    expect(result.errors.map((e) => e.path)).toContain('__proto__');
    expect(result.errors.map((e) => e.path)).toContain('spec.podSelector.matchLabels.__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('shows control characters as escapes and keeps HTML as text', () => {
    const [control] = problems(
      withSpec('  podSelector: {}\n').replace('name: p', 'name: "a\\u0007b"'),
    );
    expect(control).toContain("'a\\u0007b' is not a valid name");
    const [html] = problems(
      withSpec('  podSelector: {}\n').replace('name: p', 'name: "<script>alert(1)</script>"'),
    );
    expect(html).toContain("'<script>alert(1)</script>' is not a valid name");
  });

  it('shortens long values in messages', () => {
    const [error] = problems(
      withSpec('  podSelector: {}\n').replace('name: p', `name: ${'A'.repeat(5000)}`),
    );
    expect(error?.length).toBeLessThan(400);
  });

  it('sums up errors beyond 500 in one last error', () => {
    const keys = Array.from({ length: 600 }, (_, i) => `      "bad key ${String(i)}": x`).join(
      '\n',
    );
    const errors = parsePolicies(withSpec(`  podSelector:\n    matchLabels:\n${keys}\n`)).errors;
    expect(errors).toHaveLength(PARSE_LIMITS.maxErrors + 1);
    expect(errors.at(-1)?.message).toBe('…and 100 more errors; fix these first.');
  });

  it('reads at most 500 policies', () => {
    const many = Array.from(
      { length: 120 },
      (_, i) =>
        `apiVersion: networking.k8s.io/v1\nkind: List\nitems:\n${Array.from({ length: 5 }, (_, j) => `  - { metadata: { name: p${String(i)}-${String(j)} }, spec: { podSelector: {} } }`).join('\n')}`,
    ).join('\n---\n');
    const result = parsePolicies(many);
    expect(result.policies).toHaveLength(PARSE_LIMITS.maxPolicies);
    expect(result.errors.map((e) => e.message)).toEqual(['Only the first 500 policies are read.']);
  });

  it('never throws on non-string input smuggled past the types', () => {
    expect(parsePolicies(undefined as unknown as string).errors).toHaveLength(1);
    expect(parsePolicies(42 as unknown as string).errors).toHaveLength(1);
  });
});
