import * as v from 'valibot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateToCurrent } from '~/progress/migrations';
import { PROGRESS_VERSION } from '~/progress/constants';
import { ProgressSchema } from '~/progress/schema';
import { ProgressV1Schema } from '~/progress/schema-v1';
import { ProgressV2Schema } from '~/progress/schema-v2';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const v1 = fixture('v1.json');
const v2 = fixture('v2.json');

describe('migrations', () => {
  it('has one migration out of every earlier version', () => {
    for (let v = 1; v < PROGRESS_VERSION; v += 1) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('v1 → v2 → v3: the saved v1 fixture becomes a valid current document with nothing lost', () => {
    expect(v.is(ProgressV1Schema, v1)).toBe(true);
    expect(v.is(ProgressV2Schema, MIGRATIONS[1]?.(v1))).toBe(true);
    const current = v.parse(ProgressSchema, migrateToCurrent(v1, 1));
    expect(current.version).toBe(3);
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

  it('v2 → v3: the saved v2 fixture keeps every entry and gains empty drills and exams sections', () => {
    expect(v.is(ProgressV2Schema, v2)).toBe(true);
    const v3 = v.parse(ProgressSchema, migrateToCurrent(v2, 2));
    expect(v3).toEqual({ ...v2, version: 3, drills: {}, exams: {} });
  });

  it('v2 → v3 carries damaged entries over as they are, for salvage to count', () => {
    const damaged = { ...v2, lessons: { 'a/b': { completed: 'yes' } } };
    const out = migrateToCurrent(damaged, 2);
    expect(out['lessons']).toEqual({ 'a/b': { completed: 'yes' } });
    expect(v.is(ProgressSchema, out)).toBe(false);
  });
});
