// The engine code the route-lookup island loads on the learner's first edit: the page renders the
// first result from build-time props, so it ships the parser and lookup only when needed (one load
// per page; a failed load is tried again next time).
import type * as LookupModelModule from './lookup-model';

/** The lookup model: parse a table and look a destination up, in one call. */
export type LookupEngine = typeof LookupModelModule;

let lookupEngine: Promise<LookupEngine> | null = null;

/** Loads the lookup engine (once per page; again after a failure). */
export function loadLookupEngine(): Promise<LookupEngine> {
  lookupEngine ??= import('./lookup-model').catch((error: unknown) => {
    lookupEngine = null;
    throw error;
  });
  return lookupEngine;
}
