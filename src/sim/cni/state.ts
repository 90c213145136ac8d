import type { CniState } from './types';

/** A node with nothing allocated, no cached results and no bridges. */
export function emptyCniState(): CniState {
  return { allocations: {}, lastReserved: {}, cache: {}, portMappings: {}, bridges: [] };
}

/**
 * A copy of the caller's state, so a run never changes the object it was given. Each record is
 * copied one level deep: the engine only ever replaces entries (never edits an address list or a
 * cached result in place), so the entries themselves can be shared, which keeps a run cheap on a
 * node with a thousand pods.
 */
export function copyState(state: CniState): CniState {
  return {
    allocations: { ...state.allocations },
    lastReserved: { ...state.lastReserved },
    cache: { ...state.cache },
    portMappings: { ...state.portMappings },
    bridges: [...state.bridges],
  };
}
