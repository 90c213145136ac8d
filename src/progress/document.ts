// Pure changes to the progress document. Each takes the document and returns a new one; time is
// an argument so that tests are deterministic. The store (store.ts) applies them.
import { MAX_ATTEMPT_MS, NEVER, PROGRESS_VERSION } from './constants';
import type { Attempt, Mark, Progress, Settings } from './schema';

/** A fresh document for a learner who has done nothing yet. */
export function emptyProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    reset: { before: NEVER, at: NEVER },
    exportedAt: null,
    settings: { theme: 'auto', instructorMode: false, at: NEVER },
    lessons: {},
    attempts: {},
    quizResets: {},
    flags: {},
    bookmarks: {},
    reviews: {},
    challenges: {},
    reminders: {},
  };
}

/** Marks a lesson complete (a second call keeps the first completion time). */
export function withLessonComplete(doc: Progress, lessonId: string, at: Date): Progress {
  if (doc.lessons[lessonId]?.completed) return doc;
  return { ...doc, lessons: { ...doc.lessons, [lessonId]: { completed: true, at: iso(at) } } };
}

/** Marks a lesson as not complete; the undo is recorded so that it wins over older copies. */
export function withLessonIncomplete(doc: Progress, lessonId: string, at: Date): Progress {
  if (!doc.lessons[lessonId]?.completed) return doc;
  return { ...doc, lessons: { ...doc.lessons, [lessonId]: { completed: false, at: iso(at) } } };
}

/** Adds one answer to the attempt log under a new unique id. */
export function withAttempt(
  doc: Progress,
  attemptId: string,
  attempt: Omit<Attempt, 'at'>,
  at: Date,
): Progress {
  const entry: Attempt = { ...attempt, selected: [...attempt.selected].sort(), at: iso(at) };
  // A page left open for days must not record a time the schema would later reject.
  if (entry.ms !== undefined)
    entry.ms = Math.min(Math.max(Math.round(entry.ms), 0), MAX_ATTEMPT_MS);
  return { ...doc, attempts: { ...doc.attempts, [attemptId]: entry } };
}

/** Restarts a lesson quiz: its earlier answers stay in the history but no longer show as given. */
export function withQuizRestart(doc: Progress, bankId: string, at: Date): Progress {
  return { ...doc, quizResets: { ...doc.quizResets, [bankId]: { at: iso(at) } } };
}

/** Sets or clears a flag on a question, or a bookmark on a lesson or heading. */
export function withMark(
  doc: Progress,
  section: 'flags' | 'bookmarks',
  key: string,
  on: boolean,
  at: Date,
): Progress {
  const mark: Mark = { on, at: iso(at) };
  return { ...doc, [section]: { ...doc[section], [key]: mark } };
}

/** Records one graded attempt at a simulator challenge. */
export function withChallengeRun(
  doc: Progress,
  runId: string,
  challenge: string,
  passed: boolean,
  at: Date,
): Progress {
  return {
    ...doc,
    challenges: { ...doc.challenges, [runId]: { challenge, passed, at: iso(at) } },
  };
}

/** Changes settings (theme, instructor mode). */
export function withSettings(
  doc: Progress,
  change: Partial<Omit<Settings, 'at'>>,
  at: Date,
): Progress {
  return { ...doc, settings: { ...doc.settings, ...change, at: iso(at) } };
}

/** Records that the learner saw and dismissed (or acted on) a milestone's export reminder. */
export function withReminderDone(doc: Progress, milestone: string, at: Date): Progress {
  return { ...doc, reminders: { ...doc.reminders, [milestone]: { at: iso(at) } } };
}

/** Records that the learner exported their progress. */
export function withExported(doc: Progress, at: Date): Progress {
  return { ...doc, exportedAt: iso(at) };
}

/** Starts over: everything learned is dropped for good (in every tab); settings stay. */
export function withReset(doc: Progress, at: Date): Progress {
  return {
    ...emptyProgress(),
    reset: { before: iso(at), at: iso(at) },
    exportedAt: doc.exportedAt,
    settings: doc.settings,
  };
}

// Times are stored exactly as toISOString writes them, so they compare correctly as strings.
function iso(at: Date): string {
  return at.toISOString();
}
