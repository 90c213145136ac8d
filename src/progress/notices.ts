// The notices about the learner's data that every page shows where the learner is looking:
// unreadable data, storage that cannot save, a newer version in another tab, export reminders.
import { atom, computed } from 'nanostores';
import { $newerVersion, $progressProblem, $storageFault } from './store';
import type { Reminder } from './reminders';

/** What a notice's buttons can do. */
export type NoticeAction = 'download-backup' | 'export' | 'reload' | 'dismiss';

/** One notice: its id, tone (warn: something is wrong; info: a suggestion), text and buttons. */
export interface Notice {
  id: string;
  tone: 'warn' | 'info';
  message: string;
  actions: NoticeAction[];
}

/** The export reminder due now, if any (set after a milestone such as a finished module). */
export const $reminder = atom<Reminder | null>(null);

const $dismissed = atom<ReadonlySet<string>>(new Set());

/** Hides a notice on this page. */
export function dismissNotice(id: string): void {
  $dismissed.set(new Set([...$dismissed.get(), id]));
}

/** Every notice to show now, most serious first. */
export const $notices = computed(
  [$progressProblem, $storageFault, $newerVersion, $reminder, $dismissed],
  (problem, fault, newer, reminder, dismissed): Notice[] => {
    const notices: Notice[] = [];
    if (newer !== null) {
      notices.push({
        id: 'newer-version',
        tone: 'warn',
        message:
          'Podnet was updated in another tab, and this page still runs the older version. Reload to carry on; changes made on this page are not saved.',
        actions: ['reload'],
      });
    }
    if (problem) {
      notices.push({
        id: 'unreadable',
        tone: 'warn',
        message: problem.backupKey
          ? `Some of your saved progress could not be read (${problem.reason}). Everything readable was kept, and the original was saved in this browser as a backup.`
          : `Some of your saved progress could not be read (${problem.reason}), and there was no room to keep a backup, so nothing will be saved until you download the original.`,
        actions: ['download-backup', 'dismiss'],
      });
    }
    if (fault === 'unavailable') {
      notices.push({
        id: 'storage-unavailable',
        tone: 'warn',
        message:
          'This browser is not letting Podnet save anything (private browsing, or site data is blocked). Everything works, but progress made now is gone when you close the tab: export it to keep a copy.',
        actions: ['export', 'dismiss'],
      });
    }
    if (fault === 'full') {
      notices.push({
        id: 'storage-full',
        tone: 'warn',
        message:
          "This browser's storage for Podnet is full, so new progress is not being saved. Export it now to keep a copy, then free space (delete old backups on the Progress page).",
        actions: ['export', 'dismiss'],
      });
    }
    if (reminder) {
      notices.push({
        id: `reminder-${reminder.milestone}`,
        tone: 'info',
        message: reminder.message,
        actions: ['export', 'dismiss'],
      });
    }
    return notices.filter((n) => !dismissed.has(n.id));
  },
);
