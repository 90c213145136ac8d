// Views of the progress document that pages and islands need, computed from it (pure).
import type { Attempt, Progress, Response } from './schema';

/** The learner's current answer to a question in a lesson quiz. */
export interface CurrentAnswer {
  /** The option letters chosen (empty for the kinds that are not a choice). */
  selected: string[];
  /** The whole answer of an ordering, matching, typed or scenario question. */
  response?: Response | undefined;
  correct: boolean;
  at: string;
}

/** Ids of the lessons marked complete. */
export function completedLessons(doc: Progress): Set<string> {
  const done = new Set<string>();
  for (const [id, entry] of Object.entries(doc.lessons)) if (entry.completed) done.add(id);
  return done;
}

/** The latest quiz answer per question of a bank, ignoring answers from before its last restart. */
export function currentQuizAnswers(
  doc: Progress,
  bankId: string,
  questionIds: readonly string[],
): Record<string, CurrentAnswer> {
  const since = doc.quizResets[bankId]?.at ?? '';
  const wanted = new Set(questionIds);
  const latest: Record<string, CurrentAnswer> = {};
  for (const attempt of Object.values(doc.attempts)) {
    if (attempt.source !== 'quiz' || !wanted.has(attempt.question) || attempt.at < since) continue;
    const seen = latest[attempt.question];
    if (!seen || attempt.at > seen.at) latest[attempt.question] = answerOf(attempt);
  }
  return latest;
}

/** Every attempt, newest first. */
export function attemptsNewestFirst(doc: Progress): Attempt[] {
  return Object.values(doc.attempts).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Ids of the challenges the learner has passed at least once. */
export function passedChallenges(doc: Progress): Set<string> {
  const passed = new Set<string>();
  for (const run of Object.values(doc.challenges)) if (run.passed) passed.add(run.challenge);
  return passed;
}

// The part of an attempt the quiz shows.
function answerOf(attempt: Attempt): CurrentAnswer {
  const answer: CurrentAnswer = {
    selected: attempt.selected,
    correct: attempt.correct,
    at: attempt.at,
  };
  if (attempt.response !== undefined) answer.response = attempt.response;
  return answer;
}
