import { $progress, markExported, markReminderDone } from '~/progress/store';
import { $reminder } from '~/progress/notices';
import { buildExport, exportFileName } from '~/progress/export-file';
import { downloadText } from './download';

/** Downloads the learner's progress as a JSON file and remembers that it was exported. */
export function exportProgress(now = new Date()): void {
  downloadText(exportFileName(now), buildExport($progress.get(), __PODNET_VERSION__, now));
  markExported(now);
  const reminder = $reminder.get();
  if (reminder) {
    markReminderDone(reminder.milestone, now);
    $reminder.set(null);
  }
}
