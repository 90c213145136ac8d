// The learner's draft policies for each challenge, kept in localStorage under `podnet:` keys so a
// reload does not lose them. Drafts are work in progress, not progress: they stay out of the
// progress document. Whatever is read back is validated; anything unreadable is ignored.
import * as v from 'valibot';

/** The key prefix of drafts: `podnet:netpol-draft:<challenge progress id>`. */
export const DRAFT_PREFIX = 'podnet:netpol-draft:';

/** A draft: the challenge's policy list as the learner left it. */
const DraftSchema = v.strictObject({
  v: v.literal(1),
  policies: v.pipe(
    v.array(
      v.strictObject({ yaml: v.pipe(v.string(), v.maxLength(16 * 1024)), enabled: v.boolean() }),
    ),
    v.maxLength(30),
  ),
});

/** A saved draft. */
export type Draft = v.InferOutput<typeof DraftSchema>;

/** The storage drafts use (localStorage in the browser; tests pass their own). */
type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it cannot be used (private mode, tests). */
function browserStorage(): DraftStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Reads a challenge's draft, or null when there is none or it cannot be read. */
export function readDraft(id: string, storage = browserStorage()): Draft | null {
  try {
    const raw = storage?.getItem(DRAFT_PREFIX + id);
    if (!raw || raw.length > 600_000) return null;
    const result = v.safeParse(DraftSchema, JSON.parse(raw));
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}

/** Saves a challenge's draft; a full or blocked storage only means the draft is not kept. */
export function writeDraft(id: string, draft: Draft, storage = browserStorage()): void {
  try {
    storage?.setItem(DRAFT_PREFIX + id, JSON.stringify(draft));
  } catch {
    // Drafts are a convenience: the page keeps working without them.
  }
}

/** Forgets a challenge's draft. */
export function clearDraft(id: string, storage = browserStorage()): void {
  try {
    storage?.removeItem(DRAFT_PREFIX + id);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}
