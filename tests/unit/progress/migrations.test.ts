import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from '~/progress/migrations';
import { PROGRESS_VERSION } from '~/progress/constants';
import { ProgressSchema } from '~/progress/schema';
import { ProgressV1Schema } from '~/progress/schema-v1';
import { ProgressV2Schema } from '~/progress/schema-v2';
import { ProgressV3Schema } from '~/progress/schema-v3';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const v1 = fixture('v1.json');
const v2 = fixture('v2.json');
const v3 = fixture('v3.json');

describe('migrations', () => {
  it('has one migration out of every earlier version', () => {
    for (let v = 1; v < PROGRESS_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('v1 → v2 → v3 → v4: the saved v1 fixture becomes a valid current document with nothing lost', () => {
    expect(v.is(ProgressV1Schema, v1)).toBe(true);
    expect(v.is(ProgressV2Schema, MIGRATIONS[1]?.(v1))).toBe(true);
    const current = v.parse(ProgressSchema, migrateToCurrent(v1, 1));
    expect(current.version).toBe(4);
    expect(current.drills).toEqual({});
    const v2 = current;
    expect(v2.lessons).toEqual({
      'foundations/network-model': { completed: true, at: '2026-11-20T09:15:00.000Z' },
    });
    expect(v2.attempts).toEqual({
      'v1-nm-pod-ip-per-pod': {
        question: 'nm-pod-ip-per-pod',
        selected: ['b'],
        correct: true,
        source: 'quiz',
        at: '2026-11-20T09:05:00.000Z',
      },
      'v1-nm-shared-netns-localhost': {
        question: 'nm-shared-netns-localhost',
        selected: ['a'],
        correct: false,
        source: 'quiz',
        at: '2026-11-20T09:06:30.000Z',
      },
      // v1 accepted times without milliseconds; v2 normalises them so they compare as strings.
      'v1-nm-choose-two': {
        question: 'nm-choose-two',
        selected: ['a', 'd'],
        correct: true,
        source: 'quiz',
        at: '2026-11-20T09:08:00.000Z',
      },
    });
    expect(v2.settings).toEqual({
      theme: 'auto',
      instructorMode: false,
      at: '1970-01-01T00:00:00.000Z',
    });
    expect(v2.reset).toEqual({
      before: '1970-01-01T00:00:00.000Z',
      at: '1970-01-01T00:00:00.000Z',
    });
  });

  it('v1 → v2 is deterministic, so two tabs migrating the same data agree', () => {
    expect(migrateToCurrent(v1, 1)).toEqual(migrateToCurrent(v1, 1));
  });

  it('v1 → v2 carries damaged entries over as they are, for salvage to count', () => {
    const damaged = { version: 1, lessons: { 'a/b': { completedAt: 5 } }, answers: { q: 'x' } };
    const out = migrateToCurrent(damaged, 1);
    expect(v.is(ProgressSchema, out)).toBe(false);
  });

  it('v2 → v3 → v4: the saved v2 fixture keeps every entry and gains empty drills and exams sections', () => {
    expect(v.is(ProgressV2Schema, v2)).toBe(true);
    expect(MIGRATIONS[2]?.(v2)).toEqual({ ...v2, version: 3, drills: {}, exams: {} });
    const current = v.parse(ProgressSchema, migrateToCurrent(v2, 2));
    expect(current).toEqual({ ...v2, version: 4, drills: {}, exams: {} });
  });

  it('v2 → v3 carries damaged entries over as they are, for salvage to count', () => {
    const damaged = { ...v2, lessons: { 'a/b': { completed: 'yes' } } };
    const out = migrateToCurrent(damaged, 2);
    expect(out['lessons']).toEqual({ 'a/b': { completed: 'yes' } });
    expect(v.is(ProgressSchema, out)).toBe(false);
  });

  it('v3 → v4: the saved v3 fixture (drills, exams, choice attempts) is valid as it is, version 4', () => {
    expect(v.is(ProgressV3Schema, v3)).toBe(true);
    expect(v.is(ProgressV3Schema, migrateToCurrent(v2, 2))).toBe(false); // already version 4
    expect(v.is(ProgressV3Schema, MIGRATIONS[2]?.(v2))).toBe(true);
    const current = v.parse(ProgressSchema, migrateToCurrent(v3, 3));
    expect(current).toEqual({ ...v3, version: 4 });
    expect(Object.keys(current.drills)).toHaveLength(2);
    expect(Object.keys(current.exams)).toHaveLength(1);
  });

  it('v4 keeps the whole answer of ordering, matching, typed and scenario questions', () => {
    const doc = v.parse(ProgressSchema, migrateToCurrent(v3, 3));
    const attempt = (response: unknown) => ({
      ...doc,
      attempts: {
        attempt01: {
          question: 'q-x',
          selected: [],
          response,
          correct: true,
          source: 'quiz',
          at: doc.reset.at,
        },
      },
    });
    for (const response of [
      { kind: 'order', order: ['c', 'a', 'b'] },
      { kind: 'match', matches: { a: 'core', b: null } },
      { kind: 'text', text: '10.1.2.255' },
      {
        kind: 'parts',
        parts: { a: { kind: 'choice', selected: ['b'] }, b: { kind: 'text', text: '42' } },
      },
    ]) {
      expect(v.is(ProgressSchema, attempt(response)), JSON.stringify(response)).toBe(true);
    }
    for (const response of [
      { kind: 'order', order: Array.from({ length: 11 }, (_, i) => `i${i}`) },
      { kind: 'text', text: 'x'.repeat(201) },
      { kind: 'guess', text: 'a' },
      { kind: 'parts', parts: { a: { kind: 'parts', parts: {} } } },
      { kind: 'match', matches: { 'Not Id': 'y' } },
    ]) {
      expect(v.is(ProgressSchema, attempt(response)), JSON.stringify(response)).toBe(false);
    }
  });

  it('v4 refuses a matching answer with a __proto__ key, so salvage drops that attempt', () => {
    const doc = v.parse(ProgressSchema, migrateToCurrent(v3, 3));
    const matches = JSON.parse('{"__proto__":"x","a":"core"}') as unknown;
    const attempt = {
      question: 'q-x',
      selected: [],
      response: { kind: 'match', matches },
      correct: true,
      source: 'quiz',
      at: doc.reset.at,
    };
    expect(v.is(ProgressSchema, { ...doc, attempts: { attempt01: attempt } })).toBe(false);
  });
});
