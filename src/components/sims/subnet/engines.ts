// The engine code the subnet islands load on the learner's first action: a lesson renders the
// drill's first question and the calculator's first result from build-time props, so its page
// ships neither engine until the learner focuses a box or presses a button. One load per page: the
// three drills of a lesson share the same promise (a failed load is tried again next time).
import type * as DrillEngineModule from './drill-engine';
import type * as CalculatorEngineModule from './calculator-model';

/** The drill engine (generators, checker, worked solutions) and the views of a checked question. */
export type DrillEngine = typeof DrillEngineModule;

/** The calculator's engine: one call that works out everything the calculator shows. */
export type CalculatorEngine = typeof CalculatorEngineModule;

let drillEngine: Promise<DrillEngine> | null = null;
let calculatorEngine: Promise<CalculatorEngine> | null = null;

/** Loads the drill engine (once per page; again after a failure). */
export function loadDrillEngine(): Promise<DrillEngine> {
  drillEngine ??= import('./drill-engine').catch((error: unknown) => {
    drillEngine = null;
    throw error;
  });
  return drillEngine;
}

/** Loads the calculator's engine (once per page; again after a failure). */
export function loadCalculatorEngine(): Promise<CalculatorEngine> {
  calculatorEngine ??= import('./calculator-model').catch((error: unknown) => {
    calculatorEngine = null;
    throw error;
  });
  return calculatorEngine;
}
