import { describe, expect, it } from 'vitest';
import { completedLessons, currentQuizAnswers, passedChallenges } from '~/progress/selectors';
import { docWith, iso } from './helpers';

const attempt = (
  question: string,
  minutes: number,
  correct: boolean,
  source: 'quiz' | 'exam' = 'quiz',
) => ({
  question,
  selected: [correct ? 'a' : 'b'],
  correct,
  source,
  at: iso(minutes),
});

describe('selectors', () => {
  it('lists completed lessons, not undone ones', () => {
    const doc = docWith({
      lessons: { 'm/a': { completed: true, at: iso(1) }, 'm/b': { completed: false, at: iso(2) } },
    });
    expect([...completedLessons(doc)]).toEqual(['m/a']);
  });

  it('shows the latest quiz answer per question since the last restart, ignoring exams', () => {
    const doc = docWith({
      attempts: {
        aaaaaa1: attempt('q1', 1, false),
        aaaaaa2: attempt('q1', 3, true),
        aaaaaa3: attempt('q2', 2, true),
        aaaaaa4: attempt('q3', 9, true, 'exam'),
        aaaaaa5: attempt('other', 9, true),
      },
      quizResets: { bank: { at: iso(2) } },
    });
    expect(currentQuizAnswers(doc, 'bank', ['q1', 'q2', 'q3'])).toEqual({
      q1: { selected: ['a'], correct: true, at: iso(3) },
      q2: { selected: ['a'], correct: true, at: iso(2) },
    });
  });

  it('lists challenges passed at least once', () => {
    const doc = docWith({
      challenges: {
        run111: { challenge: 'c1', passed: false, at: iso(1) },
        run222: { challenge: 'c1', passed: true, at: iso(2) },
        run333: { challenge: 'c2', passed: false, at: iso(3) },
      },
    });
    expect([...passedChallenges(doc)]).toEqual(['c1']);
  });
});
