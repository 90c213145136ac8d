import { editDistance } from '../text/edit-distance';

/** How many close names a "did you mean" lists at most. */
const MAX_SUGGESTIONS = 3;
/** Names further than this many edits away are not suggested. */
const MAX_DISTANCE = 2;

/** The known names nearest to a mistyped one (all at the smallest distance, at most two edits). */
export function closeNames(typed: string, known: readonly string[]): string[] {
  const scored = known.map((name) => ({ name, distance: editDistance(typed, name) }));
  const nearest = Math.min(MAX_DISTANCE + 1, ...scored.map(({ distance }) => distance));
  return scored
    .filter(({ distance }) => distance === nearest)
    .map(({ name }) => name)
    .sort()
    .slice(0, MAX_SUGGESTIONS);
}
