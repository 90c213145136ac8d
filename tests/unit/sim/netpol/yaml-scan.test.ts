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

describe('syntax errors: text left on an entry line names its real cause', () => {
  it.each([
    ["a quote inside '…'", "app: 'it's'\n", 'quote-after @1:10'],
    ['a word after "…"', 'app: "web" db\n', 'quote-after @1:12'],
    ['a second colon', 'app: a: b\n', 'value-colon @1:7'],
    ['a second colon after a quoted value', "a: 'x': y\n", 'quote-after @1:7'],
    ['@ starting a value', 'podSelector: @x\n', 'reserved-start @1:14'],
    ['` starting a value', 'a: `x`\n', 'reserved-start @1:4'],
    ['% starting a value', 'a: %x\n', 'reserved-start @1:4'],
    ['an entry indented on the next line stays map-indent', 'a: b\n  c: d\n', 'map-indent @2:4'],
    ['a flow value with text after it stays map-indent', 'a: [x] y\n', 'map-indent @1:8'],
    ['a list item with text after its quote', "- 'it's'\n", 'quote-after @1:7'],
    ['a list item in a mapping', "a:\n  - 'x' y\n", 'quote-after @2:9'],
    ['a list item starting with @', '- @x\n', 'reserved-start @1:3'],
    ['a second dash on the line stays seq-indent', '- a\n- [b] - c\n', 'seq-indent @2:7'],
  ])('%s', (_, text, expected) => {
    expect(errorAt(text)).toBe(expected);
  });
});

describe('syntax errors: a key without its colon is found at its own line', () => {
  it.each([
    [
      'a nested key',
      'spec:\n  podSelector\n    matchLabels:\n      app: web\n',
      'multiline-key @2:3',
    ],
    [
      'the first key',
      'apiVersion networking.k8s.io/v1\nkind: NetworkPolicy\n',
      'multiline-key @1:1',
    ],
    ['the first key of a list item', '- a\n  b: c\n', 'multiline-key @1:3'],
    ['a quoted key over two lines', '"a\n b": c\n', 'multiline-key @1:1'],
    ['not a value with a property after key:', 'key: &a b\n  c: d\n', 'map-indent @2:4'],
  ])('%s', (_, text, expected) => {
    expect(errorAt(text)).toBe(expected);
  });

  it('still reads a plain value that runs over lines after key:', () => {
    expect(errorAt('a:\n  b\n  c\nd: e\n')).toBe('');
    expect(errorAt('a: b\n  c\n')).toBe('');
  });
});

describe('syntax errors: Markdown fences', () => {
  it.each([
    ['an opening fence', '```yaml\nkind: NetworkPolicy\n```\n', 'fence @1:1'],
    ['a closing fence', 'kind: NetworkPolicy\n```\n', 'fence @2:1'],
    ['a closing fence after a list', '- a\n```\n', 'fence @2:1'],
  ])('%s', (_, text, expected) => {
    expect(errorAt(text)).toBe(expected);
  });
});

describe('syntax errors: a tab may not indent a collection started after - or ?', () => {
  it.each([
    ['-\tk: v\n', 'tab @1:2'],
    ['- \tk: v\n', 'tab @1:3'],
    ['-\t- a\n', 'tab @1:2'],
    ['?\tkey:\n', 'tab @1:2'],
    ['? a\n:\tk: v\n', 'tab @2:2'],
    ['- - \tk: v\n', 'tab @1:5'],
    ['-\t[k]: v\n', 'tab @1:2'],
  ])('%j', (text, expected) => {
    expect(errorAt(text)).toBe(expected);
  });

  it.each([
    '-\tx\n',
    '- \tx\n',
    '-\t[1]\n',
    'a: \t[1]\n',
    'a:\t1\n',
    'a: \t{b: c}\n',
    '?\tk\n:\tv\n',
  ])('still accepts a tab between tokens: %j', (text) => {
    expect(errorAt(text)).toBe('');
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
