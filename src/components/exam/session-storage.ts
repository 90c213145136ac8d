// Saving and reading an exam session in localStorage under `podnet:exam-session:<code>`. Reading
// never throws: missing data is "none", anything unreadable is "damaged" with a reason, so that
// the page can say so and offer to start again. Writing fails quietly (private mode, full storage).
import type { Answer } from '~/quiz';
import type { SessionState } from './session-state';

/** The localStorage key of a session. */
export function sessionKey(code: string): string {
  return `podnet:exam-session:${code}`;
}

/** What reading a saved session found. */
export type LoadedSession =
  { kind: 'none' } | { kind: 'ok'; state: SessionState } | { kind: 'damaged'; reason: string };

type Loose = Record<string, unknown>;

/** Reads saved text into a session for `code`, or says why it cannot. */
export function decodeSession(raw: string | null | undefined, code: string): LoadedSession {
  if (raw === null || raw === undefined) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return damaged('the saved session is not valid JSON');
  }
  if (!isObject(value)) return damaged('the saved session is not an object');
  const problem = sessionProblem(value, code);
  return problem ? damaged(problem) : { kind: 'ok', state: value as unknown as SessionState };
}

// The first thing wrong with a parsed session, or undefined when it is sound.
function sessionProblem(s: Loose, code: string): string | undefined {
  if (s['code'] !== code) return 'the saved session belongs to another code';
  if (s['mode'] !== 'exam' && s['mode'] !== 'practice') return 'the mode is missing';
  if (!isTime(s['startedAt']) || !isTime(s['shownAt'])) return 'the start time is damaged';
  if (!isCount(s['position'])) return 'the position is damaged';
  if (!isObject(s['answers']) || !Object.values(s['answers']).every((a) => isAnswer(a, 0)))
    return 'an answer is damaged';
  if (!isStringList(s['flags']) || !isStringList(s['checked'])) return 'the flags are damaged';
  if (!isObject(s['ms']) || !Object.values(s['ms']).every(isCount)) return 'the times are damaged';
  if (s['finishedAt'] !== null && !isTime(s['finishedAt'])) return 'the end time is damaged';
  if (typeof s['timedOut'] !== 'boolean' || typeof s['recorded'] !== 'boolean')
    return 'the session status is damaged';
  return undefined;
}

/** Whether a value is a well-formed answer of any kind (scenarios nest at most one level). */
export function isAnswer(value: unknown, depth: number): value is Answer {
  if (!isObject(value)) return false;
  switch (value['kind']) {
    case 'choice':
      return isStringList(value['selected']);
    case 'order':
      return isStringList(value['order']);
    case 'match':
      return (
        isObject(value['matches']) &&
        Object.values(value['matches']).every((t) => t === null || typeof t === 'string')
      );
    case 'text':
      return typeof value['text'] === 'string' && value['text'].length <= 500;
    case 'parts':
      return (
        depth === 0 &&
        isObject(value['parts']) &&
        Object.values(value['parts']).every((a) => isAnswer(a, depth + 1))
      );
    default:
      return false;
  }
}

/** Reads a saved session from the browser; never throws. */
export function loadSession(code: string): LoadedSession {
  try {
    return decodeSession(globalThis.localStorage.getItem(sessionKey(code)), code);
  } catch {
    return { kind: 'none' };
  }
}

/** Saves a session; returns false when the browser refused (private mode, storage full). */
export function saveSession(state: SessionState): boolean {
  try {
    globalThis.localStorage.setItem(sessionKey(state.code), JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** Removes a saved session (to start the paper again). */
export function removeSession(code: string): void {
  try {
    globalThis.localStorage.removeItem(sessionKey(code));
  } catch {
    // Nothing to remove when storage is unavailable.
  }
}

// A damaged session with its reason.
function damaged(reason: string): LoadedSession {
  return { kind: 'damaged', reason };
}

// Whether a value is a plain object (not an array or null).
function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Whether a value is an epoch time in milliseconds.
function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

// Whether a value is a whole number of zero or more.
function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

// Whether a value is a list of short strings.
function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= 500 &&
    value.every((s) => typeof s === 'string' && s.length <= 200)
  );
}
