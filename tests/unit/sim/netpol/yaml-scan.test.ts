import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linePositions } from '~/sim/netpol/line-positions';
import { readYamlDocuments } from '~/sim/netpol/yaml-documents';

/** The first syntax error of a text as "reason @line:column", or "" when there is none. */
function errorAt(text: string): string {
  const error = readYamlDocuments(text).find((document) => document.error)?.error;
  if (!error) return '';
  const { line, col } = linePositions(text).linePos(error.offset);
  return `${error.reason} @${String(line)}:${String(col)}`;
}

describe('syntax errors: one reason each, located', () => {
  it.each([
    ['tab', 'a:\n\tb: 1\n', 'tab @2:1'],
    ['tab inside a flow collection', 'a: [1,\n\t2]\n', 'tab @2:1'],
    ['tab before a mapping at the top', '\tkey: v\n', 'tab @1:1'],
    ['tab before a key after spaces', 'a:\n  \tkey: v\n', 'tab @2:3'],
    ['map-indent', 'a: b\n  c: d\n', 'map-indent @2:4'],
    ['seq-indent', 'a:\n  - x: 1\n   - y\n', 'seq-indent @3:4'],
    ['deficient', 'a: [x,\nb]\n', 'deficient @2:1'],
    ['multiline-key', 'a: 1\nb\nc: 2\n', 'multiline-key @2:1'],
    ['missing-colon', 'a: 1\n"b" x\n', 'missing-colon @2:1'],
    ['colon-space', '"a":b\n', 'colon-space @1:5'],
    ['text-after', 'a: b\n- c\n', 'text-after @2:1'],
    ['flow-open', 'a: [x, y', 'flow-open @1:9'],
    ['flow-open at the end of the line', 'spec: { podSelector: {}\n', 'flow-open @2:1'],
    ['flow-comma', '["a" "b"]\n', 'flow-comma @1:6'],
    ['flow-empty', '[a, , b]\n', 'flow-empty @1:5'],
    ['quote-open', 'a: "x', 'quote-open @1:6'],
    ['quote-open before the next document', "a: 'x\n---\nb: 1\n", 'quote-open @2:1'],
    ['escape', 'a: "\\q"\n', 'escape @1:6'],
    ['control-char', 'a: b\u0001c\n', 'control-char @1:5'],
    ['block-header', 'a: |x\n  y\n', 'block-header @1:5'],
    ['property', 'a: &\n', 'property @1:5'],
    ['directive', '%YAML 1.1\na: 1\n', 'directive @2:1'],
    ['too-deep', '['.repeat(500), 'too-deep @1:400'],
  ])('%s', (_, text, expected) => {
    expect(errorAt(text)).toBe(expected);
  });
});

/** Characters that YAML gives a meaning to, to build hostile texts from. */
const piece = fc.constantFrom(
  ...[' ', '  ', '\t', '\n', '\r\n', '-', '- ', ':', ': ', '?', '? ', ',', '[', ']', '{', '}'],
  ...['#', ' #', '&a', '*a', '!t', '!!str', '|', '>-', '|2+', "'", '"', '\\', '\\x4', '\\u00'],
  ...['---', '...', '%YAML 1.1', 'a', 'key', '1', 'yes', '\u00e9', '\ufeff', '\u0001'],
);

describe('any text', { timeout: 60_000 }, () => {
  it('ends, and either reads or gives a located syntax error', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        ),
        (text) => {
          for (const { offset, contents, error } of readYamlDocuments(text)) {
            expect(offset).toBeGreaterThanOrEqual(0);
            if (error === null) continue;
            expect(contents).toBeNull();
            expect(error.offset).toBeGreaterThanOrEqual(0);
            expect(error.offset).toBeLessThanOrEqual(text.length);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });
});
