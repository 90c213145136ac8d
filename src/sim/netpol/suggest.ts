import { editDistance } from '../text/edit-distance';

/** Keys longer than this get no suggestion (and cost no comparison work). */
const MAX_COMPARED_LENGTH = 40;

/**
 * The allowed name a mistyped one most likely meant: same letters in another case
 * ("podselector" → "podSelector"), or at most two edits away ("policyType" → "policyTypes").
 */
export function suggestName(typed: string, allowed: readonly string[]): string | null {
  if (typed.length > MAX_COMPARED_LENGTH) return null;
  const lower = typed.toLowerCase();
  const sameLetters = allowed.find((name) => name.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: { name: string; distance: number } | null = null;
  for (const name of allowed) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= 2 && distance < name.length && (!best || distance < best.distance)) {
      best = { name, distance };
    }
  }
  return best?.name ?? null;
}
