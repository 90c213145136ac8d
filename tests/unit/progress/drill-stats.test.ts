import { describe, expect, it } from 'vitest';
import { drillStatsFor, drillSummary, hasDrillResults } from '~/progress/drill-stats';
import { emptyProgress } from '~/progress/document';
import { recentActivity } from '~/progress/stats';
import { docWith, iso } from './helpers';

const result = (skill: string, correct: boolean, minutes: number) => ({
  skill,
  correct,
  at: iso(minutes),
});

// Ids deliberately out of time order: streaks follow the times, not the ids.
const doc = docWith({
  drills: {
    zzzzzz1: result('analyze', true, 1),
    aaaaaa2: result('analyze', true, 2),
    mmmmmm3: result('analyze', false, 3),
    bbbbbb4: result('ipv6-compress', true, 4),
    yyyyyy5: result('analyze', true, 5),
    cccccc6: result('ipv6-compress', true, 6),
  },
});

describe('drillSummary', () => {
  it('counts answers, accuracy and streaks per skill, in time order', () => {
    expect(drillSummary(doc).bySkill).toEqual([
      {
        skill: 'analyze',
        stats: { attempts: 4, correct: 3, accuracy: 0.75, currentStreak: 1, bestStreak: 2 },
      },
      {
        skill: 'ipv6-compress',
        stats: { attempts: 2, correct: 2, accuracy: 1, currentStreak: 2, bestStreak: 2 },
      },
    ]);
  });

  it('counts streaks across skills overall', () => {
    expect(drillSummary(doc).overall).toEqual({
      attempts: 6,
      correct: 5,
      accuracy: 5 / 6,
      currentStreak: 3,
      bestStreak: 3,
    });
  });

  it('orders answers of the same millisecond by id, so every tab counts the same streak', () => {
    const tie = docWith({
      drills: { bbbbbb1: result('vlsm', true, 1), aaaaaa1: result('vlsm', false, 1) },
    });
    expect(drillStatsFor(tie, 'vlsm')).toMatchObject({ currentStreak: 1, bestStreak: 1 });
  });

  it('is all zero for a skill never answered, and for an empty document', () => {
    const zero = { attempts: 0, correct: 0, accuracy: 0, currentStreak: 0, bestStreak: 0 };
    expect(drillStatsFor(doc, 'eui64')).toEqual(zero);
    expect(drillSummary(emptyProgress())).toEqual({ overall: zero, bySkill: [] });
    expect(hasDrillResults(emptyProgress())).toBe(false);
    expect(hasDrillResults(doc)).toBe(true);
  });

  it('a wrong latest answer ends the current streak but not the best one', () => {
    const broken = docWith({ drills: { ...doc.drills, wwwwww7: result('analyze', false, 7) } });
    expect(drillStatsFor(broken, 'analyze')).toMatchObject({ currentStreak: 0, bestStreak: 2 });
  });
});

describe('recentActivity', () => {
  it('lists drill answers among the newest events', () => {
    expect(recentActivity(doc, 2)).toEqual([
      { kind: 'drill', skill: 'ipv6-compress', correct: true, at: iso(6) },
      { kind: 'drill', skill: 'analyze', correct: true, at: iso(5) },
    ]);
  });
});
