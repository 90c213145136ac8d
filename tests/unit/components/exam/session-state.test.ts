import { describe, expect, it } from 'vitest';
import {
  canGoTo,
  navigationFor,
  reviewCounts,
  startSession,
  withAnswer,
  withChecked,
  withFlagToggled,
  withPosition,
  withSubmitted,
} from '~/components/exam/session-state';

const ids = ['q1', 'q2', 'q3'];
const choice = (id: string) => ({ kind: 'choice' as const, selected: [id] });
const t0 = 1_000_000;

describe('navigation rules', () => {
  it('lets practice move freely and an exam follow its paper', () => {
    expect(navigationFor('practice', 'forward-only')).toBe('free');
    expect(navigationFor('exam', 'forward-only')).toBe('forward-only');
    expect(navigationFor('exam', 'free')).toBe('free');
  });

  it('free navigation goes anywhere on the paper; forward-only only to the next question', () => {
    const at2 = { ...startSession('SAA-1', 'exam', t0), position: 1 };
    expect([0, 1, 2, 3].map((i) => canGoTo(at2, i, 3, 'free'))).toEqual([true, false, true, false]);
    expect([0, 1, 2, 3].map((i) => canGoTo(at2, i, 3, 'forward-only'))).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });

  it('adds the time on a question when leaving it, over every visit', () => {
    let s = startSession('SAA-1', 'exam', t0);
    s = withPosition(s, 1, ids, 'free', t0 + 5_000);
    s = withPosition(s, 0, ids, 'free', t0 + 8_000);
    s = withPosition(s, 2, ids, 'free', t0 + 10_000);
    expect(s.ms).toEqual({ q1: 7_000, q2: 3_000 });
    expect(s.position).toBe(2);
    expect(withPosition(s, 0, ids, 'forward-only', t0 + 11_000)).toBe(s);
  });
});

describe('answers, flags, checks and submission', () => {
  it('sets, changes and clears an answer', () => {
    let s = withAnswer(startSession('SAA-1', 'exam', t0), 'q1', choice('a'));
    s = withAnswer(s, 'q1', choice('b'));
    expect(s.answers).toEqual({ q1: choice('b') });
    expect(withAnswer(s, 'q1', undefined).answers).toEqual({});
  });

  it('flags only with free navigation, and toggles', () => {
    const s = startSession('SAA-1', 'exam', t0);
    expect(withFlagToggled(s, 'q2', 'free').flags).toEqual(['q2']);
    expect(withFlagToggled(withFlagToggled(s, 'q2', 'free'), 'q2', 'free').flags).toEqual([]);
    expect(withFlagToggled(s, 'q2', 'forward-only')).toBe(s);
  });

  it('locks a practice answer once checked, and never checks an unanswered one', () => {
    const s = withAnswer(startSession('K8S-POLICY-1', 'practice', t0), 'q1', choice('a'));
    const checked = withChecked(s, 'q1');
    expect(checked.checked).toEqual(['q1']);
    expect(withAnswer(checked, 'q1', choice('b'))).toBe(checked);
    expect(withChecked(s, 'q2')).toBe(s);
    expect(
      withChecked(withAnswer(startSession('X-1', 'exam', t0), 'q1', choice('a')), 'q1').checked,
    ).toEqual([]);
  });

  it('submits once, counting the last question, and freezes the session', () => {
    const s = withSubmitted(
      withAnswer(startSession('SAA-1', 'exam', t0), 'q1', choice('a')),
      ids,
      t0 + 4_000,
      true,
    );
    expect(s).toMatchObject({ finishedAt: t0 + 4_000, timedOut: true, ms: { q1: 4_000 } });
    expect(withSubmitted(s, ids, t0 + 9_000, false)).toBe(s);
    expect(withAnswer(s, 'q2', choice('a'))).toBe(s);
    expect(withFlagToggled(s, 'q2', 'free')).toBe(s);
    expect(canGoTo(s, 1, 3, 'free')).toBe(false);
  });

  it('counts answered, unanswered and flagged questions for the review screen', () => {
    let s = withAnswer(startSession('SAA-1', 'exam', t0), 'q1', choice('a'));
    s = withFlagToggled(withFlagToggled(s, 'q1', 'free'), 'q3', 'free');
    expect(reviewCounts(s, ids)).toEqual({ answered: 1, unanswered: 2, flagged: 2 });
  });
});
