import { useEffect, useMemo, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { useHydratedStore } from '~/components/use-hydrated-store';
import {
  answeredIds,
  dueIds,
  nextDueAt,
  practiceFromHash,
  questionOfTheDay,
  quickTen,
  topicSession,
  weakestTopic,
  type PoolQuestion,
  type ReviewPool,
} from '~/lib/review-pool';
import { emptyProgress } from '~/progress/document';
import type { Progress } from '~/progress/schema';
import { $progress } from '~/progress/store';
import { ReviewHome, type SessionChoice } from './ReviewHome';
import { ReviewSession } from './ReviewSession';
import { dayKey, reviewStreak } from './review-days';
import { useNow, useReviewData, type ReviewActions } from './use-review-data';
import '~/components/quiz/quiz.css';
import './review.css';

interface Props {
  /** Where the question pool is (`<base>review/pool.json`). */
  poolUrl: string;
}

/** The review page: questions due from the FSRS schedule, and short sessions for busy days. */
export default function ReviewIsland(props: Props) {
  return (
    <ErrorBoundary name="review" subject="review">
      <Review {...props} />
    </ErrorBoundary>
  );
}

const EMPTY = emptyProgress();

// Waits for the pool and the scheduler, then shows the overview or a running session.
function Review({ poolUrl }: Props) {
  const data = useReviewData(poolUrl);
  const progress = useHydratedStore($progress, EMPTY);
  if (data.status === 'loading') return <p className="review-loading">Loading your review…</p>;
  if (data.status === 'failed') {
    return (
      <p className="review-failed" role="alert">
        The review could not start: {data.reason}. Reload the page to try again.
      </p>
    );
  }
  return <ReviewReady pool={data.pool} actions={data.actions} progress={progress} />;
}

// The overview, or the session the learner started (its questions fixed when it starts).
function ReviewReady({
  pool,
  actions,
  progress,
}: {
  pool: ReviewPool;
  actions: ReviewActions;
  progress: Progress;
}) {
  const now = useNow(60_000);
  // A "Practise this" link from the progress page starts its session at once; the hash is then
  // dropped, so that leaving the session shows the overview and a reload does not repeat it.
  const [session, setSession] = useState<(SessionChoice & { key: number }) | null>(() => {
    const asked = practiceFromHash(
      window.location.hash,
      pool,
      dueIds(progress.reviews, new Set(pool.questions.map((q) => q.id)), new Date()),
    );
    return asked && { ...asked, key: 0 };
  });
  useEffect(() => {
    if (window.location.hash) {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  }, []);
  const byId = useMemo(() => new Map(pool.questions.map((q) => [q.id, q])), [pool]);
  const known = useMemo(() => new Set(byId.keys()), [byId]);
  // Answers given in another tab (a lesson quiz) reach this page's schedule as they arrive.
  const attemptCount = Object.keys(progress.attempts).length;
  useEffect(() => actions.syncReviews(), [actions, attemptCount]);

  if (session) {
    const questions = session.ids.flatMap((id) => byId.get(id) ?? []);
    return (
      <ReviewSession
        key={session.key}
        title={session.title}
        questions={questions}
        onAnswer={(q: PoolQuestion, given, correct, ms) =>
          actions.recordReviewAnswer(q.id, given, correct, ms)
        }
        onClose={() => setSession(null)}
      />
    );
  }

  const due = dueIds(progress.reviews, known, now);
  const day = dayKey(now);
  const daily = questionOfTheDay(pool, day);
  const topic = weakestTopic(pool, progress);
  return (
    <ReviewHome
      due={due}
      nextDue={nextDueAt(progress.reviews, known, now)}
      now={now}
      quick={quickTen(pool, due, answeredIds(progress), day)}
      daily={daily ? (byId.get(daily) ?? null) : null}
      weakest={topic && { ...topic, questionIds: topicSession(topic, due) }}
      streak={reviewStreak(progress, now)}
      onStart={(choice) => setSession({ ...choice, key: Date.now() })}
    />
  );
}
