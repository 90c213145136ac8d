import { useEffect, useMemo } from 'react';
import { dueIds, hasUnscheduledAnswers } from '~/lib/review-pool';
import type { Progress } from '~/progress/schema';
import { useNow } from './use-review-data';
import './review.css';

interface Props {
  progress: Progress;
  /** The course's questions by id (schedules of questions since removed are not counted). */
  questions: Readonly<Record<string, unknown>>;
}

/** The progress page's way to the review page, with the number of questions due now. */
export function ReviewDueLink({ progress, questions }: Props) {
  const now = useNow(60_000);
  const known = useMemo(() => new Set(Object.keys(questions)), [questions]);
  // Brings the schedules up to date with answers given since; the scheduler loads only then.
  const unscheduled = hasUnscheduledAnswers(progress);
  useEffect(() => {
    if (unscheduled) void import('~/progress/review-actions').then((a) => a.syncReviews());
  }, [unscheduled]);
  const due = dueIds(progress.reviews, known, now).length;
  return (
    <p className="review-due-link">
      <a className="button" href={`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}review/`}>
        Review due ({due})
      </a>{' '}
      <span>
        Questions you answered come back when they are due; a wrong answer within minutes.
      </span>
    </p>
  );
}
