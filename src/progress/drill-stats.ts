// Figures about the learner's practice drills (subnetting, IPv6), computed from the document
// (pure): per skill and overall, how many answered, how many right, and streaks of right answers.
import type { DrillResult, Progress } from './schema';

/** How a learner is doing at one drill skill, or at all of them together. */
export interface DrillStats {
  /** Questions checked. */
  attempts: number;
  /** Questions answered entirely right. */
  correct: number;
  /** Share of checked questions that were right, 0–1 (0 when none were checked). */
  accuracy: number;
  /** Right answers in a row up to the latest one (0 when the latest was wrong). */
  currentStreak: number;
  /** The longest run of right answers in a row. */
  bestStreak: number;
}

/** Drill figures overall and per skill id (skills sorted by id; absent skills are not listed). */
export interface DrillSummary {
  overall: DrillStats;
  bySkill: { skill: string; stats: DrillStats }[];
}

/** The learner's drill figures, overall and per skill, counting answers in the order given. */
export function drillSummary(doc: Progress): DrillSummary {
  const ordered = drillResultsInOrder(doc);
  const groups = new Map<string, DrillResult[]>();
  for (const result of ordered) {
    const group = groups.get(result.skill);
    if (group) group.push(result);
    else groups.set(result.skill, [result]);
  }
  const bySkill = [...groups.keys()]
    .sort()
    .map((skill) => ({ skill, stats: statsOf(groups.get(skill) ?? []) }));
  return { overall: statsOf(ordered), bySkill };
}

/** The figures of one skill (all zero when the learner has not answered any of its questions). */
export function drillStatsFor(doc: Progress, skill: string): DrillStats {
  return statsOf(drillResultsInOrder(doc).filter((result) => result.skill === skill));
}

/** Whether the learner has checked at least one drill question. */
export function hasDrillResults(doc: Progress): boolean {
  return Object.keys(doc.drills).length > 0;
}

// Every drill result, oldest first; results of the same millisecond keep the order of their ids
// so that every tab counts the same streaks.
function drillResultsInOrder(doc: Progress): DrillResult[] {
  return Object.entries(doc.drills)
    .sort(([idA, a], [idB, b]) => compare(a.at, b.at) || compare(idA, idB))
    .map(([, result]) => result);
}

// Counts, accuracy and streaks of results already in time order.
function statsOf(results: readonly DrillResult[]): DrillStats {
  let correct = 0;
  let run = 0;
  let bestStreak = 0;
  for (const result of results) {
    run = result.correct ? run + 1 : 0;
    if (result.correct) correct += 1;
    bestStreak = Math.max(bestStreak, run);
  }
  const attempts = results.length;
  return {
    attempts,
    correct,
    accuracy: attempts === 0 ? 0 : correct / attempts,
    currentStreak: run,
    bestStreak,
  };
}

// Orders two strings (ISO times compare correctly as strings).
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
