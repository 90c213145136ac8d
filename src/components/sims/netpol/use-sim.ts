// The simulator's state hook: the reducer, and what the panels show for the current state. A lesson
// starts from its seed's view, computed at build time, and loads the engine (sim-engine.ts) only
// when the learner changes something or opens what needs it; while that chunk loads, the panels
// keep the last view and say they are updating. App pages hand the engine in from the start.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { isInputError } from '~/sim/ip/input-error';
import type { InputError } from '~/sim/ip/input-error';
import type { SimSeed } from './model';
import { isSeedState, viewFromSeed, type SeedView, type SimView } from './seed-view';
import type * as SimEngineModule from './sim-engine';
import { initialState, simReducer, type SimAction, type SimState } from './sim-state';
import type { TableResult } from './truth-table';

/** The engine side of the simulator (the grid and the summaries), loaded or imported by a page. */
export type SimEngine = typeof SimEngineModule;

/** How a simulator starts: from its seed's precomputed view (a lesson), or with the engine. */
export type SimStart = { view: SeedView } | { engine: SimEngine };

/** What the panels read: state, dispatch, the grid and summaries, and the engine's loading. */
export interface Sim {
  state: SimState;
  dispatch: (action: SimAction) => void;
  /** The grid shown: the current state's, or while `updating`, the last one computed. */
  result: TableResult;
  /** Each policy's summary, by policy object, as `result` (missing: a policy not yet summarised). */
  summaries: SimView['summaries'];
  /** True while the engine loads: `result` and `summaries` are from before the last change. */
  updating: boolean;
  /** The engine once it is loaded (diff mode computes the grid before the last change with it). */
  engine: SimEngine | null;
  /** Starts loading the engine, for an action about to need it (opening the editor or a cell). */
  loadEngine: () => void;
}

/** Runs the simulator for a seed; the engine comes with `start` or loads on the first change. */
export function useSim(seed: SimSeed, start: SimStart): Sim {
  const [state, dispatch] = useReducer(simReducer, seed, initialState);
  const [engine, setEngine] = useState<SimEngine | null>('engine' in start ? start.engine : null);
  const [wanted, setWanted] = useState(false);
  const [, setCrash] = useState<null>(null);
  const seedView = 'view' in start ? start.view : null;
  const fromSeed = useMemo(
    () => (seedView ? viewFromSeed(seed, seedView) : null),
    [seed, seedView],
  );
  const atSeed = isSeedState(state, seed);
  const { model, probe } = state;
  const current = useMemo(
    () => (engine ? engine.viewOf(model, probe) : atSeed ? fromSeed : null),
    [engine, model, probe, atSeed, fromSeed],
  );
  // The last view computed stays on screen (marked as updating) until the engine answers.
  const [shown, setShown] = useState<SimView>(() => {
    // Either start gives a view of the seed at once: the engine, or the seed's own view.
    if (current === null) throw new Error('the simulator has neither its seed view nor the engine');
    return current;
  });
  if (current !== null && current !== shown) setShown(current);
  const needed = wanted || !atSeed;

  useEffect(() => {
    if (engine || !needed) return;
    import('./sim-engine').then(setEngine, (error: unknown) =>
      // A chunk that cannot load (offline and not cached) is shown by the error boundary.
      setCrash(() => {
        throw error;
      }),
    );
  }, [engine, needed]);

  const loadEngine = useCallback(() => setWanted(true), []);
  const view = current ?? shown;
  return {
    state,
    dispatch,
    result: view.result,
    summaries: view.summaries,
    updating: current === null,
    engine,
    loadEngine,
  };
}

/**
 * Runs an engine call from an event handler: a learner's mistake (InputError) goes to
 * `onMistake`; any other error is a bug, rethrown during a render so the error boundary shows it.
 */
export function useEngineCall(): <T>(
  run: () => T,
  onMistake: (error: InputError) => void,
) => T | undefined {
  const [, setCrash] = useState<null>(null);
  return useCallback(<T>(run: () => T, onMistake: (error: InputError) => void): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (isInputError(error)) onMistake(error);
      else
        setCrash(() => {
          throw error;
        });
      return undefined;
    }
  }, []);
}
