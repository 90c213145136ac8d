// The progress document, schema version 4: one JSON document under `podnet:progress`.
// valibot, not zod: this schema ships to every page, and valibot's modular build is about 2.5 KB
// gzipped where zod/mini is 7.5 KB (content schemas, used only at build time, stay on astro/zod).
//
// Every record entry carries `at`, the time it was last changed, so that two copies of the
// document (two tabs, or an imported file) merge item by item: the newer entry wins, and
// attempts, which never change once made, simply add up (see merge.ts).
import * as v from 'valibot';
import { MAX_ATTEMPT_MS, PROGRESS_VERSION } from './constants';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Exactly what Date.toISOString() writes, so that times compare correctly as strings.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A UTC time as `Date.toISOString()` writes it. */
export const isoTime = v.pipe(
  v.string(),
  v.regex(ISO_TIME, 'expected a UTC time'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a real date'),
);

/** Ids of questions, quiz banks, challenges and milestones: lowercase words joined by hyphens. */
export const slugId = v.pipe(
  v.string(),
  v.maxLength(120),
  v.regex(SLUG, 'expected a slug id'),
  // Plain-object property names that exist on every object would confuse record look-ups.
  v.check((s) => s !== 'constructor' && s !== 'prototype', 'reserved word'),
);

/** A lesson id: `<module>/<lesson>`. */
export const lessonId = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lesson id'),
);

/** An attempt id: random letters and digits made by the browser that recorded it. */
export const attemptId = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9-]{6,64}$/, 'expected an attempt id'),
);

/** A bookmark: a lesson, or a heading in it (`<lesson id>#<heading id>`). */
export const bookmarkId = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9][a-z0-9-]{0,100})?$/,
    'expected a lesson id, optionally with #heading',
  ),
);

/** Whether a lesson is complete; `completed: false` records an undo, so it can win a merge. */
export const LessonEntrySchema = v.object({ completed: v.boolean(), at: isoTime });

const letter = v.pipe(v.string(), v.regex(/^[a-z]$/));

/** The answer to a stand-alone question or a scenario's part, beyond option letters. */
type PartResponse =
  | { kind: 'choice'; selected: string[] }
  | { kind: 'order'; order: string[] }
  | { kind: 'match'; matches: Record<string, string | null> }
  | { kind: 'text'; text: string };

/**
 * A learner's answer as the quiz engine shapes it (src/quiz/types.ts `Answer`), kept for the kinds
 * whose answer is more than option letters: an order, matches, typed text, a scenario's parts.
 */
export type Response = PartResponse | { kind: 'parts'; parts: Record<string, PartResponse> };

// Hand-written rather than valibot variants, to stay small: this schema ships to every page.
const ITEM_ID = /^[a-z0-9-]{1,40}$/;
const isId = (x: unknown) => typeof x == 'string' && ITEM_ID.test(x);
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x == 'object' && x !== null && !Array.isArray(x);
// A list (`keys` false) or record (`keys` true) of at most `max` entries whose values pass `ok`.
const isSmall = (x: unknown, max: number, ok: (value: unknown) => boolean, keys = false) => {
  if (keys ? !isObject(x) : !Array.isArray(x)) return false;
  const entries = Object.entries(x as object);
  return (
    entries.length <= max &&
    entries.every(([id, value]) => (!keys || ITEM_ID.test(id)) && ok(value))
  );
};

// One of the part shapes of `Response`, within size limits.
const isPartResponse = (x: unknown): boolean =>
  isObject(x) &&
  (x['kind'] == 'choice'
    ? isSmall(x['selected'], 8, isId)
    : x['kind'] == 'order'
      ? isSmall(x['order'], 10, isId)
      : x['kind'] == 'match'
        ? isSmall(x['matches'], 10, (t) => t === null || isId(t), true)
        : x['kind'] == 'text' && typeof x['text'] == 'string' && x['text'].length <= 200);

/** Checks a stored answer: one of the shapes of `Response`, within size limits. */
export const ResponseSchema = v.custom<Response>(
  (x) =>
    isPartResponse(x) ||
    (isObject(x) && x['kind'] == 'parts' && isSmall(x['parts'], 6, isPartResponse, true)),
  'expected an answer',
);

/**
 * One answer to one question, in a lesson quiz, an exam or a review session. `selected` holds the
 * chosen option letters (empty for the other kinds); `response` the whole answer of an ordering,
 * matching, typed or scenario question (version 4).
 */
export const AttemptSchema = v.object({
  question: slugId,
  selected: v.pipe(v.array(letter), v.maxLength(8)),
  response: v.optional(ResponseSchema),
  correct: v.boolean(),
  /** How long the learner took, in milliseconds, when known. */
  ms: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ATTEMPT_MS))),
  source: v.picklist(['quiz', 'exam', 'review']),
  at: isoTime,
});

/** A time stamp alone: when a quiz was last restarted, or a reminder dismissed. */
export const StampSchema = v.object({ at: isoTime });

