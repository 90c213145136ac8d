import { describe, expect, it } from 'vitest';
import { decodeProgress } from '~/progress/decode';
import { emptyProgress } from '~/progress/document';
import { withExamRun, type ExamRun } from '~/progress/exam-runs';
import { buildExport } from '~/progress/export-file';
import { parseImport, summarizeImport } from '~/progress/import-file';
import { mergeProgress } from '~/progress/merge';
import { at, iso } from './helpers';

const run: Omit<ExamRun, 'at'> = {
  exam: 'saa-c03',
  code: 'SAA-7F3K2',
  mode: 'exam',
  questions: 19,
  answered: 18,
  correct: 12,
  points: 12,
  maxPoints: 19,
  scaled: 585,
  ms: 1_800_000,
  timedOut: false,
  domains: [
    { id: '1', points: 4, maxPoints: 6 },
    { id: '2', points: 8, maxPoints: 13 },
  ],
};

const importText = (text: string) => parseImport(text, text.length, at(60));

describe('the exams section', () => {
  it('records a finished paper under its id with the time, clamping the duration', () => {
    const doc = withExamRun(emptyProgress(), 'run001', { ...run, ms: 1e12 }, at(5));
    expect(doc.exams).toEqual({ run001: { ...run, ms: 86_400_000, at: iso(5) } });
  });

  it('decodes stored runs and drops a damaged one, keeping the rest', () => {
    const doc = withExamRun(emptyProgress(), 'run001', run, at(5));
    const text = JSON.stringify({
      ...doc,
      exams: { ...doc.exams, run002: { ...run, mode: 'cheat', at: iso(6) } },
    });
    const decoded = decodeProgress(text);
    expect(decoded.progress.exams).toEqual(doc.exams);
    expect(decoded.problem).toEqual({
      reason: '1 saved entry was damaged and could not be read',
      dropped: 1,
    });
  });

  it('reads a v3 document saved before the section existed as having no runs', () => {
    const { exams: _omitted, ...older } = emptyProgress();
    expect(decodeProgress(JSON.stringify(older))).toEqual({ progress: emptyProgress() });
  });

  it('merges two copies by adding runs up: a run never changes', () => {
    const a = withExamRun(emptyProgress(), 'runaaa1', run, at(5));
    const b = withExamRun(emptyProgress(), 'runbbb1', { ...run, code: 'SAA-00001' }, at(7));
    const merged = mergeProgress(a, b);
    expect(Object.keys(merged.exams).sort()).toEqual(['runaaa1', 'runbbb1']);
    expect(mergeProgress(b, a).exams).toEqual(merged.exams);
  });

  it('round-trips through export and import, and the import summary sees the new run', () => {
    const doc = withExamRun(emptyProgress(), 'run001', run, at(5));
    const result = importText(buildExport(doc, '0.1.0', at(10)));
    expect(result).toEqual({
      ok: true,
      progress: doc,
      appVersion: '0.1.0',
      exportedAt: at(10).toISOString(),
    });
    if (result.ok)
      expect(summarizeImport(emptyProgress(), result.progress, at(60)).unchanged).toBe(false);
  });

  it('refuses an import whose run is not valid', () => {
    const doc = withExamRun(emptyProgress(), 'run001', { ...run, scaled: 1200 }, at(5));
    const result = importText(buildExport(doc, '0.1.0', at(10)));
    expect(result.ok).toBe(false);
  });
});
