import { State, createEmptyCard, fsrs, Rating, type Card, type FSRS } from 'ts-fsrs';

// Spaced review with FSRS (ts-fsrs). The progress document stores a card's FSRS fields as a
// ReviewState (src/progress/schema.ts, ReviewSchema); this module maps both ways.
//
// Mapping of states: ts-fsrs' `New` is never stored: a question without a review entry IS new,
// so `previous === undefined` starts from createEmptyCard(now). After the first answer FSRS puts
// a card in Learning or Review, never back in New; should a New card ever appear, it is stored
// as 'learning' (the nearest state: short steps before graduating).
//
// The scheduler uses a single short step (10 minutes) for learning and relearning, so a card in
// those states is always on step 0 and the document does not need to record the step index
// (ts-fsrs' `learning_steps`). Fuzz is off so that schedules are reproducible and testable.

/** The FSRS fields Podnet keeps per question (ReviewSchema of the progress document). */
export interface ReviewState {
  /** When the question is next due, as an ISO time. */
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: 'learning' | 'review' | 'relearning';
  /** When it was last answered (and this entry changed), as an ISO time. */
  at: string;
}

/** The single learning and relearning step. */
export const REVIEW_STEP = '10m';

let scheduler: FSRS | undefined;

/** The FSRS scheduler, made on first use (so importing this module costs nothing until then). */
function getScheduler(): FSRS {
  scheduler ??= fsrs({
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: [REVIEW_STEP],
    relearning_steps: [REVIEW_STEP],
  });
  return scheduler;
}

/** The stored name of a ts-fsrs state (New, never stored, counts as learning). */
function stateName(state: State): ReviewState['state'] {
  if (state === State.Review) return 'review';
  if (state === State.Relearning) return 'relearning';
  return 'learning';
}

/** The ts-fsrs state of a stored name. */
function stateValue(name: ReviewState['state']): State {
  if (name === 'review') return State.Review;
  if (name === 'relearning') return State.Relearning;
  return State.Learning;
}

/** Rebuilds the ts-fsrs card from a stored review state. */
function cardFromState(review: ReviewState): Card {
  const due = new Date(review.due);
  const lastReview = new Date(review.at);
  return {
    due,
    stability: review.stability,
    difficulty: review.difficulty,
    elapsed_days: 0,
    scheduled_days: Math.max(0, Math.round((due.getTime() - lastReview.getTime()) / 86_400_000)),
    learning_steps: 0,
    reps: review.reps,
    lapses: review.lapses,
    state: stateValue(review.state),
    last_review: lastReview,
  };
}

/** Reduces a ts-fsrs card to the stored review state, answered at `now`. */
function stateFromCard(card: Card, now: Date): ReviewState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: stateName(card.state),
    at: now.toISOString(),
  };
}

/** Schedules the next review after an answer: wrong → Again (back in minutes), right → Good (later). */
export function scheduleReview(
  previous: ReviewState | undefined,
  correct: boolean,
  now: Date,
): ReviewState {
  const card = previous === undefined ? createEmptyCard(now) : cardFromState(previous);
  const result = getScheduler().next(card, now, correct ? Rating.Good : Rating.Again);
  return stateFromCard(result.card, now);
}

/** The ids of questions due at `now`, the most overdue first (ties by id). */
export function dueQuestions(
  reviews: Readonly<Record<string, ReviewState | undefined>>,
  now: Date,
): string[] {
  const at = now.getTime();
  return Object.entries(reviews)
    .flatMap(([id, review]) =>
      review && Date.parse(review.due) <= at ? [{ id, due: Date.parse(review.due) }] : [],
    )
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);
}
