import { useMemo, useState } from 'react';
import { useLazyEngine } from '../use-lazy-engine';
import { walkSteps, type WalkStep } from './hop-view';
import { loadPacketEngine } from './load-engine';
import type { WalkView } from './walk-view';
import type { WalkerState } from './walker-state';

/** Which hop is shown: one step (from 0), or the whole walk at once. */
export type StepChoice = number | 'all';

/** The walker's state, what it shows, and the changes a learner can make. */
export interface PacketWalker {
  state: WalkerState;
  view: WalkView;
  steps: readonly WalkStep[];
  /** The step shown, clamped to the walk; 'all' shows every hop. */
  step: StepChoice;
  /** True while a change waits for the engine (the last walk stays on screen). */
  updating: boolean;
  /** True when the learner changed something and the engine could not load. */
  failed: boolean;
  load: () => void;
  change: (patch: Partial<WalkerState>) => void;
  setStep: (step: StepChoice) => void;
}

/** A step choice kept inside a walk of `count` steps. */
function clampStep(step: StepChoice, count: number): StepChoice {
  if (step === 'all') return step;
  return Math.max(0, Math.min(step, count - 1));
}

/**
 * The walker's settings and step. It opens on the build's first view; the engine loads on the
 * first change (or focus), and from then on every walk is its own. A new walk starts at step 1.
 */
export function usePacketWalker(start: WalkerState, first: WalkView): PacketWalker {
  const [state, setState] = useState(start);
  const [changed, setChanged] = useState(false);
  const [step, setStepState] = useState<StepChoice>(0);
  const { engine, failed, load } = useLazyEngine(loadPacketEngine);
  const view = useMemo(
    () => (engine && changed ? engine.computeWalkView(state) : first),
    [engine, changed, state, first],
  );
  const steps = useMemo(() => (view.walk ? walkSteps(view.walk) : []), [view.walk]);
  /** Starts loading the engine unless it is here already. */
  const ensureEngine = () => {
    if (!engine) void load();
  };
  return {
    state,
    view,
    steps,
    step: clampStep(step, steps.length),
    updating: changed && !engine && !failed,
    failed: changed && !engine && failed,
    load: ensureEngine,
    change: (patch) => {
      setState((previous) => ({ ...previous, ...patch }));
      setChanged(true);
      if (!('compare' in patch)) setStepState(0);
      ensureEngine();
    },
    setStep: setStepState,
  };
}
