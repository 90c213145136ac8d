import { describe, expect, it } from 'vitest';
import { dayKey, reviewStreak } from '~/components/review/review-days';
import type { Attempt } from '~/progress/schema';
import { docWith } from '../../progress/helpers';

// Noon on a day of November 2026, local time, so that every time zone agrees on the date.
const noon = (day: number) => new Date(2026, 10, day, 12);
const answer = (day: number, source: Attempt['source'] = 'review'): Attempt => ({
  question: 'q',
  selected: ['a'],
  correct: true,
  source,
  at: noon(day).toISOString(),
});
const withAnswers = (...attempts: Attempt[]) =>
  docWith({ attempts: Object.fromEntries(attempts.map((a, i) => [`attempt${String(i)}`, a])) });

describe('review days', () => {
  it('writes the local date', () => {
    expect(dayKey(noon(5))).toBe('2026-11-05');
  });

  it('counts consecutive days with a review answer up to today', () => {
    const doc = withAnswers(answer(18), answer(19), answer(20), answer(20), answer(16));
    expect(reviewStreak(doc, noon(20))).toEqual({ days: 3, today: true });
  });

  it('keeps a streak that reached yesterday, and ignores quiz answers', () => {
    const doc = withAnswers(answer(18), answer(19), answer(20, 'quiz'));
    expect(reviewStreak(doc, noon(20))).toEqual({ days: 2, today: false });
    expect(reviewStreak(doc, noon(22))).toEqual({ days: 0, today: false });
  });
});
