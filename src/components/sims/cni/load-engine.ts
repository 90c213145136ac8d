// The runner's engine loads on the learner's first action: the lesson renders the first view
// (the preset validated, one pod started) from build-time props, so the page ships no CNI engine
// until the learner focuses a control inside the runner. One load per page, retried after a failure.
import type * as RunnerEngineModule from './runner-engine';

/** The CNI engine, behind the runner's calls. */
export type RunnerEngine = typeof RunnerEngineModule;

let runnerEngine: Promise<RunnerEngine> | null = null;

/** Loads the runner's engine (once per page; again after a failure). */
export function loadRunnerEngine(): Promise<RunnerEngine> {
  runnerEngine ??= import('./runner-engine').catch((error: unknown) => {
    runnerEngine = null;
    throw error;
  });
  return runnerEngine;
}
