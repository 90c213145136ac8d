// The simulator's state hook: the reducer, the grid of the current model and of the model before
// the last change (for diff mode), computed with the engine only when their inputs change.
import { useCallback, useMemo, useReducer, useState } from 'react';
import { isInputError } from '~/sim/ip/input-error';
import type { InputError } from '~/sim/ip/input-error';
import { enabledPolicies, type SimSeed } from './model';
import { initialState, simReducer, type SimAction, type SimState } from './sim-state';
import { computeTable, type TableResult } from './truth-table';

/** What the panels read: state, dispatch and the grid. */
export interface Sim {
  state: SimState;
  dispatch: (action: SimAction) => void;
  result: TableResult;
}

/** Runs the simulator for a seed; diff mode computes the grid before the last change itself. */
export function useSim(seed: SimSeed): Sim {
  const [state, dispatch] = useReducer(simReducer, seed, initialState);
  const { model, probe } = state;
  const result = useMemo(
    () => computeTable(model.cluster, enabledPolicies(model), probe),
    [model, probe],
  );
  return { state, dispatch, result };
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
