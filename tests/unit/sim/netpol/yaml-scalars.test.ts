import { describe, expect, it } from 'vitest';
import { resolvePlain, resolveScalar } from '~/sim/netpol/yaml-scalars';

// Plain scalars resolve as Kubernetes reads manifests: go-yaml v2 behind sigs.k8s.io/yaml, which
// keeps the YAML 1.1 booleans and hands timestamps over as strings.

describe('resolvePlain', () => {
  it.each([
    ['y', true],
    ['Yes', true],
    ['ON', true],
    ['True', true],
    ['n', false],
    ['NO', false],
    ['off', false],
    ['FALSE', false],
  ])('reads %s as the boolean %s', (text, value) => {
    expect(resolvePlain(text)).toBe(value);
  });

  it.each(['', '~', 'null', 'Null', 'NULL'])('reads %j as null', (text) => {
    expect(resolvePlain(text)).toBeNull();
  });

  it.each([
    ['80', 80],
    ['+80', 80],
    ['-1', -1],
    ['0', 0],
    ['1_000', 1000],
    ['0x1F', 31],
    ['-0x10', -16],
    ['0o17', 15],
    ['017', 15],
    ['0b101', 5],
    ['08', 8],
    ['80.0', 80],
    ['80.5', 80.5],
    ['1e3', 1000],
    ['.5', 0.5],
    ['+.5', 0.5],
  ])('reads %s as the number %s', (text, value) => {
    expect(resolvePlain(text)).toBe(value);
  });

  it('reads .inf and .nan as the special floats', () => {
    expect(resolvePlain('.inf')).toBe(Infinity);
    expect(resolvePlain('-.Inf')).toBe(-Infinity);
    expect(resolvePlain('.NaN')).toBeNaN();
  });

  it.each([
    'TCP',
    'http',
    'yes please',
    'YeS',
    'tRUE',
    '2024-01-01',
    '2024-01-01T10:00:00Z',
    '1:30',
    '1e400',
    '0x',
    '0b102',
    '-',
    '.',
    '10.0.0.0/8',
    '1.2.3',
    '<<',
  ])('keeps %j a string', (text) => {
    expect(resolvePlain(text)).toBe(text);
  });
});

describe('resolveScalar', () => {
  it('keeps quoted and block scalars strings', () => {
    expect(resolveScalar('yes', false, '')).toBe('yes');
    expect(resolveScalar('80', false, '')).toBe('80');
  });

  it('keeps a !!str scalar a string, and resolves !!int and friends even when quoted', () => {
    expect(resolveScalar('80', true, '!!str')).toBe('80');
    expect(resolveScalar('80', false, '!!int')).toBe(80);
    expect(resolveScalar('on', false, '!!bool')).toBe(true);
    expect(resolveScalar('~', false, '!!null')).toBeNull();
  });

  it('ignores other tags', () => {
    expect(resolveScalar('80', true, '!custom')).toBe(80);
    expect(resolveScalar('80', false, '!custom')).toBe('80');
  });
});