/** An on/off mark (a flagged question, a bookmark); `on: false` records its removal. */
export const MarkSchema = v.object({ on: v.boolean(), at: isoTime });

// A finite number within bounds (integers where `integer` is set).
const bounded = (max: number, integer = false) =>
  integer
    ? v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
    : v.pipe(v.number(), v.minValue(0), v.maxValue(max));

/** Spaced-review scheduling state of one question (FSRS card fields; the quiz engine fills it). */
export const ReviewSchema = v.object({
  due: isoTime,
  stability: bounded(1e6),
  difficulty: bounded(10),
  reps: bounded(1e6, true),
  lapses: bounded(1e6, true),
  state: v.picklist(['learning', 'review', 'relearning']),
  at: isoTime,
});

/** One graded attempt at a simulator challenge. */
export const ChallengeRunSchema = v.object({ challenge: slugId, passed: v.boolean(), at: isoTime });

/**
 * One checked question of a practice drill (subnetting, IPv6). `skill` is a drill skill id
 * (`analyze`, `ipv6-compress` …), kept as a plain slug so results of skills added later survive.
 */
export const DrillResultSchema = v.object({
  skill: slugId,
  correct: v.boolean(),
  /** How long the learner took, in milliseconds, when known. */
  ms: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ATTEMPT_MS))),
  at: isoTime,
});

/**
 * One finished exam or practice paper (src/progress/exam-runs.ts): the paper (`saa-c03`,
 * `ccna-v1.1` …), its exam code, how it went overall and per domain. Never changes once recorded.
 */
export const ExamRunSchema = v.object({
  exam: v.pipe(v.string(), v.maxLength(60)),
  code: v.pipe(v.string(), v.maxLength(40)),
  mode: v.picklist(['exam', 'practice']),
  questions: bounded(1000, true),
  answered: bounded(1000, true),
  correct: bounded(1000, true),
  points: bounded(1000, true),
  maxPoints: bounded(1000, true),
  /** Podnet's SAA-C03 practice estimate (100–1000), SAA papers only. */
  scaled: v.optional(bounded(1000, true)),
  ms: bounded(MAX_ATTEMPT_MS, true),
  timedOut: v.boolean(),
  domains: v.pipe(
    v.array(v.object({ id: slugId, points: bounded(1000, true), maxPoints: bounded(1000, true) })),
    v.maxLength(20),
  ),
  at: isoTime,
});

/** The learner's settings. */
export const SettingsSchema = v.object({
  theme: v.picklist(['auto', 'light', 'dark']),
  instructorMode: v.boolean(),
  at: isoTime,
});

/**
 * The learner's latest reset: entries from `before` that time are gone for good, in every tab.
 * `at` is when that was decided, so that the latest decision wins a merge: a reset moves `before`
 * forward; restoring an export made before a reset moves it back (see merge.ts, mergeImport).
 */
export const ResetSchema = v.object({ before: isoTime, at: isoTime });

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
  drills: { key: attemptId, entry: DrillResultSchema, max: 50_000 },
  exams: { key: attemptId, entry: ExamRunSchema, max: 5_000 },
} as const;

export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

/** The whole progress document, version 4. */
export const ProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  reset: ResetSchema,
  /** When the learner last exported their progress (for the gentle export reminders). */
  exportedAt: v.nullable(isoTime),
  settings: SettingsSchema,
  lessons: v.record(lessonId, LessonEntrySchema),
  attempts: v.record(attemptId, AttemptSchema),
  quizResets: v.record(slugId, StampSchema),
  flags: v.record(slugId, MarkSchema),
  bookmarks: v.record(bookmarkId, MarkSchema),
  reviews: v.record(slugId, ReviewSchema),
  challenges: v.record(attemptId, ChallengeRunSchema),
  reminders: v.record(slugId, StampSchema),
  /** Drill results, by attempt id; like attempts they never change and add up in a merge. */
  drills: v.record(attemptId, DrillResultSchema),
  /** Finished exam papers (exam-runs.ts), by run id; they never change and add up in a merge. */
  exams: v.optional(v.record(attemptId, ExamRunSchema), () => ({})),
});

/** Whether a value matches a schema (a type guard). */
export function matches<S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): value is v.InferOutput<S> {
  return v.is(schema, value);
}

export type Progress = v.InferOutput<typeof ProgressSchema>;
export type LessonEntry = v.InferOutput<typeof LessonEntrySchema>;
export type Attempt = v.InferOutput<typeof AttemptSchema>;
export type Mark = v.InferOutput<typeof MarkSchema>;
export type Review = v.InferOutput<typeof ReviewSchema>;
export type ChallengeRun = v.InferOutput<typeof ChallengeRunSchema>;
export type DrillResult = v.InferOutput<typeof DrillResultSchema>;
export type ExamRun = v.InferOutput<typeof ExamRunSchema>;
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type Reset = v.InferOutput<typeof ResetSchema>;
export type Theme = Settings['theme'];
/** An entry of any keyed section. */
export type SectionEntry = Progress[SectionName][string];
