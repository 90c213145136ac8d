import { isInputMistake as isInputError } from './input-mistake';
import type { EksTable } from './load-engine';

// What the instance-type field says while the learner types: suggestions from the table and,
// for a name the table does not have, the engine's "did you mean" message.

/** Most suggestions the field offers at once. */
export const MAX_SUGGESTIONS = 12;

/** The field's suggestions and its message. */
export interface TypeLookup {
  /** Names that start with what is typed (empty before the table loads). */
  suggestions: string[];
  /** Why the typed name is not used, or null when it is a known type (or the table is not here). */
  error: string | null;
}

/** Suggestions and the error for the typed text (the picked type is kept until a known one is typed). */
export function typeLookup(table: EksTable | null, text: string, picked: string): TypeLookup {
  if (table === null) return { suggestions: [], error: null };
  const typed = text.trim().toLowerCase();
  const suggestions = table
    .instanceTypeNames()
    .filter((name) => name.startsWith(typed))
    .slice(0, MAX_SUGGESTIONS);
  if (typed === picked) return { suggestions, error: null };
  try {
    table.eniLimits(text);
    return { suggestions, error: null };
  } catch (error) {
    if (!isInputError(error)) throw error;
    const still = `Still showing ${picked}.`;
    return { suggestions, error: `${error.message} ${still}` };
  }
}
