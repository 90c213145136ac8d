import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores, allTasks } from 'nanostores';
import {
  setTestStorageKey,
  useTestStorageEngine,
  getTestStorage,
  cleanTestStorage,
} from '@nanostores/persistent';
import { PROGRESS_KEY, PROGRESS_VERSION } from '~/progress/constants';
import { emptyProgress } from '~/progress/document';
import {
  $completedLessons,
  $newerVersion,
  $progress,
  $progressProblem,
  markLessonComplete,
  markLessonIncomplete,
  recordAttempt,
  restartQuiz,
  resetProgress,
} from '~/progress/store';
import { currentQuizAnswers } from '~/progress/selectors';
import { docWith, iso } from './helpers';

beforeEach(() => {
  useTestStorageEngine();
});

afterEach(() => {
  cleanTestStorage();
  cleanStores($progress, $completedLessons);
  $progressProblem.set(null);
  $newerVersion.set(null);
});

const stored = () => JSON.parse(getTestStorage()[PROGRESS_KEY] ?? '{}');
const settle = () => new Promise((resolve) => queueMicrotask(() => resolve(allTasks())));

describe('progress store', () => {
  it('persists completion and its undo under the podnet: key', () => {
    const unbind = $completedLessons.listen(() => {});
    markLessonComplete('foundations/network-model', new Date(iso(1)));
    expect($completedLessons.get().has('foundations/network-model')).toBe(true);
    expect(stored().lessons['foundations/network-model']).toEqual({ completed: true, at: iso(1) });
    markLessonIncomplete('foundations/network-model', new Date(iso(2)));
    expect($completedLessons.get().size).toBe(0);
    unbind();
  });

  it('keeps every attempt, and a quiz restart hides earlier ones from the quiz only', () => {
    const unbind = $progress.listen(() => {});
    recordAttempt(
      { question: 'q1', selected: ['b'], correct: true, source: 'quiz' },
      new Date(iso(1)),
    );
    expect(currentQuizAnswers($progress.get(), 'bank', ['q1'])['q1']?.correct).toBe(true);
    restartQuiz('bank', new Date(iso(2)));
    expect(currentQuizAnswers($progress.get(), 'bank', ['q1'])).toEqual({});
    expect(Object.keys(stored().attempts)).toHaveLength(1);
    unbind();
  });

  it('merges a change made in another tab with its own, instead of dropping either', async () => {
    const unbind = $progress.listen(() => {});
    recordAttempt(
      { question: 'mine', selected: ['a'], correct: true, source: 'quiz' },
      new Date(iso(1)),
    );
    // The other tab did not see this tab's answer and wrote its own document over it.
    const theirs = docWith({
      attempts: {
        theirs1: {
          question: 'theirs',
          selected: ['b'],
          correct: false,
          source: 'quiz',
          at: iso(2),
        },
      },
    });
    setTestStorageKey(PROGRESS_KEY, JSON.stringify(theirs));
    const questions = Object.values($progress.get().attempts)
      .map((a) => a.question)
      .sort();
    expect(questions).toEqual(['mine', 'theirs']);
    await settle();
    // …and this tab wrote the union back, so the other tab will get its answer too.
    expect(
      Object.values(stored().attempts)
        .map((a) => (a as { question: string }).question)
        .sort(),
    ).toEqual(['mine', 'theirs']);
    unbind();
  });

  it('a reset in another tab wins over this tab’s older entries', () => {
    const unbind = $progress.listen(() => {});
    markLessonComplete('m/l', new Date(iso(1)));
    setTestStorageKey(
      PROGRESS_KEY,
      JSON.stringify({ ...emptyProgress(), reset: { before: iso(5), at: iso(5) } }),
    );
    expect($progress.get().lessons).toEqual({});
    unbind();
  });

  it('resets everywhere', () => {
    const unbind = $progress.listen(() => {});
    markLessonComplete('m/l', new Date(iso(1)));
    resetProgress(new Date(iso(2)));
    expect(stored().lessons).toEqual({});
    expect(stored().reset).toEqual({ before: iso(2), at: iso(2) });
    unbind();
  });

  it('keeps unreadable text as a backup, tells the learner, and keeps working', async () => {
    const unbind = $progress.listen(() => {});
    setTestStorageKey(PROGRESS_KEY, 'not json {');
    expect($progress.get().lessons).toEqual({});
    expect($progressProblem.get()).toMatchObject({
      reason: 'the saved progress is not valid JSON',
      raw: 'not json {',
    });
    markLessonComplete('m/l');
    expect($progress.get().lessons['m/l']?.completed).toBe(true);
    await settle();
    unbind();
  });

  it('does not overwrite data saved by a newer version', () => {
    const unbind = $progress.listen(() => {});
    setTestStorageKey(PROGRESS_KEY, `{"version":${PROGRESS_VERSION + 1},"future":true}`);
    expect($newerVersion.get()).toBe(PROGRESS_VERSION + 1);
    unbind();
  });
});
