// Pure changes to the progress document. Each takes the document and returns a new one; time is
// an argument so that tests are deterministic. The store (store.ts) applies them.
import { MAX_ATTEMPT_MS, NEVER, PROGRESS_VERSION } from './constants';
import type { Attempt, DrillResult, Mark, Progress, Settings } from './schema';

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
    drills: {},
    exams: {},
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
  if (entry.ms !== undefined) entry.ms = clampMs(entry.ms);
  return { ...doc, attempts: { ...doc.attempts, [attemptId]: entry } };
}

/** Adds one checked drill question (its skill, whether it was right, time taken) under a new id. */
export function withDrillResult(
  doc: Progress,
  resultId: string,
  result: Omit<DrillResult, 'at'>,
  at: Date,
): Progress {
  const entry: DrillResult = { skill: result.skill, correct: result.correct, at: iso(at) };
  if (result.ms !== undefined && Number.isFinite(result.ms)) entry.ms = clampMs(result.ms);
  return { ...doc, drills: { ...doc.drills, [resultId]: entry } };
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

// A time taken as a whole number of milliseconds the schema accepts: a page left open for days
// must not record a time the schema would later reject.
function clampMs(ms: number): number {
  return Math.min(Math.max(Math.round(ms), 0), MAX_ATTEMPT_MS);
}

// Times are stored exactly as toISOString writes them, so they compare correctly as strings.
function iso(at: Date): string {
  return at.toISOString();
}
