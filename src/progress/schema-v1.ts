// The shape of progress documents written by schema version 1 (Podnet 0.1), kept frozen so that
// the v1 → v2 migration can read them. Never change this file; add a new version instead.
import * as z from 'zod/mini';

const isoTime = z.string().check(z.minLength(10), z.maxLength(40));

/** A finished lesson in version 1. */
export const LessonStateV1Schema = z.object({ completedAt: isoTime });

/** The learner's latest answer to one question in version 1. */
export const AnswerV1Schema = z.object({
  selected: z.array(z.string().check(z.maxLength(8))).check(z.maxLength(8)),
  correct: z.boolean(),
  answeredAt: isoTime,
});

/** The whole progress document, version 1. */
export const ProgressV1Schema = z.object({
  version: z.literal(1),
  lessons: z.record(z.string().check(z.maxLength(200)), LessonStateV1Schema),
  answers: z.record(z.string().check(z.maxLength(200)), AnswerV1Schema),
});

export type ProgressV1 = z.output<typeof ProgressV1Schema>;
