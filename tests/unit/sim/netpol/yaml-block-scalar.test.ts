import { describe, expect, it } from 'vitest';
import { readPlain } from './yaml-helpers';

describe('block scalars', () => {
  it('keeps the lines of a literal block, clipping, stripping or keeping the final breaks', () => {
    const body = '  line 1\n   line 2\n\n';
    expect(readPlain(`a: |\n${body}b: 1\n`)).toEqual({ a: 'line 1\n line 2\n', b: 1 });
    expect(readPlain(`a: |-\n${body}b: 1\n`)).toEqual({ a: 'line 1\n line 2', b: 1 });
    expect(readPlain(`a: |+\n${body}b: 1\n`)).toEqual({ a: 'line 1\n line 2\n\n', b: 1 });
  });

  it('folds a folded block, keeping more-indented lines and empty lines', () => {
    expect(readPlain('a: >\n  one\n  two\n\n  three\n    code\n  four\n')).toEqual({
      a: 'one two\nthree\n  code\nfour\n',
    });
  });

  it('takes an explicit indentation indicator, in either order with the chomping sign', () => {
    expect(readPlain('a: |2-\n    indented\n  text\n')).toEqual({ a: '  indented\ntext' });
    expect(readPlain('a: >-2\n   x\n')).toEqual({ a: ' x' });
  });

  it('reads a comment after the header, and an empty block as an empty string', () => {
    expect(readPlain('a: | # note\n  x\nb: |\nc: 1\n')).toEqual({ a: 'x\n', b: '', c: 1 });
  });
});
