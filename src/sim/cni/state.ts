import type { CniState } from './types';

/** A node with nothing allocated, no cached results and no bridges. */
export function emptyCniState(): CniState {
  return { allocations: {}, lastReserved: {}, cache: {}, portMappings: {}, bridges: [] };
}

/** A deep copy of the caller's state, so a run never changes the object it was given. */
export function copyState(state: CniState): CniState {
  return structuredClone(state);
}
