// The shape of progress documents written by schema version 2 (Podnet 0.2), kept frozen so that
// the v2 → v3 migration and imports of old files can check them. Never change this file; add a
// new version instead. It copies its rules rather than importing schema.ts, which moves on.
import * as v from 'valibot';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MAX_ATTEMPT_MS = 86_400_000;

const isoTime = v.pipe(
  v.string(),
  v.regex(ISO_TIME, 'expected a UTC time'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'expected a real date'),
);
const slugId = v.pipe(
  v.string(),
  v.maxLength(120),
  v.regex(SLUG, 'expected a slug id'),
  v.check((s) => s !== 'constructor' && s !== 'prototype', 'reserved word'),
);
const lessonId = v.pipe(
  v.string(),
  v.maxLength(200),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lesson id'),
);
const attemptId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{6,64}$/, 'expected an attempt id'));
const bookmarkId = v.pipe(
  v.string(),
  v.maxLength(300),
  v.regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9][a-z0-9-]{0,100})?$/,
    'expected a lesson id, optionally with #heading',
  ),
);
const bounded = (max: number, integer = false) =>
  integer
    ? v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(max))
    : v.pipe(v.number(), v.minValue(0), v.maxValue(max));

const StampV2 = v.object({ at: isoTime });
const MarkV2 = v.object({ on: v.boolean(), at: isoTime });

/** One answer to one question in version 2. */
export const AttemptV2Schema = v.object({
  question: slugId,
  selected: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[a-z]$/))), v.maxLength(8)),
  correct: v.boolean(),
  ms: v.optional(bounded(MAX_ATTEMPT_MS, true)),
  source: v.picklist(['quiz', 'exam', 'review']),
  at: isoTime,
});

/** Spaced-review state of one question in version 2. */
export const ReviewV2Schema = v.object({
  due: isoTime,
  stability: bounded(1e6),
  difficulty: bounded(10),
  reps: bounded(1e6, true),
  lapses: bounded(1e6, true),
  state: v.picklist(['learning', 'review', 'relearning']),
  at: isoTime,
});

/** The whole progress document, version 2. */
export const ProgressV2Schema = v.object({
  version: v.literal(2),
  reset: v.object({ before: isoTime, at: isoTime }),
  exportedAt: v.nullable(isoTime),
  settings: v.object({
    theme: v.picklist(['auto', 'light', 'dark']),
    instructorMode: v.boolean(),
    at: isoTime,
  }),
  lessons: v.record(lessonId, v.object({ completed: v.boolean(), at: isoTime })),
  attempts: v.record(attemptId, AttemptV2Schema),
  quizResets: v.record(slugId, StampV2),
  flags: v.record(slugId, MarkV2),
  bookmarks: v.record(bookmarkId, MarkV2),
  reviews: v.record(slugId, ReviewV2Schema),
  challenges: v.record(
    attemptId,
    v.object({ challenge: slugId, passed: v.boolean(), at: isoTime }),
  ),
  reminders: v.record(slugId, StampV2),
});

export type ProgressV2 = v.InferOutput<typeof ProgressV2Schema>;
