// The learner's progress as nanostores: one persisted document, read-only outside this module,
// changed through named actions. Copies in other tabs are merged, never overwritten (merge.ts);
// unreadable or unsavable data is reported through the atoms below, never thrown.
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { MAX_BACKUPS, PROGRESS_BACKUP_PREFIX, PROGRESS_KEY } from './constants';
import { decodeProgress } from './decode';
import {
  emptyProgress,
  withAttempt,
  withChallengeRun,
  withDrillResult,
  withExported,
  withLessonComplete,
  withLessonIncomplete,
  withMark,
  withQuizRestart,
  withReminderDone,
  withReset,
  withSettings,
} from './document';
import { newId } from './ids';
import { holdsAll, mergeImport, mergeProgress } from './merge';
import type { Attempt, Progress, Settings } from './schema';
import { completedLessons } from './selectors';
import { createSafeStorage, type StorageFault } from './storage';

/** Why progress is not being saved right now, if it is not ('unavailable' or 'full'). */
export const $storageFault = atom<StorageFault>(null);

/** Set to the version found when another tab has saved progress in a newer format than this code. */
export const $newerVersion = atom<number | null>(null);

/** Saved progress that could not be read: why, the raw text, and the backup key it was kept under. */
export const $progressProblem = atom<{
  reason: string;
  raw: string;
  backupKey: string | null;
} | null>(null);

const storage = createSafeStorage(
  () => globalThis.localStorage,
  (fault) => {
    if ($storageFault.get() !== fault) $storageFault.set(fault);
  },
);
// In the browser the store saves through the fault-tolerant engine; tests set their own engine.
if (typeof window !== 'undefined') setPersistentEngine(storage.engine, windowPersistentEvents);

let ready = false;
let lastRaw: string | undefined;

/** The learner's progress, persisted in localStorage and shared live across tabs. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: encodeProgress,
  decode: decodeStored,
  listen: true,
});
ready = true;

/** Ids of the lessons the learner has completed. */
export const $completedLessons = computed($progress, completedLessons);

/** Marks a lesson complete. */
export function markLessonComplete(lessonId: string, now = new Date()): void {
  update((doc) => withLessonComplete(doc, lessonId, now));
}

/** Marks a lesson as not complete (undo). */
export function markLessonIncomplete(lessonId: string, now = new Date()): void {
  update((doc) => withLessonIncomplete(doc, lessonId, now));
}

/** Records one answer to a question (a quiz, exam or review attempt). */
export function recordAttempt(attempt: Omit<Attempt, 'at'>, now = new Date()): void {
  update((doc) => withAttempt(doc, newId(), attempt, now));
}

/** Restarts a lesson quiz: earlier answers stay in the history but are no longer shown. */
export function restartQuiz(bankId: string, now = new Date()): void {
  update((doc) => withQuizRestart(doc, bankId, now));
}

/** Flags a question for review, or removes the flag. */
export function setFlag(questionId: string, on: boolean, now = new Date()): void {
  update((doc) => withMark(doc, 'flags', questionId, on, now));
}

/** Bookmarks a lesson (or a heading in it: `lesson#heading`), or removes the bookmark. */
export function setBookmark(key: string, on: boolean, now = new Date()): void {
  update((doc) => withMark(doc, 'bookmarks', key, on, now));
}

/** Records one graded attempt at a simulator challenge. */
export function recordChallengeRun(challengeId: string, passed: boolean, now = new Date()): void {
  update((doc) => withChallengeRun(doc, newId(), challengeId, passed, now));
}

/** Records one checked drill question: its skill id, whether it was right, milliseconds taken. */
export function recordDrillResult(
  skill: string,
  correct: boolean,
  ms?: number,
  now = new Date(),
): void {
  const result = ms === undefined ? { skill, correct } : { skill, correct, ms };
  update((doc) => withDrillResult(doc, newId(), result, now));
}

/** Changes settings (theme, instructor mode). */
export function changeSettings(change: Partial<Omit<Settings, 'at'>>, now = new Date()): void {
  update((doc) => withSettings(doc, change, now));
}

