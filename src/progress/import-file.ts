// Import of a progress file (made by export-file.ts, or a bare document such as a backup).
// Import is strict: a file that is not entirely valid is refused with a message and changes
// nothing (unlike stored data, which is salvaged). Text from a file is only ever data: nothing
// here builds HTML.
import { EXPORT_FORMAT, MAX_IMPORT_BYTES, PROGRESS_VERSION } from './constants';
import { migrateToCurrent } from './migrations';
import { mergeImport } from './merge';
import * as v from 'valibot';
import { ProgressSchema, SECTION_NAMES, SECTION_SCHEMAS, type Progress } from './schema';
import { ProgressV1Schema } from './schema-v1';
import { ProgressV2Schema } from './schema-v2';

/** A file that passed every check, ready to merge, or the reason it was refused. */
export type ImportResult =
  | { ok: true; progress: Progress; appVersion: string | null; exportedAt: string | null }
  | { ok: false; error: string };

/** What merging an imported document would do, section by section. */
export interface ImportSummary {
  lessonsCompleted: number;
  lessonsUndone: number;
  attemptsAdded: number;
  marksChanged: number;
  reviewsChanged: number;
  challengesAdded: number;
  drillsAdded: number;
  settingsChanged: boolean;
  /** Set when the file records a reset newer than the learner's: entries before it are removed. */
  resetAt: string | null;
  removed: number;
  /** Whether merging would change nothing at all. */
  unchanged: boolean;
}

// Checks for the document shape of each version a file may be in.
const SCHEMAS_BY_VERSION: Record<number, v.GenericSchema> = {
  1: ProgressV1Schema,
  2: ProgressV2Schema,
};

// Keys that could reach an object's prototype if a file's data were ever copied carelessly.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an import file (its text and its size in bytes). Accepts an export file or a bare progress
 * document (such as a downloaded backup) of any known version; refuses anything else with a
 * message that says what is wrong.
 */
export function parseImport(text: string, bytes: number, now: Date): ImportResult {
  if (bytes > MAX_IMPORT_BYTES) {
    return refuse(
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; a progress file is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Is it the right file?`,
    );
  }
  if (text.trim() === '') return refuse('The file is empty.');
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isObject(value)) return refuse(NOT_PROGRESS);
  const wrapped = value['format'] !== undefined;
  if (wrapped && value['format'] !== EXPORT_FORMAT) return refuse(NOT_PROGRESS);
  const doc = wrapped ? value['progress'] : value;
  if (!isObject(doc) || !Number.isInteger(doc['version'])) return refuse(NOT_PROGRESS);
  const version = doc['version'] as number;
  if (version > PROGRESS_VERSION) {
    return refuse(
      `The file was made by a newer version of Podnet (progress format ${version}; this one reads up to ${PROGRESS_VERSION}). Reload Podnet to update it, then import again.`,
    );
  }
  const older = SCHEMAS_BY_VERSION[version];
  if (version < PROGRESS_VERSION && (!older || !v.is(older, doc))) {
    return refuse(`The file's progress (format ${version}) is damaged or incomplete.`);
  }
  const current = version < PROGRESS_VERSION ? migrateToCurrent(doc, version) : doc;
  const result = v.safeParse(ProgressSchema, current);
  if (!result.success)
    return refuse(`The file's progress is not valid: ${describeIssues(result.issues)}.`);
  const problem = sizeProblem(result.output) ?? futureProblem(result.output, now);
  if (problem) return refuse(problem);
  return {
    ok: true,
    progress: result.output,
    appVersion: typeof value['appVersion'] === 'string' ? value['appVersion'].slice(0, 40) : null,
    exportedAt: typeof value['exportedAt'] === 'string' ? value['exportedAt'].slice(0, 40) : null,
  };
}

/** What merging `incoming` into `current` would add, change and remove. */
export function summarizeImport(current: Progress, incoming: Progress, now: Date): ImportSummary {
  const merged = mergeImport(current, incoming, now);
  const diff = (section: (typeof SECTION_NAMES)[number]) =>
    diffSection(current[section], merged[section]);
  const lessons = Object.entries(merged.lessons).filter(
    ([id, entry]) => current.lessons[id]?.at !== entry.at,
  );
  const marks = diff('flags').changed + diff('bookmarks').changed;
  const summary: ImportSummary = {
    lessonsCompleted: lessons.filter(([, e]) => e.completed).length,
    lessonsUndone: lessons.filter(([id, e]) => !e.completed && current.lessons[id]?.completed)
      .length,
    attemptsAdded: diff('attempts').changed,
    marksChanged: marks,
    reviewsChanged: diff('reviews').changed,
    challengesAdded: diff('challenges').changed,
    drillsAdded: diff('drills').changed,
    settingsChanged: merged.settings !== current.settings,
    resetAt: merged.reset.before > current.reset.before ? merged.reset.before : null,
    removed: SECTION_NAMES.reduce((n, s) => n + diffSection(current[s], merged[s]).removed, 0),
    unchanged: false,
  };
  summary.unchanged =
    SECTION_NAMES.every((s) => diffSection(current[s], merged[s]).changed === 0) &&
    !summary.settingsChanged &&
    summary.resetAt === null;
  return summary;
}

const NOT_PROGRESS =
  'This is not a Podnet progress file. Choose a file made with "Export progress" (podnet-progress-….json).';

// Parses JSON, refusing keys that could pollute prototypes and nesting too deep to walk.
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  let forbidden: string | null = null;
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return v;
    });
    if (forbidden) return refuse(`The file contains a key that is not allowed ("${forbidden}").`);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof RangeError)
      return refuse('The file is nested too deeply to be a progress file.');
    return refuse('The file is not valid JSON, so it cannot be a Podnet progress file.');
  }
}

