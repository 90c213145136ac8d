import { useEffect, useState } from 'react';
import type { ReviewPool } from '~/lib/review-pool';
import type * as ReviewActionsModule from '~/progress/review-actions';

/** The review actions module, loaded on demand (it brings the FSRS scheduler, ts-fsrs). */
export type ReviewActions = typeof ReviewActionsModule;

/** What the review island loads after it hydrates: the question pool and the scheduler. */
export type ReviewData =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'ready'; pool: ReviewPool; actions: ReviewActions };

/** Fetches the pool and imports the scheduler, then brings the stored schedules up to date. */
export function useReviewData(poolUrl: string): ReviewData {
  const [data, setData] = useState<ReviewData>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([fetchPool(poolUrl), import('~/progress/review-actions')])
      .then(([pool, actions]) => {
        actions.syncReviews();
        if (live) setData({ status: 'ready', pool, actions });
      })
      .catch((error: unknown) => {
        if (live) setData({ status: 'failed', reason: String(error) });
      });
    return () => {
      live = false;
    };
  }, [poolUrl]);
  return data;
}

/** The current time, refreshed every `ms` milliseconds, so due counts move on by themselves. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}

// Reads the question pool written at build time.
async function fetchPool(url: string): Promise<ReviewPool> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the question list could not be loaded (${response.status})`);
  return (await response.json()) as ReviewPool;
}
