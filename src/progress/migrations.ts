// Migrations from every earlier schema version of the progress document to the next one. Each is
// lenient: it carries over what it can read and leaves the rest for `salvage` to count and drop.
import { NEVER, PROGRESS_VERSION } from './constants';

type Loose = Record<string, unknown>;

/** A migration takes a document of version n and returns the same data as version n + 1. */
export type Migration = (doc: Loose) => Loose;

/** The migration out of each earlier version, by that version's number. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: fromV1ToV2,
  2: fromV2ToV3,
  3: fromV3ToV4,
};

/** Brings a document of any earlier version up to the current one (PROGRESS_VERSION). */
export function migrateToCurrent(doc: Loose, version: number): Loose {
  let current = doc;
  for (let v = version; v < PROGRESS_VERSION; v += 1) {
    const migration = MIGRATIONS[v];
    if (!migration) throw new Error(`no migration from progress version ${v}`);
    current = migration(current);
  }
  return current;
}

/**
 * Version 1 kept lessons as `{ completedAt }` and only the latest answer per question. Version 2
 * stamps every entry with `at` (so copies merge per entry), keeps every answer as an attempt in a
 * log, and adds flags, bookmarks, review state, challenges, settings and reminders.
 */
function fromV1ToV2(doc: Loose): Loose {
  const lessons: Loose = {};
  for (const [id, entry] of entriesOf(doc['lessons'])) {
    const at = isoOrNull(field(entry, 'completedAt'));
    lessons[id] = at ? { completed: true, at } : entry;
  }
  const attempts: Loose = {};
  for (const [questionId, entry] of entriesOf(doc['answers'])) {
    // One v1 answer becomes one attempt; its id is derived, so migrating twice gives the same id.
    attempts[`v1-${questionId}`.slice(0, 64)] = {
      question: questionId,
      selected: field(entry, 'selected'),
      correct: field(entry, 'correct'),
      source: 'quiz',
      at: isoOrNull(field(entry, 'answeredAt')) ?? field(entry, 'answeredAt'),
    };
  }
  return {
    version: 2,
    reset: { before: NEVER, at: NEVER },
    exportedAt: null,
    settings: { theme: 'auto', instructorMode: false, at: NEVER },
    lessons,
    attempts,
    quizResets: {},
    flags: {},
    bookmarks: {},
    reviews: {},
    challenges: {},
    reminders: {},
  };
}

/** Version 3 adds `drills` (practice drill results) and `exams` (finished papers); nothing else changes. */
function fromV2ToV3(doc: Loose): Loose {
  return { ...doc, version: 3, drills: {}, exams: {} };
}

/**
 * Version 4 lets an attempt keep the whole answer of an ordering, matching, typed or scenario
 * question (`response`); v3 attempts, which hold option letters only, are valid as they are. The
 * version still changes, so that a tab running the previous release never overwrites (and so
 * strips) answers it cannot read.
 */
function fromV3ToV4(doc: Loose): Loose {
  return { ...doc, version: 4 };
}

// The entries of a record, or none when the value is not a plain object.
function entriesOf(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value);
}

// A field of an object, or undefined when the value is not an object.
function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Loose)[name] : undefined;
}

// Normalises a time string to toISOString form, or null when it is not a time.
function isoOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
