import { describe, expect, it } from 'vitest';
import { diffReachability } from '~/sim/netpol';

describe('diffReachability', () => {
  it('lists the cells that changed, in the order of the new matrix', () => {
    const before = { 'a/x': { 'a/x': true, 'a/y': true }, 'a/y': { 'a/x': true, 'a/y': true } };
    const after = { 'a/x': { 'a/x': true, 'a/y': false }, 'a/y': { 'a/x': false, 'a/y': true } };
    expect(diffReachability(before, after)).toEqual([
      { from: 'a/x', to: 'a/y', before: true, after: false },
      { from: 'a/y', to: 'a/x', before: true, after: false },
    ]);
    expect(diffReachability(after, after)).toEqual([]);
  });

  it('marks pairs present in only one matrix with null', () => {
    const before = { 'a/x': { 'a/x': true, 'a/gone': true } };
    const after = { 'a/x': { 'a/x': true, 'a/new': false } };
    expect(diffReachability(before, after)).toEqual([
      { from: 'a/x', to: 'a/new', before: null, after: false },
      { from: 'a/x', to: 'a/gone', before: true, after: null },
    ]);
  });

  it('reads only own keys, so "constructor" or "__proto__" rows are plain data', () => {
    const after = JSON.parse('{"__proto__": {"constructor": true}}') as Record<
      string,
      Record<string, boolean>
    >;
    expect(diffReachability({}, after)).toEqual([
      { from: '__proto__', to: 'constructor', before: null, after: true },
    ]);
  });
});
