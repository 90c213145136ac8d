// Reading stored progress text into a valid document without ever throwing: unreadable parts are
// reported (the store keeps the raw text as a backup and tells the learner), readable parts kept.
import { PROGRESS_VERSION } from './constants';
import { emptyProgress } from './document';
import { migrateToCurrent } from './migrations';
import * as v from 'valibot';
import {
  ResetSchema,
  SECTION_NAMES,
  SECTION_SCHEMAS,
  SettingsSchema,
  isoTime,
  matches,
  type Progress,
} from './schema';

/** The result of reading stored text. */
export interface DecodedProgress {
  /** The document to use: everything that could be read. */
  progress: Progress;
  /** Set when some or all of the text could not be read: why, and how many entries were dropped. */
  problem?: { reason: string; dropped: number };
  /** Set when the text was written by a newer version of Podnet, which this code must not overwrite. */
  newerVersion?: number;
}

/** Reads stored text into a valid document, migrating older versions and keeping what is valid. */
export function decodeProgress(raw: string | null | undefined): DecodedProgress {
  if (raw === null || raw === undefined || raw === '') return { progress: emptyProgress() };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable('the saved progress is not valid JSON');
  }
  if (!isPlainObject(parsed) || !Number.isInteger(parsed['version'])) {
    return unreadable('the saved progress is not a Podnet progress document');
  }
  const version = parsed['version'] as number;
  if (version > PROGRESS_VERSION) return { progress: emptyProgress(), newerVersion: version };
  if (version < 1) return unreadable(`the saved progress has an unknown version (${version})`);
  const { progress, dropped } = salvage(migrateToCurrent(parsed, version));
  if (dropped === 0) return { progress };
  return {
    progress,
    problem: {
      reason: `${dropped} saved ${dropped === 1 ? 'entry was' : 'entries were'} damaged and could not be read`,
      dropped,
    },
  };
}

/** Keeps every valid part of a current-version document; counts the parts it had to drop. */
export function salvage(doc: Record<string, unknown>): { progress: Progress; dropped: number } {
  const progress = emptyProgress();
  let dropped = 0;
  const { reset, exportedAt, settings } = doc;
  if (matches(ResetSchema, reset)) progress.reset = { before: reset.before, at: reset.at };
  else if (reset !== undefined) dropped += 1;
  if (matches(isoTime, exportedAt)) progress.exportedAt = exportedAt;
  if (matches(SettingsSchema, settings)) progress.settings = { ...settings };
  else if (settings !== undefined) dropped += 1;
  for (const section of SECTION_NAMES) {
    const { key, entry, max } = SECTION_SCHEMAS[section];
    const record = doc[section];
    if (record === undefined) continue;
    if (!isPlainObject(record)) {
      dropped += 1;
      continue;
    }
    const kept: Record<string, unknown> = {};
    let count = 0;
    for (const [id, value] of Object.entries(record)) {
      const ok = count < max && matches(key, id) ? v.safeParse(entry, value) : undefined;
      if (ok?.success) {
        kept[id] = ok.output;
        count += 1;
      } else dropped += 1;
    }
    (progress as Record<string, unknown>)[section] = kept;
  }
  return { progress, dropped };
}

// The whole text could not be read: start empty and say why.
function unreadable(reason: string): DecodedProgress {
  return { progress: emptyProgress(), problem: { reason, dropped: 0 } };
}

// Whether a parsed JSON value is an object (not an array or null).
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
