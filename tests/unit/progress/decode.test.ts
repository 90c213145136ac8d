import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProgress } from '~/progress/decode';
import { emptyProgress, withLessonComplete } from '~/progress/document';
import { at, iso } from './helpers';
import { PROGRESS_VERSION } from '~/progress/constants';

const v1Text = readFileSync(new URL('../../fixtures/progress/v1.json', import.meta.url), 'utf8');

describe('decodeProgress', () => {
  it('starts empty when nothing is stored', () => {
    expect(decodeProgress(null)).toEqual({ progress: emptyProgress() });
    expect(decodeProgress('')).toEqual({ progress: emptyProgress() });
  });

  it('reads a valid current document unchanged', () => {
    const doc = withLessonComplete(emptyProgress(), 'foundations/network-model', at(1));
    expect(decodeProgress(JSON.stringify(doc))).toEqual({ progress: doc });
  });

  it('migrates a version-1 document on load', () => {
    const { progress, problem } = decodeProgress(v1Text);
    expect(problem).toBeUndefined();
    expect(progress.version).toBe(PROGRESS_VERSION);
    expect(Object.keys(progress.attempts)).toHaveLength(3);
  });

  it('reports unparseable text instead of throwing', () => {
    const result = decodeProgress('{"version":2,"lessons":');
    expect(result.progress).toEqual(emptyProgress());
    expect(result.problem).toEqual({ reason: 'the saved progress is not valid JSON', dropped: 0 });
  });

  it('reports text that is not a progress document', () => {
    for (const raw of ['[]', '42', '"x"', '{"lessons":{}}', '{"version":0}']) {
      expect(decodeProgress(raw).problem, raw).toBeDefined();
    }
  });

  it('keeps the valid parts of a damaged document and counts the rest', () => {
    const raw = JSON.stringify({
      ...emptyProgress(),
      lessons: {
        'm/good': { completed: true, at: iso(1) },
        'm/bad': { completed: 'yes', at: iso(1) },
        'not a lesson id': { completed: true, at: iso(1) },
      },
      attempts: {
        aaaaaa1: { question: 'q1', selected: ['a'], correct: true, source: 'quiz', at: iso(2) },
        bad: 7,
      },
      flags: 'nope',
    });
    const { progress, problem } = decodeProgress(raw);
    expect(Object.keys(progress.lessons)).toEqual(['m/good']);
    expect(Object.keys(progress.attempts)).toEqual(['aaaaaa1']);
    expect(problem).toEqual({
      reason: '4 saved entries were damaged and could not be read',
      dropped: 4,
    });
  });

  it('never lets a __proto__ key through', () => {
    const raw = `{"version":2,"lessons":{"__proto__":{"completed":true,"at":"${iso(1)}"},"x/y":{"completed":true,"at":"${iso(1)}"}}}`;
    const { progress } = decodeProgress(raw);
    expect(Object.keys(progress.lessons)).toEqual(['x/y']);
    expect(Object.getPrototypeOf(progress.lessons)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['completed']).toBeUndefined();
  });

  it('recognises data from a newer version and does not touch it', () => {
    const result = decodeProgress(`{"version":${PROGRESS_VERSION + 1},"whatever":true}`);
    expect(result.newerVersion).toBe(PROGRESS_VERSION + 1);
    expect(result.problem).toBeUndefined();
  });
});
