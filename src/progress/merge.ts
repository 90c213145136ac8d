// Merging two copies of the progress document (two tabs, or the learner's data and an imported
// file): per entry the newer one wins, attempts add up, and nothing from before the latest reset
// survives.
import { SECTION_NAMES, type Progress, type SectionName } from './schema';

type Entries = Record<string, { at: string }>;

/** The union of two documents: newest entry per id, nothing from before the latest reset. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const reset = wins(b.reset, a.reset) ? b.reset : a.reset;
  const merged: Progress = {
    ...a,
    reset,
    exportedAt: laterOrNull(a.exportedAt, b.exportedAt),
    settings: wins(b.settings, a.settings) ? b.settings : a.settings,
  };
  for (const section of SECTION_NAMES) {
    setSection(merged, section, mergeEntries(a[section], b[section], reset.before));
  }
  return merged;
}

/**
 * The learner's progress with an imported document merged in. Importing is the learner's explicit
 * choice, so a file made before a reset here brings its older entries back: the reset line moves
 * back to the file's, decided now (it wins over the old reset in every tab).
 */
export function mergeImport(current: Progress, incoming: Progress, now: Date): Progress {
  const base =
    incoming.reset.before < current.reset.before && incoming.reset.at <= current.reset.at
      ? { ...current, reset: { before: incoming.reset.before, at: now.toISOString() } }
      : current;
  return mergeProgress(base, incoming);
}

/** Whether merging `other` into `doc` would change nothing (so `doc` already holds all of it). */
export function holdsAll(doc: Progress, other: Progress): boolean {
  if (wins(other.reset, doc.reset) || wins(other.settings, doc.settings)) return false;
  if (other.exportedAt && (!doc.exportedAt || other.exportedAt > doc.exportedAt)) return false;
  return SECTION_NAMES.every((s) => holdsEntries(doc[s], other[s], doc.reset.before));
}

// Newest entry per key from both records, dropping entries from before the reset.
function mergeEntries(a: Entries, b: Entries, before: string): Entries {
  const out: Entries = {};
  for (const [key, entry] of Object.entries(a)) if (entry.at >= before) out[key] = entry;
  for (const [key, entry] of Object.entries(b)) {
    if (entry.at < before) continue;
    const current = out[key];
    if (!current || wins(entry, current)) out[key] = entry;
  }
  return out;
}

// Whether every live entry of `other` is already in `doc`, as new or newer.
function holdsEntries(doc: Entries, other: Entries, before: string): boolean {
  for (const [key, entry] of Object.entries(other)) {
    if (entry.at < before) continue;
    const mine = doc[key];
    if (!mine || wins(entry, mine)) return false;
  }
  return true;
}

// Whether `candidate` replaces `current`: it is newer, or (a tie, e.g. two tabs in the same
// millisecond) its content sorts later, so that every copy picks the same entry.
function wins(candidate: { at: string }, current: { at: string }): boolean {
  if (candidate.at !== current.at) return candidate.at > current.at;
  return JSON.stringify(candidate) > JSON.stringify(current);
}

// Assigns a merged section; the cast is safe because each section keeps its own entry type.
function setSection(doc: Progress, section: SectionName, entries: Entries): void {
  (doc as Record<SectionName, Entries>)[section] = entries;
}

// The later of two ISO times, either of which may be missing.
function laterOrNull(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return a ?? b;
  return b > a ? b : a;
}
