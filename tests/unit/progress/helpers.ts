import { emptyProgress } from '~/progress/document';
import type { Progress } from '~/progress/schema';

/** A time on a fixed day, `minutes` after 10:00 UTC, as a Date. */
export function at(minutes: number): Date {
  return new Date(Date.UTC(2026, 10, 20, 10, minutes));
}

/** The ISO text of `at(minutes)`. */
export function iso(minutes: number): string {
  return at(minutes).toISOString();
}

/** An empty document with some sections filled in. */
export function docWith(parts: Partial<Progress>): Progress {
  return { ...emptyProgress(), ...parts };
}
