/** How many close names a "did you mean" lists at most. */
const MAX_SUGGESTIONS = 3;
/** Names further than this many edits away are not suggested. */
const MAX_DISTANCE = 2;

/** The edit distance between two short strings (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

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
