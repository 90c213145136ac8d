import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanStores } from 'nanostores';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { PROGRESS_KEY } from '~/progress/constants';
import {
  dueQuestions,
  pendingSchedules,
  recordReviewAnswer,
  syncReviews,
} from '~/progress/review-actions';
import type { Attempt } from '~/progress/schema';
import { $progress, recordAttempt } from '~/progress/store';
import { at, docWith, iso } from './helpers';

beforeEach(() => {
  useTestStorageEngine();
});

afterEach(() => {
  cleanTestStorage();
  cleanStores($progress);
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const attempt = (question: string, correct: boolean, minute: number): Attempt => ({
  question,
  selected: ['a'],
  correct,
  source: 'quiz',
  at: iso(minute),
});
const stored = () => JSON.parse(getTestStorage()[PROGRESS_KEY] ?? '{}');

describe('pendingSchedules', () => {
  it('brings a wrong answer back within the hour and a right one not before tomorrow', () => {
    const doc = docWith({
      attempts: { aaaaaa1: attempt('q-wrong', false, 0), aaaaaa2: attempt('q-right', true, 0) },
    });
    const schedules = pendingSchedules(doc);
    expect(Object.keys(schedules).sort()).toEqual(['q-right', 'q-wrong']);
    const wrongDue = Date.parse(schedules['q-wrong']?.due ?? '');
    const rightDue = Date.parse(schedules['q-right']?.due ?? '');
    expect(wrongDue - at(0).getTime()).toBe(10 * 60_000);
    expect(schedules['q-wrong']?.state).toBe('learning');
    expect(rightDue - at(0).getTime()).toBeGreaterThanOrEqual(DAY);
    expect(schedules['q-right']).toMatchObject({ state: 'review', reps: 1, lapses: 0, at: iso(0) });
  });

  it('replays several answers to one question in time order, whatever the log order', () => {
    const doc = docWith({
      attempts: { zzzzzz1: attempt('q', true, 30), aaaaaa1: attempt('q', false, 0) },
    });
    const review = pendingSchedules(doc)['q'];
    expect(review).toMatchObject({ reps: 2, at: iso(30) });
  });

  it('changes nothing once every attempt is in the schedule', () => {
    const doc = docWith({ attempts: { aaaaaa1: attempt('q', false, 0) } });
    const synced = docWith({ ...doc, reviews: pendingSchedules(doc) });
    expect(pendingSchedules(synced)).toEqual({});
  });
});

describe('syncReviews and recordReviewAnswer', () => {
  it('stores the schedule of a quiz answer, and a review answer updates it', () => {
    const unbind = $progress.listen(() => {});
    recordAttempt({ question: 'nm-q', selected: ['b'], correct: false, source: 'quiz' }, at(0));
    expect($progress.get().reviews).toEqual({});
    syncReviews();
    expect($progress.get().reviews['nm-q']).toMatchObject({ reps: 1, due: iso(10) });
    expect(stored().reviews['nm-q'].due).toBe(iso(10));

    recordReviewAnswer('nm-q', { selected: ['a'] }, true, 4000, at(15));
    const review = $progress.get().reviews['nm-q'];
    expect(review).toMatchObject({ reps: 2, at: iso(15) });
    expect(Date.parse(review?.due ?? '') - at(15).getTime()).toBeGreaterThanOrEqual(DAY);
    const sources = Object.values($progress.get().attempts).map((a) => a.source);
    expect(sources.sort()).toEqual(['quiz', 'review']);
    unbind();
  });

  it('counts the questions due: the wrong one after ten minutes, the right one days later', () => {
    const unbind = $progress.listen(() => {});
    recordAttempt({ question: 'q-a', selected: ['a'], correct: false, source: 'quiz' }, at(0));
    recordAttempt({ question: 'q-b', selected: ['a'], correct: true, source: 'quiz' }, at(1));
    recordAttempt({ question: 'q-c', selected: ['a'], correct: false, source: 'exam' }, at(2));
    syncReviews();
    const reviews = $progress.get().reviews;
    expect(dueQuestions(reviews, at(5))).toEqual([]);
    expect(dueQuestions(reviews, at(11))).toEqual(['q-a']);
    expect(dueQuestions(reviews, at(12))).toEqual(['q-a', 'q-c']);
    expect(dueQuestions(reviews, new Date(at(1).getTime() + 3 * DAY))).toEqual([
      'q-a',
      'q-c',
      'q-b',
    ]);
    unbind();
  });
});
