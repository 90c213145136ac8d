import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ReviewSchema } from '~/progress/schema';
import { dueQuestions, scheduleReview, type ReviewState } from '~/quiz/review';

const now = new Date('2026-12-04T10:00:00.000Z');
const minutes = (from: Date, iso: string) => (Date.parse(iso) - from.getTime()) / 60_000;

describe('scheduleReview', () => {
  it('brings a wrong answer back within minutes', () => {
    const review = scheduleReview(undefined, false, now);
    expect(review.state).toBe('learning');
    expect(minutes(now, review.due)).toBe(10);
    expect(review).toMatchObject({ reps: 1, lapses: 0, at: now.toISOString() });
  });

  it('schedules a right answer days later, and intervals grow', () => {
    let at = now;
    let review = scheduleReview(undefined, true, at);
    expect(review.state).toBe('review');
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      intervals.push(minutes(at, review.due));
      at = new Date(review.due);
      review = scheduleReview(review, true, at);
    }
    expect(intervals[0]).toBeGreaterThanOrEqual(24 * 60);
    for (let i = 1; i < intervals.length; i++)
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? 0);
  });

  it('relearns a lapsed question within minutes, then spaces it again', () => {
    let review = scheduleReview(undefined, true, now);
    review = scheduleReview(review, true, new Date(review.due));
    const lapseAt = new Date(review.due);
    const lapsed = scheduleReview(review, false, lapseAt);
    expect(lapsed).toMatchObject({ state: 'relearning', lapses: 1 });
    expect(minutes(lapseAt, lapsed.due)).toBe(10);
    const back = scheduleReview(lapsed, true, new Date(lapsed.due));
    expect(back.state).toBe('review');
    expect(minutes(new Date(lapsed.due), back.due)).toBeGreaterThanOrEqual(24 * 60);
  });

  it('fits the progress document’s ReviewSchema', () => {
    let review = scheduleReview(undefined, false, now);
    for (const correct of [true, true, false, true, true, true]) {
      expect(v.is(ReviewSchema, review)).toBe(true);
      review = scheduleReview(review, correct, new Date(review.due));
    }
    expect(review.difficulty).toBeGreaterThanOrEqual(0);
    expect(review.difficulty).toBeLessThanOrEqual(10);
    expect(review.due).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe('dueQuestions', () => {
  it('lists due questions, most overdue first', () => {
    const entry = (due: string): ReviewState => ({
      due,
      stability: 1,
      difficulty: 5,
      reps: 1,
      lapses: 0,
      state: 'review',
      at: due,
    });
    const reviews = {
      later: entry('2026-12-05T00:00:00.000Z'),
      b: entry('2026-12-04T09:00:00.000Z'),
      a: entry('2026-12-04T09:00:00.000Z'),
      oldest: entry('2026-12-01T00:00:00.000Z'),
      gone: undefined,
    };
    expect(dueQuestions(reviews, now)).toEqual(['oldest', 'a', 'b']);
  });
});
