// The simulator's state hook: the reducer, the grid of the current model and of the model before
// the last change (for diff mode), computed with the engine only when their inputs change.
import { useCallback, useMemo, useReducer, useState } from 'react';
import { isInputError } from '~/sim/ip/input-error';
import type { InputError } from '~/sim/ip/input-error';
import { changesBetween, type Changes } from './changes';
import { enabledPolicies, type SimSeed } from './model';
import { initialState, simReducer, type SimAction, type SimState } from './sim-state';
import { computeTable, type TableResult } from './truth-table';

/** What the panels read: state, dispatch, the grid and (in diff mode) the changed cells. */
export interface Sim {
  state: SimState;
  dispatch: (action: SimAction) => void;
  result: TableResult;
  /** The cells the last change turned (null: nothing changed yet, or the grid cannot be computed). */
  changes: Changes | null;
}

/** Runs the simulator for a seed. */
export function useSim(seed: SimSeed): Sim {
  const [state, dispatch] = useReducer(simReducer, seed, initialState);
  const { model, previous, probe } = state;
  const result = useMemo(
    () => computeTable(model.cluster, enabledPolicies(model), probe),
    [model, probe],
  );
  const changes = useMemo(() => {
    if (previous === null || result.table === null) return null;
    const before = computeTable(previous.cluster, enabledPolicies(previous), probe);
    return before.table ? changesBetween(before.table.matrix, result.table.matrix) : null;
  }, [previous, probe, result]);
  return { state, dispatch, result, changes };
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