/** Records that a milestone's export reminder was dismissed or acted on. */
export function markReminderDone(milestone: string, now = new Date()): void {
  update((doc) => withReminderDone(doc, milestone, now));
}

/** Records that the learner exported their progress. */
export function markExported(now = new Date()): void {
  update((doc) => withExported(doc, now));
}

/** Merges an imported copy of the progress into the learner's (see mergeImport). */
export function importProgress(other: Progress, now = new Date()): void {
  update((doc) => mergeImport(doc, other, now));
}

/** Erases all progress, in every tab; settings stay. */
export function resetProgress(now = new Date()): void {
  update((doc) => withReset(doc, now));
}

/** The keys of backups of unreadable progress kept in this browser, oldest first. */
export function listBackups(): string[] {
  return storage.keys(PROGRESS_BACKUP_PREFIX);
}

/** The text of a backup, if it is still there. */
export function readBackup(key: string): string | undefined {
  return key.startsWith(PROGRESS_BACKUP_PREFIX) ? storage.read(key) : undefined;
}

/** Deletes a backup the learner no longer needs. */
export function deleteBackup(key: string): void {
  if (key.startsWith(PROGRESS_BACKUP_PREFIX)) storage.remove(key);
  const problem = $progressProblem.get();
  if (problem?.backupKey === key) $progressProblem.set({ ...problem, backupKey: null });
}

/**
 * Applies a change on top of the freshest copy: the stored text is merged in first, in case
 * another tab wrote since this tab last heard from it. Exported for the action modules of
 * src/progress/ that load on demand (review-actions.ts), whose code must stay out of this file.
 */
export function update(change: (doc: Progress) => Progress): void {
  let base = $progress.get();
  const raw = storage.read(PROGRESS_KEY);
  if (typeof window !== 'undefined' && raw !== undefined && raw !== lastRaw) {
    const fresh = decodeProgress(raw);
    if (!fresh.problem && !fresh.newerVersion) base = mergeProgress(base, fresh.progress);
  }
  $progress.set(change(base));
}

// Writes the document as JSON and remembers the text, to spot changes made elsewhere.
function encodeProgress(doc: Progress): string {
  lastRaw = JSON.stringify(doc);
  return lastRaw;
}

// Reads stored text (at start, and whenever another tab writes): merges it with this tab's copy,
// keeps unreadable text as a backup, and refuses to overwrite a newer version's data.
function decodeStored(raw: string | undefined): Progress {
  lastRaw = raw;
  // The key was removed (site data cleared): start over rather than resurrect it from memory.
  if (raw === undefined || raw === null) return emptyProgress();
  const current = ready ? $progress.get() : undefined;
  const decoded = decodeProgress(raw);
  if (decoded.newerVersion !== undefined) {
    storage.setReadOnly(true);
    $newerVersion.set(decoded.newerVersion);
    return current ?? decoded.progress;
  }
  if (decoded.problem) setAside(raw, decoded.problem.reason);
  const merged = current ? mergeProgress(current, decoded.progress) : decoded.progress;
  // The stored text lacks what this tab knows, or was damaged (and is backed up): write the
  // merged copy back once the store has settled.
  if (decoded.problem || (current && !holdsAll(decoded.progress, current))) {
    queueMicrotask(() => $progress.set(mergeProgress($progress.get(), merged)));
  }
  return merged;
}

// Keeps unreadable text under a timestamped backup key and tells the learner. When even the
// backup cannot be written, this tab stops saving so that the original text is not overwritten.
function setAside(raw: string, reason: string): void {
  const existing = listBackups();
  let backupKey = existing.find((key) => storage.read(key) === raw) ?? null;
  if (!backupKey) {
    const key = `${PROGRESS_BACKUP_PREFIX}:${new Date().toISOString()}`;
    if (storage.write(key, raw)) {
      backupKey = key;
      for (const old of [...existing, key].slice(0, -MAX_BACKUPS)) storage.remove(old);
    } else {
      storage.setReadOnly(true);
    }
  }
  $progressProblem.set({ reason, raw, backupKey });
}
