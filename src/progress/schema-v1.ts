// The shape of progress documents written by schema version 1 (Podnet 0.1), kept frozen so that
// the v1 → v2 migration and imports of old files can check them. Never change this file; add a
// new version instead. (Version 1 was written with zod/mini; the rules are the same here.)
import * as v from 'valibot';

const isoTime = v.pipe(v.string(), v.minLength(10), v.maxLength(40));

/** A finished lesson in version 1. */
export const LessonStateV1Schema = v.object({ completedAt: isoTime });

/** The learner's latest answer to one question in version 1. */
export const AnswerV1Schema = v.object({
  selected: v.pipe(v.array(v.pipe(v.string(), v.maxLength(8))), v.maxLength(8)),
  correct: v.boolean(),
  answeredAt: isoTime,
});

/** The whole progress document, version 1. */
export const ProgressV1Schema = v.object({
  version: v.literal(1),
  lessons: v.record(v.pipe(v.string(), v.maxLength(200)), LessonStateV1Schema),
  answers: v.record(v.pipe(v.string(), v.maxLength(200)), AnswerV1Schema),
});

export type ProgressV1 = v.InferOutput<typeof ProgressV1Schema>;
