import {
  $completedLessons,
  $progress,
  markLessonComplete,
  markLessonIncomplete,
} from '~/progress/store';
import { $reminder } from '~/progress/notices';
import { passedChallenges } from '~/progress/selectors';
import { moduleReminder } from '~/progress/reminders';
import { requestPersistence } from '~/progress/durability';
import { setData, setHidden, setText } from './dom';

/** Shows completion on every page (ticks, module counts, the mark-complete control) and keeps it live. */
export function bindProgressMarks(): void {
  $completedLessons.subscribe((completed) => {
    renderTicks(completed);
    renderModuleCounts(completed);
    renderToggles(completed);
  });
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-complete-toggle]')) {
    bindToggle(toggle);
  }
  if (document.querySelector('[data-challenge-mark]')) $progress.subscribe(renderChallengeMarks);
}

// A tick next to each challenge the learner has passed, with text for screen readers.
function renderChallengeMarks(doc: Parameters<typeof passedChallenges>[0]): void {
  const passed = passedChallenges(doc);
  for (const mark of document.querySelectorAll<HTMLElement>('[data-challenge-mark]')) {
    const done = passed.has(mark.dataset['challengeMark'] ?? '');
    setData(mark, 'passed', String(done));
    const label = mark.querySelector('.challenge-mark-text');
    if (label) setText(label, done ? 'passed' : 'not yet passed');
  }
}

// A tick next to each completed lesson, with text for screen readers.
function renderTicks(completed: Set<string>): void {
  for (const mark of document.querySelectorAll<HTMLElement>('[data-lesson-mark]')) {
    const done = completed.has(mark.dataset['lessonMark'] ?? '');
    setData(mark, 'complete', String(done));
    const label = mark.querySelector('.sr-only');
    if (label) setText(label, done ? '(completed)' : '');
  }
}

// "n of m lessons complete" for each module.
function renderModuleCounts(completed: Set<string>): void {
  for (const counter of document.querySelectorAll<HTMLElement>('[data-module-progress]')) {
    const ids = (counter.dataset['moduleProgress'] ?? '').split(',').filter(Boolean);
    const done = ids.filter((id) => completed.has(id)).length;
    setText(
      counter,
      `${done} of ${ids.length} ${ids.length === 1 ? 'lesson' : 'lessons'} complete`,
    );
    const meter = counter.parentElement?.querySelector<HTMLProgressElement>('progress');
    if (meter && (meter.max !== ids.length || meter.value !== done)) {
      meter.max = ids.length;
      meter.value = done;
    }
  }
}

// The mark-complete control shows either the button or the completed state with undo.
function renderToggles(completed: Set<string>): void {
  for (const toggle of document.querySelectorAll<HTMLElement>('[data-complete-toggle]')) {
    const done = completed.has(toggle.dataset['lessonId'] ?? '');
    setHidden(toggle, false);
    setData(toggle, 'complete', String(done));
    const todo = toggle.querySelector<HTMLElement>('[data-state="todo"]');
    const finished = toggle.querySelector<HTMLElement>('[data-state="done"]');
    if (todo) setHidden(todo, done);
    if (finished) setHidden(finished, !done);
  }
}

// Clicking marks the lesson complete (or undoes it) and keeps keyboard focus on the control.
function bindToggle(toggle: HTMLElement): void {
  const lessonId = toggle.dataset['lessonId'] ?? '';
  toggle.querySelector('[data-action="complete"]')?.addEventListener('click', () => {
    markLessonComplete(lessonId);
    toggle.querySelector<HTMLButtonElement>('[data-action="undo"]')?.focus();
    remindIfModuleFinished(toggle);
    // Finishing a lesson is when keeping the data starts to matter: ask the browser to keep it
    // (Chromium decides silently, Firefox asks; the progress page shows the answer).
    void requestPersistence(navigator.storage);
  });
  toggle.querySelector('[data-action="undo"]')?.addEventListener('click', () => {
    markLessonIncomplete(lessonId);
    toggle.querySelector<HTMLButtonElement>('[data-action="complete"]')?.focus();
  });
}

// Finishing the last lesson of a module is a milestone: suggest exporting a copy of the progress.
function remindIfModuleFinished(toggle: HTMLElement): void {
  const reminder = moduleReminder($progress.get(), {
    id: toggle.dataset['moduleId'] ?? '',
    title: toggle.dataset['moduleTitle'] ?? '',
    lessonIds: (toggle.dataset['moduleLessons'] ?? '').split(',').filter(Boolean),
  });
  if (reminder) $reminder.set(reminder);
}
