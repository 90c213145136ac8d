import { describe, expect, it } from 'vitest';
import { readPlain } from './yaml-helpers';

describe('flow collections', () => {
  it('reads nested collections over several lines, with trailing commas', () => {
    expect(readPlain('a: { b: [1, 2,],\n  c: {d: e, },\n  f: [] }\n')).toEqual({
      a: { b: [1, 2], c: { d: 'e' }, f: [] },
    });
  });

  it('reads a manifest pasted as JSON', () => {
    const json =
      '{\n  "kind": "NetworkPolicy",\n  "spec": {"podSelector": {}, "policyTypes": ["Ingress"]}\n}\n';
    expect(readPlain(json)).toEqual({
      kind: 'NetworkPolicy',
      spec: { podSelector: {}, policyTypes: ['Ingress'] },
    });
  });

  it('reads a key: value item of a sequence as a one-pair mapping, and a key without value', () => {
    expect(readPlain('[a: 1, b]')).toEqual([{ a: 1 }, 'b']);
    expect(readPlain('{a, b: 2}')).toEqual({ a: null, b: 2 });
  });

  it('accepts a tab after the indentation before a scalar, as separation', () => {
    expect(readPlain('a:\n  \tvalue\n')).toEqual({ a: 'value' });
  });

  it('accepts tabs between tokens', () => {
    expect(readPlain('a:\t{}\nb: [\tx,\tz]\nc:\n  - {\tk:\tv}\n')).toEqual({
      a: {},
      b: ['x', 'z'],
      c: [{ k: 'v' }],
    });
  });
});

describe('block collections and documents', () => {
  it('reads compact items and a sequence at the indentation of its key', () => {
    expect(readPlain('a:\n- b: 1\n  c: 2\n- - x\n  - z\nd: 3\n')).toEqual({
      a: [{ b: 1, c: 2 }, ['x', 'z']],
      d: 3,
    });
  });

  it('reads multi-line plain scalars, explicit keys, a BOM, CRLF and directives', () => {
    expect(readPlain('a: one\n  two\n\n  three\n')).toEqual({ a: 'one two\nthree' });
    expect(readPlain('? a\n: 1\n? b\n')).toEqual({ a: 1, b: null });
    expect(readPlain('\ufeffa: 1\r\nb:\r\n  - x\r\n')).toEqual({ a: 1, b: ['x'] });
    expect(readPlain('%YAML 1.1\n%TAG ! tag:example.com,2000:\n--- !thing\na: 1\n...\n')).toEqual({
      a: 1,
    });
  });
});
