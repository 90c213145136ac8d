import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isMap as isYamlMap,
  isScalar as isYamlScalar,
  isSeq as isYamlSeq,
  parseAllDocuments,
  stringify,
} from 'yaml';
import { readYamlDocuments } from '~/sim/netpol/yaml-documents';
import type { YamlNode } from '~/sim/netpol/yaml-nodes';
import { documentsByJsYaml } from './js-yaml-tree';

/** The documents of a text as node trees; a syntax error fails the test. */
function documents(text: string): (YamlNode | null)[] {
  return readYamlDocuments(text).map(({ contents, error }) => {
    expect(error).toBeNull();
    return contents;
  });
}

/** The one document of a text. */
function tree(text: string): YamlNode | null {
  const [root] = documents(text);
  return root ?? null;
}

/** A node as plain data, the way the readers see its values. */
function plain(node: YamlNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'alias':
      return `*${node.source}`;
    case 'seq':
      return node.items.map(plain);
    case 'map':
      return node.items.map((pair) => [plain(pair.key), plain(pair.value)]);
  }
}

/** Every node with its offset, in document order: "offset kind value". */
function located(node: YamlNode | null, out: string[] = []): string[] {
  if (node === null) return out;
  const what = node.kind === 'scalar' ? JSON.stringify(node.value) : node.kind;
  out.push(`${String(node.offset)} ${what}`);
  if (node.kind === 'seq') node.items.forEach((item) => located(item, out));
  if (node.kind === 'map')
    node.items.forEach(({ key, value }) => (located(key, out), located(value, out)));
  return out;
}

describe('the YAML reader: values', () => {
  it('reads block and flow mappings and sequences in source order, duplicates kept', () => {
    expect(plain(tree('a: 1\nb: [x, {c: d}]\na: 2\n'))).toEqual([
      ['a', 1],
      ['b', ['x', [['c', 'd']]]],
      ['a', 2],
    ]);
  });

  it('reads quoted, escaped, folded and literal scalars as strings', () => {
    const text = [
      `a: "x\\ty\\u00e9"`,
      `b: 'it''s'`,
      `c: |`,
      `  line 1`,
      `  line 2`,
      `d: >-`,
      `  folded`,
      `  text`,
      `e: "80"`,
      `f: plain words`,
      `  on two lines`,
    ].join('\n');
    expect(plain(tree(text))).toEqual([
      ['a', 'x\tyé'],
      ['b', "it's"],
      ['c', 'line 1\nline 2\n'],
      ['d', 'folded text'],
      ['e', '80'],
      ['f', 'plain words on two lines'],
    ]);
  });

  it('keeps aliases as nodes, never expanding them', () => {
    expect(plain(tree('a: &x [1, 2]\nb: *x\n'))).toEqual([
      ['a', [1, 2]],
      ['b', '*x'],
    ]);
  });

  it('reads empty values, items and documents as null', () => {
    expect(plain(tree('a:\nb: ~\nc:\n  -\n  - x\n'))).toEqual([
      ['a', null],
      ['b', null],
      ['c', [null, 'x']],
    ]);
    expect(documents('---\n---\na: 1\n').map(plain)).toEqual([null, [['a', 1]]]);
  });

  it('applies !!str and ignores the tags it does not know', () => {
    expect(plain(tree('a: !!str 80\nb: !!int "80"\nc: !thing yes\n'))).toEqual([
      ['a', '80'],
      ['b', 80],
      ['c', true],
    ]);
  });
});

describe('the YAML reader: offsets', () => {
  it('places a scalar at its first character, a quoted one at its quote', () => {
    expect(located(tree('key: value\n"q": \'v\'\n'))).toEqual([
      '0 map',
      '0 "key"',
      '5 "value"',
      '11 "q"',
      '16 "v"',
    ]);
  });

  it('places a block scalar at its header, even with a comment after it', () => {
    expect(located(tree('a: |  # note\n  text\n'))).toEqual(['0 map', '0 "a"', '3 "text\\n"']);
  });

  it('places a flow collection at its bracket and a block one at its first entry', () => {
    expect(located(tree('a:\n  - [x]\n  - {k: v}\n'))).toEqual([
      '0 map',
      '0 "a"',
      '5 seq',
      '7 seq',
      '8 "x"',
      '15 map',
      '16 "k"',
      '19 "v"',
    ]);
  });

  it('places a collection after its tag or anchor', () => {
    expect(located(tree('a: &x\n  b: c\n'))).toEqual([
      '0 map',
      '0 "a"',
      '8 map',
      '8 "b"',
      '11 "c"',
    ]);
  });

  it('places an alias at its star', () => {
    expect(located(tree('a: &x 1\nb: *x\n'))).toEqual([
      '0 map',
      '0 "a"',
      '6 1',
      '8 "b"',
      '11 alias',
    ]);
  });

  it('places an empty value just past its colon, and an empty item past its dash', () => {
    expect(located(tree('name:\nlist:\n  -\n  -   # c\nflow: {k: , j: 1}\n'))).toEqual([
      '0 map',
      '0 "name"',
      '5 null',
      '6 "list"',
      '14 seq',
      '15 null',
      '22 null',
      '26 "flow"',
      '32 map',
      '33 "k"',
      '36 null',
      '38 "j"',
      '41 1',
    ]);
  });
});

