import type { PoolQuestion, WeakTopic } from '~/lib/review-pool';
import { QUICK_SIZE } from '~/lib/review-pool';

/** A session the learner can start: its title and question ids. */
export interface SessionChoice {
  title: string;
  ids: string[];
}

interface Props {
  due: string[];
  nextDue: string | null;
  now: Date;
  quick: string[];
  daily: PoolQuestion | null;
  weakest: WeakTopic | null;
  streak: { days: number; today: boolean };
  onStart: (choice: SessionChoice) => void;
}

/** The review overview: what is due, when the next one is, and the short sessions. */
export function ReviewHome({ due, nextDue, now, quick, daily, weakest, streak, onStart }: Props) {
  return (
    <div className="review-home">
      <section className="review-card review-due" aria-labelledby="review-due-heading">
        <h2 id="review-due-heading">Review due</h2>
        <p className="review-due-count">
          {due.length === 0
            ? 'Nothing is due right now.'
            : `${plural(due.length, 'question is', 'questions are')} due for review.`}{' '}
          {nextDue && `The next one is due ${whenText(nextDue, now)}.`}
          {due.length === 0 &&
            !nextDue &&
            'Answer a lesson quiz and its questions will come back here.'}
        </p>
        {due.length > 0 && (
          <button
            type="button"
            className="button"
            onClick={() => onStart({ title: 'Review due', ids: due })}
          >
            Start review ({due.length})
          </button>
        )}
        <p className="review-streak">
          {streak.days === 0
            ? 'Review streak: none yet. Answer one review question a day to build one.'
            : `Review streak: ${plural(streak.days, 'day', 'days')}${streak.today ? '' : ' (review today to keep it)'}.`}
        </p>
      </section>
      <div className="review-grid">
        <section className="review-card" aria-labelledby="review-quick-heading">
          <h2 id="review-quick-heading">Quick {QUICK_SIZE}</h2>
          <p>
            A short session for a busy day: questions that are due mixed with ones you have not met.
          </p>
          <button
            type="button"
            className="button secondary"
            disabled={quick.length === 0}
            onClick={() => onStart({ title: `Quick ${QUICK_SIZE}`, ids: quick })}
          >
            Start Quick {QUICK_SIZE}
          </button>
        </section>
        {daily && (
          <section className="review-card" aria-labelledby="review-daily-heading">
            <h2 id="review-daily-heading">Question of the day</h2>
            <p>One question, the same for everyone today, from {daily.lessonTitle}.</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => onStart({ title: 'Question of the day', ids: [daily.id] })}
            >
              Answer today’s question
            </button>
          </section>
        )}
        <WeakestTopic weakest={weakest} onStart={onStart} />
      </div>
    </div>
  );
}

// The topic with the lowest accuracy, its lesson, and a practice session on it.
function WeakestTopic({ weakest, onStart }: Pick<Props, 'weakest' | 'onStart'>) {
  return (
    <section className="review-card" aria-labelledby="review-weak-heading">
      <h2 id="review-weak-heading">Weakest topic</h2>
      {weakest ? (
        <>
          <p>
            <strong>{weakest.domain}</strong>: {weakest.correct} of{' '}
            {plural(weakest.attempts, 'answer', 'answers')} right (
            {Math.round((100 * weakest.correct) / weakest.attempts)}%).
            {weakest.lessonHref && (
              <>
                {' '}
                Reread <a href={weakest.lessonHref}>{weakest.lessonTitle}</a>.
              </>
            )}
          </p>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              onStart({ title: `Practise: ${weakest.domain}`, ids: weakest.questionIds })
            }
          >
            Practise this topic
          </button>
        </>
      ) : (
        <p>Once you have answered some questions, the topic you find hardest shows here.</p>
      )}
    </section>
  );
}

/** A count with its noun: "1 question is", "3 questions are". */
function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** When a future time is, in words: "in 9 minutes", "in 5 hours", "in 3 days (12 Dec)". */
export function whenText(iso: string, now: Date): string {
  const minutes = Math.max(1, Math.ceil((Date.parse(iso) - now.getTime()) / 60_000));
  if (minutes < 60) return `in ${plural(minutes, 'minute', 'minutes')}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${plural(hours, 'hour', 'hours')}`;
  const days = Math.round(hours / 24);
  const date = new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `in ${plural(days, 'day', 'days')} (${date})`;
}
