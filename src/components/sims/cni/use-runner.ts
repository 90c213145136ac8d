import { useMemo, useState } from 'react';
import { useLazyEngine } from '../use-lazy-engine';
import { loadRunnerEngine } from './load-engine';
import type { RunnerAction, RunnerState, RunnerView } from './runner-model';

/** What the build hands the island: the preset's first state and the view made from it. */
export interface RunnerSeed {
  state: RunnerState;
  view: RunnerView;
}

/** Everything the runner shows and can do. */
export interface RunnerHandle {
  state: RunnerState;
  view: RunnerView;
  /** True while a change waits for the engine (the last view stays on screen). */
  updating: boolean;
  failed: boolean;
  load: () => void;
  setText: (text: string) => void;
  run: (action: RunnerAction) => void;
  reset: () => void;
}

/**
 * The runner's state: it opens on the build's first view; the engine loads on the first focus
 * or action, and from then on every view and every operation is the engine's own.
 */
export function useRunner(seed: RunnerSeed): RunnerHandle {
  const [state, setState] = useState<RunnerState>(seed.state);
  const { engine, failed, load } = useLazyEngine(loadRunnerEngine);
  const view = useMemo(() => (engine ? engine.viewOf(state) : seed.view), [engine, state, seed]);
  /** Starts loading the engine unless it is here already. */
  const ensureEngine = () => {
    if (!engine) void load();
  };
  return {
    state,
    view,
    updating: !engine && !failed && state !== seed.state,
    failed: !engine && failed,
    load: ensureEngine,
    setText: (text) => {
      ensureEngine();
      setState((current) => ({ ...current, text }));
    },
    run: (action) => {
      if (engine) {
        setState((current) => engine.applyAction(current, action));
        return;
      }
      void load().then((loaded) => {
        if (loaded) setState((current) => loaded.applyAction(current, action));
      });
    },
    reset: () => setState(seed.state),
  };
}
