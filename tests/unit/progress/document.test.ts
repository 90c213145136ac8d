import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  withAttempt,
  withChallengeRun,
  withLessonComplete,
  withLessonIncomplete,
  withMark,
  withQuizRestart,
  withReset,
  withSettings,
} from '~/progress/document';
import { ProgressSchema } from '~/progress/schema';
import { at, iso } from './helpers';

describe('lesson completion', () => {
  it('records completion once and keeps the first time', () => {
    const once = withLessonComplete(emptyProgress(), 'm/l', at(0));
    const twice = withLessonComplete(once, 'm/l', at(5));
    expect(twice.lessons['m/l']).toEqual({ completed: true, at: iso(0) });
  });

  it('records an undo as an entry, so that it can win a merge', () => {
    const done = withLessonComplete(emptyProgress(), 'm/l', at(0));
    expect(withLessonIncomplete(done, 'm/l', at(3)).lessons['m/l']).toEqual({
      completed: false,
      at: iso(3),
    });
    expect(withLessonIncomplete(emptyProgress(), 'm/l', at(3))).toEqual(emptyProgress());
  });
});

describe('attempts', () => {
  it('adds each answer under its own id with sorted choices', () => {
    let doc = withAttempt(
      emptyProgress(),
      'aaaaaa1',
      { question: 'q1', selected: ['c'], correct: false, source: 'quiz', ms: 4000 },
      at(1),
    );
    doc = withAttempt(
      doc,
      'aaaaaa2',
      { question: 'q1', selected: ['d', 'a'], correct: true, source: 'quiz' },
      at(2),
    );
    expect(doc.attempts).toEqual({
      aaaaaa1: {
        question: 'q1',
        selected: ['c'],
        correct: false,
        source: 'quiz',
        ms: 4000,
        at: iso(1),
      },
      aaaaaa2: { question: 'q1', selected: ['a', 'd'], correct: true, source: 'quiz', at: iso(2) },
    });
  });

  it('clamps a time taken that the schema would refuse', () => {
    const doc = withAttempt(
      emptyProgress(),
      'aaaaaa1',
      { question: 'q1', selected: ['a'], correct: true, source: 'quiz', ms: 9e12 },
      at(1),
    );
    expect(doc.attempts['aaaaaa1']?.ms).toBe(86_400_000);
    expect(v.is(ProgressSchema, doc)).toBe(true);
  });
});

describe('other sections', () => {
  it('stamps quiz restarts, marks, challenge runs and settings with their time', () => {
    let doc = withQuizRestart(emptyProgress(), 'bank', at(1));
    doc = withMark(doc, 'flags', 'q1', true, at(2));
    doc = withMark(doc, 'bookmarks', 'm/l#heading', true, at(3));
    doc = withChallengeRun(doc, 'run123', 'c1', true, at(4));
    doc = withSettings(doc, { theme: 'dark' }, at(5));
    expect(doc.quizResets).toEqual({ bank: { at: iso(1) } });
    expect(doc.flags).toEqual({ q1: { on: true, at: iso(2) } });
    expect(doc.bookmarks).toEqual({ 'm/l#heading': { on: true, at: iso(3) } });
    expect(doc.challenges).toEqual({ run123: { challenge: 'c1', passed: true, at: iso(4) } });
    expect(doc.settings).toEqual({ theme: 'dark', instructorMode: false, at: iso(5) });
    expect(v.is(ProgressSchema, doc)).toBe(true);
  });

  it('a reset empties everything but settings and the export time, and moves the reset line', () => {
    let doc = withLessonComplete(emptyProgress(), 'm/l', at(1));
    doc = withSettings({ ...doc, exportedAt: iso(2) }, { theme: 'light' }, at(2));
    const reset = withReset(doc, at(10));
    expect(reset).toEqual({
      ...emptyProgress(),
      reset: { before: iso(10), at: iso(10) },
      exportedAt: iso(2),
      settings: doc.settings,
    });
  });
});
