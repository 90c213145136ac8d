import { stepAnnouncement, type WalkStep } from './hop-view';
import type { StepChoice } from './use-packet-walker';

/** What the step buttons need: the steps, the current one, and a way to move. */
export interface StepControlsProps {
  steps: readonly WalkStep[];
  step: StepChoice;
  onStep: (step: StepChoice) => void;
}

/** Where Back goes: one step back, or from "all" to the last step. */
function backFrom(step: StepChoice, count: number): StepChoice | null {
  if (step === 'all') return count - 1;
  return step > 0 ? step - 1 : null;
}

/** Where Next goes: one step on, or nowhere at the end. */
function nextFrom(step: StepChoice, count: number): StepChoice | null {
  if (step === 'all') return null;
  return step < count - 1 ? step + 1 : null;
}

/** What the live region says for the step shown. */
function announcementOf(steps: readonly WalkStep[], step: StepChoice): string {
  if (step === 'all') return `All ${String(steps.length)} steps shown.`;
  const current = steps[step];
  return current ? stepAnnouncement(current, steps.length) : '';
}

/**
 * Back, Next and Show all, and the announcement of the step shown. Buttons at an end stay
 * focusable (aria-disabled), so a keyboard learner's focus is never dropped.
 */
export function StepControls({ steps, step, onStep }: StepControlsProps) {
  const back = backFrom(step, steps.length);
  const next = nextFrom(step, steps.length);
  return (
    <div className="pkt-steps">
      <div className="pkt-step-buttons">
        <button
          type="button"
          className="sim-btn sim-btn-secondary sim-btn-small"
          aria-disabled={back === null}
          onClick={() => back !== null && onStep(back)}
        >
          <span aria-hidden="true">←</span> Back
        </button>
        <button
          type="button"
          className="sim-btn sim-btn-small"
          aria-disabled={next === null}
          onClick={() => next !== null && onStep(next)}
        >
          Next <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          className="sim-btn sim-btn-quiet sim-btn-small"
          aria-pressed={step === 'all'}
          onClick={() => onStep(step === 'all' ? 0 : 'all')}
        >
          Show all
        </button>
      </div>
      <p className="pkt-announce" aria-live="polite">
        {announcementOf(steps, step)}
      </p>
    </div>
  );
}
