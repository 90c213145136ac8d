import { useMemo, useState } from 'react';
import { useLazyEngine } from '../use-lazy-engine';
import { loadSimEngine } from './load-engine';
import type { SimView } from './sim-model';
import type { SimPod, SimState } from './sim-state';

/** The simulator's state, what it shows, and the changes a learner can make. */
export interface ServiceSim {
  state: SimState;
  view: SimView;
  updating: boolean; // a change waits for the engine (the last view stays on screen)
  failed: boolean; // the engine could not load
  load: () => void;
  change: (patch: Partial<SimState>) => void;
  setPod: (index: number, patch: Partial<SimPod>) => void;
}

/** Holds the state; opens on the build's first view and uses the engine from the first change on. */
export function useServiceSim(start: SimState, first: SimView): ServiceSim {
  const [state, setState] = useState(start);
  const [changed, setChanged] = useState(false);
  const { engine, failed, load } = useLazyEngine(loadSimEngine);
  const view = useMemo(() => (engine ? engine.simulate(state) : first), [engine, state, first]);
  /** Records a change and makes sure the engine is on its way. */
  const change = (patch: Partial<SimState>) => {
    setState((previous) => ({ ...previous, ...patch }));
    setChanged(true);
    if (!engine) void load();
  };
  return {
    state,
    view,
    updating: changed && !engine && !failed,
    failed: changed && !engine && failed,
    load: () => {
      if (!engine) void load();
    },
    change,
    setPod: (index, patch) => {
      change({ pods: state.pods.map((p, i) => (i === index ? { ...p, ...patch } : p)) });
    },
  };
}
