// The drills section (schema version 3) through every path a section takes: recording, reading
// stored text, merging tabs, export and import, and the store action.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { MAX_ATTEMPT_MS, PROGRESS_KEY, PROGRESS_VERSION } from '~/progress/constants';
import { decodeProgress } from '~/progress/decode';
import { emptyProgress, withDrillResult, withReset } from '~/progress/document';
import { buildExport } from '~/progress/export-file';
import { parseImport, summarizeImport } from '~/progress/import-file';
import { mergeProgress } from '~/progress/merge';
import { $progress, recordDrillResult } from '~/progress/store';
import { at, docWith, iso } from './helpers';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/progress/${name}`, import.meta.url), 'utf8');
// After every time in the fixtures, so none of them counts as a date in the future.
const importText = (text: string) =>
  parseImport(text, new TextEncoder().encode(text).length, new Date('2026-12-01T00:00:00.000Z'));
const result = (skill: string, correct: boolean, minutes: number) => ({
  skill,
  correct,
  at: iso(minutes),
});

describe('withDrillResult', () => {
  it('adds a result under its id, with the time taken rounded and kept within bounds', () => {
    let doc = withDrillResult(
      emptyProgress(),
      'dddddd1',
      { skill: 'analyze', correct: true, ms: 1234.6 },
      at(1),
    );
    doc = withDrillResult(doc, 'dddddd2', { skill: 'vlsm', correct: false, ms: 9e9 }, at(2));
    doc = withDrillResult(doc, 'dddddd3', { skill: 'eui64', correct: true }, at(3));
    expect(doc.drills).toEqual({
      dddddd1: { skill: 'analyze', correct: true, ms: 1235, at: iso(1) },
      dddddd2: { skill: 'vlsm', correct: false, ms: MAX_ATTEMPT_MS, at: iso(2) },
      dddddd3: { skill: 'eui64', correct: true, at: iso(3) },
    });
  });

  it('is cleared by a reset', () => {
    const doc = withDrillResult(
      emptyProgress(),
      'dddddd1',
      { skill: 'vlsm', correct: true },
      at(1),
    );
    expect(withReset(doc, at(2)).drills).toEqual({});
  });
});

describe('reading stored drills', () => {
  it('migrates a saved v2 document to the current version on load, with nothing lost', () => {
    const { progress, problem } = decodeProgress(fixture('v2.json'));
    expect(problem).toBeUndefined();
    expect(progress.version).toBe(PROGRESS_VERSION);
    expect(progress.drills).toEqual({});
    expect(Object.keys(progress.attempts)).toEqual(['k3j9x0a1b2c3', 'v1-nm-choose-two']);
    expect(progress.settings).toEqual({
      theme: 'dark',
      instructorMode: true,
      at: '2026-11-22T08:00:00.000Z',
    });
  });

  it('drops a corrupt drill entry and keeps the rest', () => {
    const raw = JSON.stringify({
      ...emptyProgress(),
      lessons: { 'm/a': { completed: true, at: iso(1) } },
      drills: {
        good111: result('analyze', true, 2),
        bad1111: { skill: 'analyze', correct: 'yes', at: iso(3) },
        bad2222: { skill: 'Not A Slug', correct: true, at: iso(3) },
        bad3333: { skill: 'vlsm', correct: true, ms: -5, at: iso(3) },
        'no id': result('vlsm', true, 3),
      },
    });
    const { progress, problem } = decodeProgress(raw);
    expect(progress.drills).toEqual({ good111: result('analyze', true, 2) });
    expect(progress.lessons).toEqual({ 'm/a': { completed: true, at: iso(1) } });
    expect(problem?.dropped).toBe(4);
  });
});

describe('merging drills', () => {
  it('adds up results from two tabs, and a reset removes the earlier ones', () => {
    const a = docWith({ drills: { aaaaaa1: result('analyze', true, 1) } });
    const b = docWith({ drills: { bbbbbb1: result('vlsm', false, 20) } });
    expect(Object.keys(mergeProgress(a, b).drills).sort()).toEqual(['aaaaaa1', 'bbbbbb1']);
    const reset = withReset(a, at(10));
    expect(Object.keys(mergeProgress(mergeProgress(a, b), reset).drills)).toEqual(['bbbbbb1']);
  });
});

describe('export and import with drills', () => {
  const doc = docWith({
    drills: {
      aaaaaa1: { ...result('analyze', true, 1), ms: 5400 },
      aaaaaa2: result('ipv6-expand', false, 2),
    },
  });

  it('round-trips a file with drills, and the preview counts them', () => {
    const imported = importText(buildExport(doc, '0.3.0', at(30)));
    expect(imported.ok && imported.progress).toEqual(doc);
    if (!imported.ok) return;
    const summary = summarizeImport(emptyProgress(), imported.progress, at(30));
    expect(summary.drillsAdded).toBe(2);
    expect(summary.unchanged).toBe(false);
    expect(summarizeImport(doc, imported.progress, at(30)).unchanged).toBe(true);
  });

  it('refuses a file with a damaged drill entry, saying where', () => {
    const text = buildExport(doc, '0.3.0', at(30)).replace('"ipv6-expand"', '"<b>x</b>"');
    const imported = importText(text);
    expect(imported).toEqual({
      ok: false,
      error: expect.stringMatching(/drills\.aaaaaa2\.skill: expected a slug id/) as string,
    });
  });

  it('accepts a bare v2 document (an old backup) and migrates it', () => {
    const imported = importText(fixture('v2.json'));
    expect(imported.ok && imported.progress.version).toBe(PROGRESS_VERSION);
    expect(imported.ok && Object.keys(imported.progress.challenges)).toEqual(['r7q2m5n8p1z4']);
  });

  it('refuses a damaged v2 document', () => {
    const damaged = fixture('v2.json').replace('"instructorMode": true', '"instructorMode": 1');
    expect(importText(damaged)).toEqual({
      ok: false,
      error: "The file's progress (format 2) is damaged or incomplete.",
    });
  });
});

describe('recordDrillResult', () => {
  beforeEach(() => useTestStorageEngine());
  afterEach(() => {
    cleanTestStorage();
    cleanStores($progress);
  });

  it('persists each checked question under a new id', () => {
    const unbind = $progress.listen(() => {});
    recordDrillResult('analyze', true, 4200, at(1));
    recordDrillResult('analyze', false, undefined, at(2));
    const stored = JSON.parse(getTestStorage()[PROGRESS_KEY] ?? '{}') as {
      drills: Record<string, unknown>;
    };
    expect(Object.values(stored.drills)).toEqual([
      { skill: 'analyze', correct: true, ms: 4200, at: iso(1) },
      { skill: 'analyze', correct: false, at: iso(2) },
    ]);
    unbind();
  });
});