// Differential check against the `yaml` package, which this layer replaces: for documents the
// `yaml` package writes in any style, both read the same values and put every node at the same
// offset. Strings that Kubernetes reads differently from YAML 1.1 (0o17, +_1) are left out.
// (A block scalar at the very top of a document with an indentation indicator, `|1`, is read
// differently by the two parsers; no Kubernetes object is a bare scalar, so roots are mappings.)
const text = fc.oneof(
  fc.string({ maxLength: 12 }).filter((s) => !/^[-+.0-9_]/.test(s)),
  fc.constantFrom(
    'yes',
    'No',
    'on',
    '~',
    'null',
    '',
    '80',
    '0x1F',
    '1e3',
    '.5',
    '2024-01-01',
    '1:30',
    'a: b',
    '- x',
    '#x',
    'x #y',
    "it's",
    'say "hi"',
    'tab\there',
    'two\nlines',
    'end\n',
    ' lead',
    '[x]',
    '{x}',
    '*x',
    '&x',
    '!x',
    '%x',
    '@x',
    '`x',
    '|',
    '>',
    '---',
    '...',
  ),
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(text, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const styles = [
  {},
  { collectionStyle: 'flow' },
  { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' },
  { defaultStringType: 'QUOTE_SINGLE' },
  { defaultStringType: 'BLOCK_LITERAL' },
  { defaultStringType: 'BLOCK_FOLDED', lineWidth: 24, minContentWidth: 4 },
  { indentSeq: false, indent: 4 },
  { nullStr: '' },
] as const;

/** The same listing as `located`, from a `yaml` package node. */
function locatedByYaml(node: unknown, out: string[] = []): string[] {
  if (isYamlScalar(node)) {
    const value = node.value;
    out.push(`${String(node.range?.[0])} ${JSON.stringify(value)}`);
  } else if (isYamlSeq(node)) {
    out.push(`${String(node.range?.[0])} seq`);
    node.items.forEach((item) => locatedByYaml(item, out));
  } else if (isYamlMap(node)) {
    out.push(`${String(node.range?.[0])} map`);
    node.items.forEach(({ key, value }) => (locatedByYaml(key, out), locatedByYaml(value, out)));
  }
  return out;
}

/** The one document of a text, read the old way (js-yaml events). */
function jsYamlTree(source: string): YamlNode | null {
  const [root] = documentsByJsYaml(source);
  return root === 'error' ? null : (root ?? null);
}

/** Keys and values shaped like a Kubernetes manifest's. */
const manifest = fc.record({
  apiVersion: fc.constantFrom('networking.k8s.io/v1', 'gateway.networking.k8s.io/v1', 'v1'),
  kind: fc.constantFrom('NetworkPolicy', 'Ingress', 'HTTPRoute', 'List'),
  metadata: fc.record({
    name: fc.stringMatching(/^[a-z][-a-z0-9]{0,10}$/),
    labels: fc.dictionary(fc.stringMatching(/^[a-z./-]{1,12}$/), text, { maxKeys: 3 }),
  }),
  spec: json,
});

describe('the YAML reader: corners, against js-yaml', () => {
  it.each([
    ['an empty key with a tag', '!!str : v\n'],
    ['an anchored empty key', ' &a :\n'],
    ['an explicit key with a tag and a comment', '? !!str  #c\n: v\n'],
    ['a tag alone on its line, then an anchored key', '!!map\n&a key: v\n'],
    ['an anchor on the first key of a mapping', '&a key: v\nother: w\n'],
    ['a tagged block collection on the next line', 'a: !!seq\n- x\nb: !t\n  k: v\n'],
    ['empty flow entries and pairs', '[a: 1, ? b, ? , c: ]\n'],
    ['comments everywhere', '# c\na: # c\n  - x # c\n  # c\n  - [y, # c\n     z] # c\n'],
  ])('%s', (_, source) => {
    expect(located(tree(source))).toEqual(located(jsYamlTree(source)));
  });
});

// The machine is shared, so the property run gets a generous timeout (it asserts results only).
describe(
  'the YAML reader: the same tree as the yaml package and js-yaml',
  { timeout: 60_000 },
  () => {
    it('reads the same values at the same offsets, in every style the yaml package writes', () => {
      fc.assert(
        fc.property(fc.oneof(json, manifest), fc.constantFrom(...styles), (value, style) => {
          // A document's root is a mapping, as every Kubernetes object is.
          const source = stringify({ root: value }, { version: '1.1', ...style });
          const [expected] = parseAllDocuments(source, {
            version: '1.1',
            merge: false,
            uniqueKeys: false,
          });
          expect(expected?.errors).toEqual([]);
          const read = located(tree(source));
          expect(read).toEqual(locatedByYaml(expected?.contents));
          expect(read).toEqual(located(jsYamlTree(source)));
        }),
        { numRuns: 1500 },
      );
    });

    it('reads manifests pasted as JSON, pretty or on one line, like the yaml package', () => {
      fc.assert(
        fc.property(manifest, fc.constantFrom(0, 2, 4), (value, indent) => {
          const source = JSON.stringify(value, null, indent);
          const [expected] = parseAllDocuments(source, { version: '1.1', uniqueKeys: false });
          expect(expected?.errors).toEqual([]);
          expect(located(tree(source))).toEqual(locatedByYaml(expected?.contents));
        }),
        { numRuns: 300 },
      );
    });
  },
);
