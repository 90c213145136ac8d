import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, withLessonComplete, withReset } from '~/progress/document';
import { mergeImport, mergeProgress } from '~/progress/merge';
import { buildExport, exportFileName } from '~/progress/export-file';
import { parseImport, summarizeImport } from '~/progress/import-file';
import { at, docWith, iso } from './helpers';
import { PROGRESS_VERSION } from '~/progress/constants';

const now = at(30);
const sample = withLessonComplete(emptyProgress(), 'foundations/network-model', at(1));
const exported = buildExport(sample, '0.1.0', now);
const size = (text: string) => new TextEncoder().encode(text).length;
const importText = (text: string) => parseImport(text, size(text), now);

describe('export', () => {
  it('writes the schema version, app version, time and document', () => {
    expect(JSON.parse(exported)).toEqual({
      format: 'podnet-progress',
      schemaVersion: PROGRESS_VERSION,
      appVersion: '0.1.0',
      exportedAt: now.toISOString(),
      progress: sample,
    });
    expect(exportFileName(now)).toBe('podnet-progress-2026-11-20.json');
  });

  it('round-trips through import', () => {
    expect(importText(exported)).toEqual({
      ok: true,
      progress: sample,
      appVersion: '0.1.0',
      exportedAt: now.toISOString(),
    });
  });
});

describe('import refuses, with a message, anything that is not a valid progress file', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '  ', /empty/],
    ['not JSON', '<html><script>alert(1)</script>', /not valid JSON/],
    ['another JSON file', '{"name":"package","version":"1.0.0"}', /not a Podnet progress file/],
    ['another format', '{"format":"other","progress":{}}', /not a Podnet progress file/],
    ['an array', '[1,2]', /not a Podnet progress file/],
    [
      'a newer version',
      '{"format":"podnet-progress","schemaVersion":9,"progress":{"version":9}}',
      /newer version of Podnet \(progress format 9/,
    ],
    [
      'a prototype-polluting key',
      exported.replace(
        '"lessons": {',
        '"lessons": {"__proto__": {"completed": true, "at": "2026-11-20T10:01:00.000Z"},',
      ),
      /not allowed \("__proto__"\)/,
    ],
    [
      'HTML in an id',
      exported.replace('foundations/network-model', '<img src=x onerror=alert(1)>'),
      /lessons\.\(a name that is not valid\): expected a lesson id/,
    ],
    [
      'a damaged v1 document',
      '{"version":1,"lessons":{"a/b":{}},"answers":{}}',
      /format 1\) is damaged/,
    ],
    [
      'a future date',
      exported.replace(iso(1), '2099-01-01T00:00:00.000Z'),
      /date in the future \(2099-01-01\)/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const result = importText(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
      if (!result.ok) expect(result.error).not.toMatch(/<img|<script/);
    });
  }

  it('an oversized file, before reading it', () => {
    const result = parseImport('{}', 6 * 1024 * 1024, now);
    expect(result).toEqual({
      ok: false,
      error: 'The file is 6.0 MB; a progress file is at most 5 MB. Is it the right file?',
    });
  });

  it('nesting too deep to be a progress file', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(importText(deep).ok).toBe(false);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = importText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('import accepts', () => {
  it('a bare version-1 document (an old backup) and migrates it', () => {
    const v1 = readFileSync(new URL('../../fixtures/progress/v1.json', import.meta.url), 'utf8');
    const result = importText(v1);
    expect(result.ok && Object.keys(result.progress.attempts)).toHaveLength(3);
  });
});

describe('summarizeImport', () => {
  it('counts what a merge adds and changes', () => {
    const current = docWith({ lessons: { 'm/a': { completed: true, at: iso(1) } } });
    const incoming = docWith({
      lessons: { 'm/a': { completed: false, at: iso(2) }, 'm/b': { completed: true, at: iso(3) } },
      attempts: {
        aaaaaa1: { question: 'q', selected: ['a'], correct: true, source: 'quiz', at: iso(4) },
      },
      settings: { theme: 'dark', instructorMode: false, at: iso(5) },
    });
    expect(summarizeImport(current, incoming, now)).toEqual({
      lessonsCompleted: 1,
      lessonsUndone: 1,
      attemptsAdded: 1,
      marksChanged: 0,
      reviewsChanged: 0,
      challengesAdded: 0,
      drillsAdded: 0,
      settingsChanged: true,
      resetAt: null,
      removed: 0,
      unchanged: false,
    });
  });

  it('warns when the file carries a newer reset, and says nothing changes for a copy', () => {
    const current = docWith({ lessons: { 'm/a': { completed: true, at: iso(1) } } });
    const summary = summarizeImport(current, withReset(current, at(10)), now);
    expect(summary.resetAt).toBe(iso(10));
    expect(summary.removed).toBe(1);
    expect(summarizeImport(current, current, now).unchanged).toBe(true);
  });
});

describe('mergeImport', () => {
  it('restoring an export made before a reset brings its entries back, in every tab', () => {
    const before = docWith({ lessons: { 'm/a': { completed: true, at: iso(1) } } });
    const afterReset = withReset(before, at(10));
    const restored = mergeImport(afterReset, before, at(20));
    expect(restored.lessons['m/a']?.completed).toBe(true);
    expect(restored.reset).toEqual({ before: '1970-01-01T00:00:00.000Z', at: iso(20) });
    // Another tab that still has the reset takes the restore, because it was decided later.
    expect(mergeProgress(afterReset, restored).lessons['m/a']?.completed).toBe(true);
  });
});
