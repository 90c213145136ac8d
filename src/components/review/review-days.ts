// Calendar days for the review page: the learner's local date, and the streak of days with at
// least one answer given in a review session.
import type { Progress } from '~/progress/schema';

/** The local calendar day of a time, as `YYYY-MM-DD`. */
export function dayKey(time: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

/** The local day before a time's day, as `YYYY-MM-DD`. */
function dayBefore(time: Date): Date {
  return new Date(time.getFullYear(), time.getMonth(), time.getDate() - 1, 12);
}

/**
 * Consecutive days with a review answer, counting back from today; a streak that reached
 * yesterday still counts (today's review may be yet to come).
 */
export function reviewStreak(doc: Progress, now: Date): { days: number; today: boolean } {
  const days = new Set(
    Object.values(doc.attempts)
      .filter((a) => a.source === 'review')
      .map((a) => dayKey(new Date(a.at))),
  );
  const today = days.has(dayKey(now));
  let cursor = today ? now : dayBefore(now);
  let count = 0;
  while (days.has(dayKey(cursor))) {
    count += 1;
    cursor = dayBefore(cursor);
  }
  return { days: count, today };
}
