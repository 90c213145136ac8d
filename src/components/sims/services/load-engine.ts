// The simulator's engine loads on the learner's first action: the lesson renders the first view
// from build-time props, so the page ships no Services engine until the learner changes something.
// One load per page; a failed load is tried again next time.
import type * as SimEngineModule from './sim-engine';

/** The Services engine, behind the simulator's one call. */
export type SimEngine = typeof SimEngineModule;

let simEngine: Promise<SimEngine> | null = null;

/** Loads the simulator's engine (once per page; again after a failure). */
export function loadSimEngine(): Promise<SimEngine> {
  simEngine ??= import('./sim-engine').catch((error: unknown) => {
    simEngine = null;
    throw error;
  });
  return simEngine;
}
