// Spaced review of answered questions: the glue between the attempt log and the FSRS schedule.
//
// Where scheduling runs: recordAttempt (store.ts) only logs an answer, from a lesson quiz, an
// exam or a review session alike. The FSRS schedule in `progress.reviews` is worked out from that
// log, lazily, by syncReviews(): every attempt newer than a question's stored schedule is replayed
// through the scheduler, in time order, at the time it was made. The pages that show schedules
// (the review page, and the progress page for its "Review due" count) load this module with a
// dynamic import(), so ts-fsrs (which patches Date.prototype when it loads) never reaches the
// site-wide script or a lesson page, and a lesson quiz costs no extra JavaScript.
//
// The new schedules are written through the store's update(), on top of the freshest copy, like
// every other action (the action lives here rather than in store.ts, which ships in the site-wide
// script on every page and has no bytes to spare). Replaying is deterministic (fuzz is off, times
// come from the attempts), so two tabs that sync the same attempts write identical entries, and
// the generic per-entry merge (merge.ts) keeps the newer schedule of a question. An attempt older
// than a question's schedule (from an imported file) is not replayed: the schedule already
// reflects later answers.
import { dueQuestions, scheduleReview } from '~/quiz/review';
import type { Attempt, Progress, Response, Review } from './schema';
import { recordAttempt, update } from './store';

export { dueQuestions };

/** The schedules that the attempts not yet replayed change, by question id (pure). */
export function pendingSchedules(doc: Progress): Record<string, Review> {
  const changed: Record<string, Review> = {};
  for (const [question, attempts] of newAttemptsByQuestion(doc)) {
    let review: Review | undefined = doc.reviews[question];
    for (const attempt of attempts) {
      review = scheduleReview(review, attempt.correct, new Date(attempt.at));
    }
    if (review) changed[question] = review;
  }
  return changed;
}

/** Brings the stored schedules up to date with every answer recorded so far. */
export function syncReviews(): void {
  update((doc) => {
    const reviews = pendingSchedules(doc);
    if (Object.keys(reviews).length === 0) return doc;
    return { ...doc, reviews: { ...doc.reviews, ...reviews } };
  });
}

/** Records an answer given in a review session and reschedules its question at once. */
export function recordReviewAnswer(
  question: string,
  given: { selected: string[]; response?: Response | undefined },
  correct: boolean,
  ms: number,
  now = new Date(),
): void {
  const attempt: Omit<Attempt, 'at'> = {
    question,
    selected: given.selected,
    correct,
    ms,
    source: 'review',
  };
  if (given.response !== undefined) attempt.response = given.response;
  recordAttempt(attempt, now);
  syncReviews();
}

// Attempts made after each question's stored schedule, grouped by question, oldest first.
function newAttemptsByQuestion(doc: Progress): Map<string, Attempt[]> {
  const byQuestion = new Map<string, Attempt[]>();
  for (const attempt of Object.values(doc.attempts)) {
    const since = doc.reviews[attempt.question]?.at;
    if (since !== undefined && attempt.at <= since) continue;
    const list = byQuestion.get(attempt.question) ?? [];
    list.push(attempt);
    byQuestion.set(attempt.question, list);
  }
  for (const list of byQuestion.values()) list.sort(byTimeThenContent);
  return byQuestion;
}

// Orders attempts by time; a tie (same millisecond) by content, so that every tab agrees.
function byTimeThenContent(a: Attempt, b: Attempt): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
