import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlightYaml, type Token } from '~/components/sims/netpol/yaml-highlight';

// Prints a line of tokens as "kind:text" pairs, spaces left out, so expectations read easily.
const show = (tokens: Token[] | undefined) =>
  (tokens ?? [])
    .filter((t) => t.text.trim() !== '')
    .map((t) => `${t.kind}:${t.kind === 'text' ? t.text.trim() : t.text}`);

describe('highlightYaml', () => {
  it('colours keys, punctuation, numbers, literals, strings and comments', () => {
    const lines = highlightYaml(
      "apiVersion: networking.k8s.io/v1\nspec:\n  - port: 8080 # web\n    enabled: true\n    name: 'a: b'",
    );
    expect(show(lines[0])).toEqual(['key:apiVersion', 'punct::', 'text:networking.k8s.io/v1']);
    expect(show(lines[1])).toEqual(['key:spec', 'punct::']);
    expect(show(lines[2])).toEqual([
      'punct:-',
      'key:port',
      'punct::',
      'number:8080',
      'comment:# web',
    ]);
    expect(show(lines[3])).toEqual(['key:enabled', 'punct::', 'literal:true']);
    expect(show(lines[4])).toEqual(['key:name', 'punct::', "string:'a: b'"]);
  });

  it('reads flow mappings and sequences, keys inside them included', () => {
    const [line] = highlightYaml('matchLabels: { app: web, tier: "front" }');
    expect(show(line)).toEqual([
      'key:matchLabels',
      'punct::',
      'punct:{',
      'key:app',
      'punct::',
      'text:web',
      'punct:,',
      'key:tier',
      'punct::',
      'string:"front"',
      'punct:}',
    ]);
    expect(show(highlightYaml('policyTypes: [Ingress, Egress]')[0])).toEqual([
      'key:policyTypes',
      'punct::',
      'punct:[',
      'text:Ingress',
      'punct:,',
      'text:Egress',
      'punct:]',
    ]);
  });

  it('keeps a # inside a value and a URL colon as text, and marks documents and anchors', () => {
    expect(show(highlightYaml('note: a#b http://x')[0])).toEqual([
      'key:note',
      'punct::',
      'text:a#b http://x',
    ]);
    expect(show(highlightYaml('---')[0])).toEqual(['marker:---']);
    expect(show(highlightYaml('base: &shared {}')[0])).toEqual([
      'key:base',
      'punct::',
      'anchor:&shared',
      'punct:{',
      'punct:}',
    ]);
  });

  it('treats the lines of a block scalar as one string, until the indentation returns', () => {
    const lines = highlightYaml('yaml: |\n  kind: x\n  # not a comment\nnext: 1');
    expect(show(lines[0])).toEqual(['key:yaml', 'punct::', 'punct:|']);
    expect(show(lines[1])).toEqual(['string:  kind: x']);
    expect(show(lines[2])).toEqual(['string:  # not a comment']);
    expect(show(lines[3])).toEqual(['key:next', 'punct::', 'number:1']);
  });

  it('never loses or invents a character, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab :#-\'"{}[],|>&*!\n\t1.') }), (text) => {
        const lines = highlightYaml(text);
        expect(lines.map((tokens) => tokens.map((t) => t.text).join('')).join('\n')).toBe(text);
        for (const tokens of lines) for (const t of tokens) expect(t.text).not.toBe('');
      }),
    );
  });

  it('copes with unterminated quotes and a large paste in one pass', () => {
    expect(show(highlightYaml('a: "open')[0])).toEqual(['key:a', 'punct::', 'string:"open']);
    const big = 'key: value # c\n'.repeat(20_000);
    expect(highlightYaml(big)).toHaveLength(20_001);
  });
});