// A learner-readable list of the first few schema problems, with where they are.
function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => {
    // Names from the file are shown only when they look like ids; anything else is not echoed.
    const where = (issue.path ?? [])
      .map((item) => String(item.key))
      .map((key) => (/^[\w/#-]{1,80}$/.test(key) ? key : '(a name that is not valid)'))
      .join('.');
    return `${where || 'the document'}: ${issue.message}`;
  });
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

// A section holding more entries than the app ever writes means the file was not made by it.
function sizeProblem(doc: Progress): string | null {
  for (const section of SECTION_NAMES) {
    const count = Object.keys(doc[section]).length;
    if (count > SECTION_SCHEMAS[section].max) {
      return `The file has ${count} entries in "${section}", more than Podnet ever records (${SECTION_SCHEMAS[section].max}).`;
    }
  }
  return null;
}

// Times in the future would win every merge; a file with them was edited or made on a wrong clock.
function futureProblem(doc: Progress, now: Date): string | null {
  const limit = new Date(now.getTime() + 24 * 3600 * 1000).toISOString();
  const times = [
    doc.reset.before,
    doc.reset.at,
    doc.settings.at,
    ...(doc.exportedAt ? [doc.exportedAt] : []),
  ];
  for (const section of SECTION_NAMES) {
    for (const entry of Object.values(doc[section])) times.push(entry.at);
  }
  const future = times.find((t) => t > limit);
  return future
    ? `The file has a date in the future (${future.slice(0, 10)}), so it was edited or made on a wrong clock.`
    : null;
}

// How many entries a merge added or changed in a section, and how many it removed.
function diffSection(
  before: Record<string, { at: string }>,
  after: Record<string, { at: string }>,
): { changed: number; removed: number } {
  let changed = 0;
  for (const [key, entry] of Object.entries(after)) if (before[key]?.at !== entry.at) changed += 1;
  let removed = 0;
  for (const key of Object.keys(before)) if (!(key in after)) removed += 1;
  return { changed, removed };
}

// A refusal with its message.
function refuse(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

// Whether a parsed JSON value is an object (not an array or null).
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
