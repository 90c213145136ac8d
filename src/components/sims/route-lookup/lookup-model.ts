// What the route-lookup island shows for a table and a destination, worked out by the route-table
// engine in one call: the build computes the first result, and the island loads this module (with
// the engine) on the learner's first edit. Learner mistakes come back as a message and the field
// at fault; anything else is a bug and is thrown.
import { isInputError } from '~/sim/ip/input-error';
import { lookupRoute } from '~/sim/route-table/lookup';
import { parseRouteTable } from '~/sim/route-table/parse';
import type { LookupResult } from '~/sim/route-table/types';

/** Which input a mistake is in. */
export type LookupField = 'table' | 'destination';

/** Parses the table and looks the destination up; throws the engine's InputError on a mistake. */
export function computeLookup(tableText: string, destination: string): LookupResult {
  const table = parseRouteTable(tableText);
  return lookupRoute(table, destination);
}

/** Tries a lookup: the result, or the learner's mistake as a message and the field it is in. */
export function attemptLookup(
  tableText: string,
  destination: string,
): { result: LookupResult } | { error: string; field: LookupField } {
  try {
    return { result: computeLookup(tableText, destination) };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { error: error.message, field: error.field === 'destination' ? 'destination' : 'table' };
  }
}
