// The progress document, schema version 2: one JSON document under `podnet:progress`.
// zod/mini, not astro/zod: this schema ships to the browser, and the mini build keeps it small.
//
// Every record entry carries `at`, the time it was last changed, so that two copies of the
// document (two tabs, or an imported file) merge item by item: the newer entry wins, and
// attempts, which never change once made, simply add up (see merge.ts).
import * as z from 'zod/mini';
import { MAX_ATTEMPT_MS, PROGRESS_VERSION } from './constants';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Exactly what Date.toISOString() writes, so that times compare correctly as strings.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A UTC time as `Date.toISOString()` writes it. */
export const isoTime = z.string().check(
  z.regex(ISO_TIME, 'expected a UTC time'),
  z.refine((s) => !Number.isNaN(Date.parse(s)), 'expected a real date'),
);

/** Ids of questions, quiz banks, challenges and milestones: lowercase words joined by hyphens. */
export const slugId = z.string().check(
  z.maxLength(120),
  z.regex(SLUG, 'expected a slug id'),
  // Plain-object property names that exist on every object would confuse record look-ups.
  z.refine((s) => s !== 'constructor' && s !== 'prototype', 'reserved word'),
);

/** A lesson id: `<module>/<lesson>`. */
export const lessonId = z
  .string()
  .check(
    z.maxLength(200),
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lesson id'),
  );

/** An attempt id: random letters and digits made by the browser that recorded it. */
export const attemptId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9-]{6,64}$/, 'expected an attempt id'));

/** A bookmark: a lesson, or a heading in it (`<lesson id>#<heading id>`). */
export const bookmarkId = z
  .string()
  .check(
    z.maxLength(300),
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9][a-z0-9-]{0,100})?$/,
      'expected a lesson id, optionally with #heading',
    ),
  );

/** Whether a lesson is complete; `completed: false` records an undo, so it can win a merge. */
export const LessonEntrySchema = z.object({ completed: z.boolean(), at: isoTime });

/** One answer to one question, in a lesson quiz, an exam or a review session. */
export const AttemptSchema = z.object({
  question: slugId,
  selected: z.array(z.string().check(z.regex(/^[a-z]$/))).check(z.maxLength(8)),
  correct: z.boolean(),
  /** How long the learner took, in milliseconds, when known. */
  ms: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_ATTEMPT_MS))),
  source: z.enum(['quiz', 'exam', 'review']),
  at: isoTime,
});

/** A time stamp alone: when a quiz was last restarted, or a reminder dismissed. */
export const StampSchema = z.object({ at: isoTime });

/** An on/off mark (a flagged question, a bookmark); `on: false` records its removal. */
export const MarkSchema = z.object({ on: z.boolean(), at: isoTime });

/** Spaced-review scheduling state of one question (FSRS card fields; the quiz engine fills it). */
export const ReviewSchema = z.object({
  due: isoTime,
  stability: z.number().check(z.minimum(0), z.maximum(1e6)),
  difficulty: z.number().check(z.minimum(0), z.maximum(10)),
  reps: z.number().check(z.int(), z.minimum(0), z.maximum(1e6)),
  lapses: z.number().check(z.int(), z.minimum(0), z.maximum(1e6)),
  state: z.enum(['learning', 'review', 'relearning']),
  at: isoTime,
});

/** One graded attempt at a simulator challenge. */
export const ChallengeRunSchema = z.object({ challenge: slugId, passed: z.boolean(), at: isoTime });

/** The learner's settings. */
export const SettingsSchema = z.object({
  theme: z.enum(['auto', 'light', 'dark']),
  instructorMode: z.boolean(),
  at: isoTime,
});

/**
 * The learner's latest reset: entries from `before` that time are gone for good, in every tab.
 * `at` is when that was decided, so that the latest decision wins a merge: a reset moves `before`
 * forward; restoring an export made before a reset moves it back (see transfer.ts).
 */
export const ResetSchema = z.object({ before: isoTime, at: isoTime });

/** The keyed sections of the document: each maps an id to an entry with `at`. */
export const SECTION_SCHEMAS = {
  lessons: { key: lessonId, entry: LessonEntrySchema, max: 5_000 },
  attempts: { key: attemptId, entry: AttemptSchema, max: 50_000 },
  quizResets: { key: slugId, entry: StampSchema, max: 5_000 },
  flags: { key: slugId, entry: MarkSchema, max: 20_000 },
  bookmarks: { key: bookmarkId, entry: MarkSchema, max: 5_000 },
  reviews: { key: slugId, entry: ReviewSchema, max: 20_000 },
  challenges: { key: attemptId, entry: ChallengeRunSchema, max: 20_000 },
  reminders: { key: slugId, entry: StampSchema, max: 1_000 },
} as const;

export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

/** The whole progress document, version 2. */
export const ProgressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  reset: ResetSchema,
  /** When the learner last exported their progress (for the gentle export reminders). */
  exportedAt: z.nullable(isoTime),
  settings: SettingsSchema,
  lessons: z.record(lessonId, LessonEntrySchema),
  attempts: z.record(attemptId, AttemptSchema),
  quizResets: z.record(slugId, StampSchema),
  flags: z.record(slugId, MarkSchema),
  bookmarks: z.record(bookmarkId, MarkSchema),
  reviews: z.record(slugId, ReviewSchema),
  challenges: z.record(attemptId, ChallengeRunSchema),
  reminders: z.record(slugId, StampSchema),
});

export type Progress = z.output<typeof ProgressSchema>;
export type LessonEntry = z.output<typeof LessonEntrySchema>;
export type Attempt = z.output<typeof AttemptSchema>;
export type Mark = z.output<typeof MarkSchema>;
export type Review = z.output<typeof ReviewSchema>;
export type ChallengeRun = z.output<typeof ChallengeRunSchema>;
export type Settings = z.output<typeof SettingsSchema>;
export type Reset = z.output<typeof ResetSchema>;
export type Theme = Settings['theme'];
/** An entry of any keyed section. */
export type SectionEntry = Progress[SectionName][string];
