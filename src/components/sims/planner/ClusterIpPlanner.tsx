import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import type { ClusterPlan, ClusterPlanMode, ClusterPlanPresetId } from '~/sim/subnet';
import { useLazyEngine } from '../use-lazy-engine';
import { loadClusterPlanEngine } from './engines';
import { draftsFromPreset, PRESET_BUTTONS } from './plan-drafts';
import type { PlanDrafts } from './plan-drafts';
import { PlanForm } from './PlanForm';
import type { PlanFieldName, PlanFormActions } from './PlanForm';
import { PlanResults } from './PlanResults';
import './planner.css';

/** Which preset the planner opens with, and its plan from the build. */
export interface ClusterIpPlannerProps {
  preset: ClusterPlanPresetId;
  /** The engine's plan for `preset`, computed at build time: the engine loads on first use. */
  plan: ClusterPlan;
}

/** What the planner says when its engine cannot load (offline, and the service worker had no copy). */
const LOAD_FAILED =
  'The planner could not load: the connection may be down. Reconnect and edit a field again, or reload the page.';

/** What the learner has typed, which preset it came from (null once edited), and the next row key. */
interface PlannerState {
  drafts: PlanDrafts;
  preset: ClusterPlanPresetId | null;
  nextKey: number;
}

/** The state a preset starts from. */
function stateFromPreset(preset: ClusterPlanPresetId, firstKey = 0): PlannerState {
  const drafts = draftsFromPreset(preset, firstKey);
  return { drafts, preset, nextKey: firstKey + drafts.otherRanges.length };
}

/** The cluster IP planner, guarded by an error boundary. */
export function ClusterIpPlannerSim(props: ClusterIpPlannerProps) {
  return (
    <ErrorBoundary name="cluster IP planner" subject="planner">
      <div className="plan plan-root">
        <Planner {...props} />
      </div>
    </ErrorBoundary>
  );
}

/**
 * The planner: every edit is checked by the engine; a mistake shows at its field, the last good
 * plan stays. Until the learner's first action loads the engine, it shows the build's plan.
 */
function Planner({ preset, plan: firstPlan }: ClusterIpPlannerProps) {
  const id = useId();
  const [state, setState] = useState(() => stateFromPreset(preset));
  const { engine, failed, load } = useLazyEngine(loadClusterPlanEngine);
  // Null until the engine has loaded: the drafts are then checked again, edits included.
  const attempt = useMemo(() => engine?.attemptPlan(state.drafts) ?? null, [engine, state.drafts]);
  const [lastGood, setLastGood] = useState(firstPlan);
  if (attempt?.plan && attempt.plan !== lastGood) setLastGood(attempt.plan);
  const plan = attempt?.plan ?? lastGood;
  // After adding or removing a row, focus moves to the new row or to the "Add" button.
  const [focusTarget, setFocusTarget] = useState<{ id?: string; key?: string } | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const root = rootRef.current;
    const target = focusTarget.id
      ? root?.ownerDocument.getElementById(focusTarget.id)
      : root?.querySelector<HTMLElement>(`[data-focus-key="${focusTarget.key ?? ''}"]`);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  /** Starts loading the engine on the learner's first action (focus, typing, a button). */
  const wake = () => {
    if (!engine) void load();
  };

  /** Applies an edit to the drafts; the plan no longer matches a preset. */
  const edit = (change: (drafts: PlanDrafts) => PlanDrafts) => {
    wake();
    setState((current) => ({ ...current, drafts: change(current.drafts), preset: null }));
  };

  /** Starts again from a preset's drafts (the engine then checks them). */
  const choosePreset = (chosen: ClusterPlanPresetId) => {
    wake();
    setState((current) => stateFromPreset(chosen, current.nextKey));
  };

  const actions: PlanFormActions = {
    onField: (name: PlanFieldName, value: string) => edit((d) => ({ ...d, [name]: value })),
    onMode: (mode: ClusterPlanMode) => edit((d) => ({ ...d, mode })),
    onRange: (key, part, value) =>
      edit((d) => ({
        ...d,
        otherRanges: d.otherRanges.map((r) => (r.key === key ? { ...r, [part]: value } : r)),
      })),
    onAddRange: () => {
      wake();
      const key = state.nextKey;
      setState((current) => ({
        drafts: {
          ...current.drafts,
          otherRanges: [...current.drafts.otherRanges, { key, name: '', cidr: '' }],
        },
        preset: null,
        nextKey: key + 1,
      }));
      setFocusTarget({ id: `${id}-other-${String(key)}-name` });
    },
    onRemoveRange: (key) => {
      edit((d) => ({ ...d, otherRanges: d.otherRanges.filter((r) => r.key !== key) }));
      setFocusTarget({ key: 'add-network' });
    },
  };

  const error = attempt?.error
    ? { field: attempt.error.field ?? '', message: attempt.error.message }
    : null;
  return (
    // Any focus inside the planner starts loading the engine, so that it is there by the first edit.
    <div ref={rootRef} className="plan-body" onFocus={wake}>
      <div className="plan-presets" role="group" aria-label="Start from a preset">
        {PRESET_BUTTONS.map((button) => (
          <button
            key={button.id}
            type="button"
            className="sim-btn sim-btn-secondary sim-btn-small"
            aria-pressed={state.preset === button.id}
            onClick={() => choosePreset(button.id)}
          >
            {button.label}
          </button>
        ))}
      </div>
      <PlanForm id={id} drafts={state.drafts} error={error} actions={actions} />
      <p role="status" className={`plan-verdict plan-verdict-${verdictKind(plan, error !== null)}`}>
        {verdictText(plan, error?.message ?? null)}
      </p>
      {failed && (
        <p className="sim-error" role="alert">
          {LOAD_FAILED}
        </p>
      )}
      <PlanResults
        id={id}
        plan={plan}
        vpcCni={state.drafts.mode === 'vpc-cni'}
        stale={error !== null}
      />
    </div>
  );
}

/** Which colour the verdict takes. */
function verdictKind(plan: ClusterPlan, mistaken: boolean): 'fits' | 'fails' | 'pending' {
  if (mistaken) return 'pending';
  return plan.fits ? 'fits' : 'fails';
}

/** The one line announced after every change: the verdict, or what to fix first. */
function verdictText(plan: ClusterPlan, mistake: string | null): string {
  if (mistake) return `Not checked yet: ${mistake}`;
  const problems = plan.findings.filter((f) => f.level === 'error').length;
  const risks = plan.findings.filter((f) => f.level === 'warning').length;
  const tail = `${String(risks)} warning${risks === 1 ? '' : 's'}`;
  return plan.fits
    ? `The plan fits (${tail}).`
    : `The plan does not fit: ${String(problems)} problem${problems === 1 ? '' : 's'}, ${tail}.`;
}
