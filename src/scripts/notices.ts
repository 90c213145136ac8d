import {
  $notices,
  $reminder,
  dismissNotice,
  type Notice,
  type NoticeAction,
} from '~/progress/notices';
import { $progressProblem, markReminderDone } from '~/progress/store';

const LABELS: Record<NoticeAction, string> = {
  'download-backup': 'Download the original',
  export: 'Export progress',
  reload: 'Reload',
  dismiss: 'Dismiss',
};

/** Shows the data notices (unreadable data, storage faults, reminders) in every page's notice area. */
export function bindNotices(): void {
  const area = document.querySelector<HTMLElement>('[data-notices]');
  if (!area) return;
  $notices.subscribe((notices) => render(area, notices));
}

// Replaces the notices shown; built with DOM nodes and textContent only (messages may quote data).
function render(area: HTMLElement, notices: readonly Notice[]): void {
  area.replaceChildren(...notices.map(noticeElement));
  area.hidden = notices.length === 0;
}

// One notice: its message and its buttons.
function noticeElement(notice: Notice): HTMLElement {
  const box = document.createElement('div');
  box.className = `notice notice-${notice.tone}`;
  box.dataset['notice'] = notice.id;
  box.setAttribute('role', notice.tone === 'warn' ? 'alert' : 'status');
  const text = document.createElement('p');
  text.textContent = notice.message;
  const actions = document.createElement('div');
  actions.className = 'notice-actions';
  for (const action of notice.actions) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = action === 'dismiss' ? 'button secondary' : 'button';
    button.textContent =
      notice.id.startsWith('reminder-') && action === 'dismiss' ? 'Not now' : LABELS[action];
    button.addEventListener('click', () => act(notice, action));
    actions.append(button);
  }
  box.append(text, actions);
  return box;
}

// Carries out a notice's button.
function act(notice: Notice, action: NoticeAction): void {
  if (action === 'reload') return location.reload();
  // The export code loads on the click that needs it, not with every page.
  if (action === 'export') return void import('./export-progress').then((m) => m.exportProgress());
  if (action === 'download-backup') {
    const raw = $progressProblem.get()?.raw ?? '';
    const name = `podnet-progress-unreadable-${new Date().toISOString().slice(0, 10)}.txt`;
    return void import('./download').then((m) => m.downloadText(name, raw, 'text/plain'));
  }
  const reminder = $reminder.get();
  if (reminder && notice.id === `reminder-${reminder.milestone}`) {
    markReminderDone(reminder.milestone);
    $reminder.set(null);
  }
  dismissNotice(notice.id);
}
