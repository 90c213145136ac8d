/** Labels as the engine reads them: own entries only, so keys like "constructor" are plain data. */
export type Labels = ReadonlyMap<string, string>;

/** Copies a label record into a Map of its own string entries (never the prototype chain). */
export function labelsFrom(record: Record<string, string> | undefined): Labels {
  const labels = new Map<string, string>();
  if (!record) return labels;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string') labels.set(key, value);
  }
  return labels;
}
