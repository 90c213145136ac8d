import { describe, expect, it } from 'vitest';
import { readPlain } from './yaml-helpers';

describe('double-quoted scalars', () => {
  it('decodes every YAML escape', () => {
    expect(
      readPlain('a: "\\n\\t\\"\\\\\\/\\x41\\u00e9\\U0001F600\\0\\a\\b\\v\\f\\r\\e\\ \\N\\_\\L\\P"'),
    ).toEqual({
      a: '\n\t"\\/Aé😀\0\x07\b\v\f\r\x1b \x85\xa0\u2028\u2029',
    });
  });

  it('folds line breaks and drops an escaped line break with the next line indentation', () => {
    expect(readPlain('a: "one\n  two\n\n  three \\\n    four"\n')).toEqual({
      a: 'one two\nthree four',
    });
  });

  it('keeps quoted numbers and words as strings', () => {
    expect(readPlain('a: "80"\nb: "yes"\nc: ""\n')).toEqual({ a: '80', b: 'yes', c: '' });
  });
});

describe('single-quoted scalars', () => {
  it("reads '' as a quote and folds line breaks, trimming the blanks around them", () => {
    expect(readPlain("a: 'it''s'\nb: 'one  \n   two'\nc: '\\n'\n")).toEqual({
      a: "it's",
      b: 'one two',
      c: '\\n',
    });
  });
});
