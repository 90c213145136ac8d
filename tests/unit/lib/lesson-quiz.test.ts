import { describe, expect, it } from 'vitest';
import { LESSON_QUIZ_SIZE, pickLessonQuiz } from '~/lib/lesson-quiz';

// A bank of `n` questions over the given sections, in order: s0 gets the first few, and so on.
function bank(perSection: readonly number[]): { id: string; lesson: string }[] {
  return perSection.flatMap((count, s) =>
    Array.from({ length: count }, (_, i) => ({ id: `s${s}-q${i}`, lesson: `m/l#s${s}` })),
  );
}

describe('pickLessonQuiz', () => {
  it('keeps every question of a bank no larger than the quiz, in order', () => {
    const small = bank([3, 2]);
    expect(pickLessonQuiz(small, 5)).toEqual(small);
  });

  it('takes questions from every section in turn, keeping the bank order', () => {
    const picked = pickLessonQuiz(bank([5, 1, 3]), 5).map((q) => q.id);
    expect(picked).toEqual(['s0-q0', 's0-q1', 's1-q0', 's2-q0', 's2-q1']);
  });

  it('asks about a section with one question even when another section is large', () => {
    const picked = pickLessonQuiz(bank([40, 1]), 4).map((q) => q.id);
    expect(picked).toEqual(['s0-q0', 's0-q1', 's0-q2', 's1-q0']);
  });

  it('caps a large bank at the lesson quiz size by default', () => {
    expect(pickLessonQuiz(bank([30, 20, 10]))).toHaveLength(LESSON_QUIZ_SIZE);
  });

  it('treats questions without a section as one section', () => {
    const qs = [{ id: 'a' }, { id: 'b' }, { id: 'c', lesson: 'm/l#x' }];
    expect(pickLessonQuiz(qs, 2).map((q) => q.id)).toEqual(['a', 'c']);
  });
});
