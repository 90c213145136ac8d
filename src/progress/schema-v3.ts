// The progress document as version 3 wrote it, for the migration tests. Version 4 only added an
// attempt's optional `response`, so v3 is the current shape without it. This derives from schema.ts
// while version 4 is current; the version that next changes the shape must first copy the rules
// here, as schema-v2.ts does, so that version 3 stays frozen.
import * as v from 'valibot';
import { AttemptSchema, attemptId, ProgressSchema } from './schema';

/** An attempt of version 3: option letters only. */
export const AttemptV3Schema = v.omit(AttemptSchema, ['response']);

/** The whole progress document, version 3. */
export const ProgressV3Schema = v.object({
  ...ProgressSchema.entries,
  version: v.literal(3),
  attempts: v.record(attemptId, AttemptV3Schema),
});
