// When a page offers a new version of the site, and how often it asks the server for one.

/** Ask the server for a new build at least this often while a page stays open. */
export const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Focus and visibility often change together: at most one check in this span. */
export const MIN_UPDATE_CHECK_GAP_MS = 60 * 1000;

/** What a page knows about a possible update. */
export interface UpdateState {
  /** A new worker is installed and waiting. */
  waiting: boolean;
  /** The page is controlled by a worker: false on the very first visit, before any install. */
  controlled: boolean;
  /** An exam is in progress (`<html data-exam-active="true">`): nothing may interrupt it. */
  examActive: boolean;
  /** The learner closed the banner on this page. */
  dismissed: boolean;
}

/** Whether the "new version" banner should show now. */
export function shouldOfferUpdate(state: UpdateState): boolean {
  return state.waiting && state.controlled && !state.examActive && !state.dismissed;
}

/** Whether to ask for an update now, given when the last check started. */
export function shouldCheckForUpdate(now: number, lastCheck: number | null): boolean {
  return lastCheck === null || now - lastCheck >= MIN_UPDATE_CHECK_GAP_MS;
}

/** Reads the exam hook's value: only the exact string "true" means an exam is running. */
export function isExamActive(value: string | undefined): boolean {
  return value === 'true';
}
