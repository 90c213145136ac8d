import { describe, expect, it } from 'vitest';
import { parsePolicies } from '~/sim/netpol';
import { documentStretches, readYamlDocuments } from '~/sim/netpol/yaml-documents';
import { isAbsent } from '~/sim/netpol/yaml-reader';
import { problems, withSpec } from './helpers';

/** The text of each stretch. */
function stretches(text: string): string[] {
  return documentStretches(text).map(({ start, end }) => text.slice(start, end));
}

/** Each document as "offset: content kind" or "offset: error reason @offset". */
function summary(text: string): string[] {
  return readYamlDocuments(text).map(({ offset, contents, error }) =>
    error
      ? `${String(offset)}: ${error.reason} @${String(error.offset)}`
      : `${String(offset)}: ${contents === null || isAbsent(contents) ? 'empty' : contents.kind}`,
  );
}

describe('documentStretches', () => {
  it('cuts before every --- line and after every ... line', () => {
    expect(stretches('a: 1\n---\nb: 2\n...\nc: 3\n--- # d\n---')).toEqual([
      'a: 1\n',
      '---\nb: 2\n...\n',
      'c: 3\n',
      '--- # d\n',
      '---',
    ]);
  });

  it('keeps comments and directives with the document they come before', () => {
    expect(stretches('# intro\n%YAML 1.1\n---\na: 1\n')).toEqual([
      '# intro\n%YAML 1.1\n---\na: 1\n',
    ]);
  });

  it('does not cut at --- or ... inside a line, or without a space after them', () => {
    expect(stretches('a: ---\nb: |\n  x---\n---x: 1\n....\n')).toHaveLength(1);
  });

  it('tells a comment header from content in any line-break style', () => {
    const header = '# Example policy\r\n  \r\n%YAML 1.1\r\n'.repeat(2);
    expect(stretches(`${header}---\r\na: 1\r\n`)).toEqual([`${header}---\r\na: 1\r\n`]);
    expect(stretches('# a\r# b\r---\ra: 1')).toEqual(['# a\r# b\r---\ra: 1']);
    expect(stretches('# a\nb: 1\n---\nc: 2')).toEqual(['# a\nb: 1\n', '---\nc: 2']);
  });

  // A fuzz review found that the old whole-stretch regex backtracked exponentially on this: each
  // comment line doubled the work (12 CRLF lines took 141 s here, and 30 would take days), so
  // this test timed out with it. Line by line, it is linear.
  it('splits a long comment header followed by content without hanging', () => {
    const header = '# comment line\r\n'.repeat(10);
    const text = `${header}kind: NetworkPolicy\r\n---\r\nkind: NetworkPolicy\r\n`;
    expect(stretches(text)).toHaveLength(2);
  });
});

describe('readYamlDocuments', () => {
  it('reads each document, empty ones included, and none from blank input or comments', () => {
    expect(summary('a: 1\n---\n---\n- x\n')).toEqual(['0: map', '5: empty', '9: seq']);
    expect(summary('')).toEqual([]);
    expect(summary('# only a comment\n')).toEqual([]);
  });

  it('counts a document ended by ... even when it is empty', () => {
    expect(summary('...\na: 1\n')).toEqual(['0: empty', '4: map']);
    expect(summary('a: 1\n...\n# trailing comment\n')).toEqual(['0: map']);
  });

  it('stops a document at its first syntax error, and reads the next one', () => {
    expect(summary('a: [1, 2\n---\nb: 1\n')).toEqual(['0: flow-open @9', '9: map']);
  });

  it('ends a quoted string left open at the next document', () => {
    const [first, second] = readYamlDocuments('a: "open\n---\nb: 1\n');
    expect(first?.error).not.toBeNull();
    expect(second?.contents?.kind).toBe('map');
  });

  it('accepts a tab between tokens before or inside a flow collection', () => {
    expect(summary('a:\t{}\nb: [\tx,\ty]\nc:\n  - {\tk:\tv}\n')).toEqual(['0: map']);
  });
});

describe('parsePolicies over the YAML layer', () => {
  it('reads a policy with tabs between its tokens', () => {
    const { errors, policies } = parsePolicies(
      withSpec('  podSelector:\t{}\n  policyTypes: [\tIngress,\tEgress]\n'),
    );
    expect(errors).toEqual([]);
    expect(policies[0]?.spec.policyTypes).toEqual(['Ingress', 'Egress']);
  });

  it('reads timestamps and 1:30 as strings and 0o17 as a number, as Kubernetes does', () => {
    const labels = (value: string) =>
      problems(withSpec(`  podSelector:\n    matchLabels: { a: ${value} }\n`));
    expect(labels('2024-01-01')).toEqual([]);
    expect(labels('1:30')[0]).toContain("label value '1:30' is not valid");
    expect(labels('0o17')).toEqual([
      "1:8:23 spec.podSelector.matchLabels.a | spec.podSelector.matchLabels.a should be a string, not the number 15: YAML reads 0o17 as a number, so quote it ('0o17').",
    ]);
  });

  it('reports a syntax error in the words of the engine, with a hint', () => {
    expect(problems('a: b\n  c: d\n')).toEqual([
      '1:2:4  | YAML syntax error: Bad indentation of a mapping entry. Check the indentation of this line against the lines above it.',
    ]);
    expect(problems('a: [x\n')[0]).toMatch(/^1:2:1 {2}\| YAML syntax error: /);
  });

  it('refuses a tab used as indentation inside a flow collection', () => {
    expect(problems('a: [1,\n\t2]\n')[0]).toContain('YAML syntax error');
  });
});

describe('tabs between tokens, many of them', () => {
  it('reads them all: no limit, as there is no more re-parsing', () => {
    const many = Array.from({ length: 40 }, (_, i) => `k${String(i)}:\t[x]`).join('\n');
    expect(summary(many)).toEqual(['0: map']);
    expect(problems(many).filter((problem) => problem.includes('YAML syntax'))).toEqual([]);
  });
});
