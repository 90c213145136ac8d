/** The outcome of reading JSON text: the value, or a plain-language problem with its position. */
export type JsonRead = { ok: true; value: unknown } | { ok: false; problem: string };

/** Parses JSON without throwing; a syntax error becomes a sentence naming line and column. */
export function readJson(text: string): JsonRead {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /position (\d+)/.exec(message);
    const offset = match?.[1] === undefined ? text.length : Number(match[1]);
    const { line, column } = lineAndColumn(text, offset);
    const what = offset >= text.length ? 'the text ends too early' : 'the JSON is not valid here';
    return {
      ok: false,
      problem: `The configuration is not valid JSON: ${what} (line ${String(line)}, column ${String(column)}). Check for a missing comma, quote or closing brace.`,
    };
  }
}

/** Turns a character offset into a 1-based line and column. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}
