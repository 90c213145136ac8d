// The simulator's state as a pure reducer: every change to the cluster or the policies keeps the
// model it replaced, so the grid can show what that last change did (diff mode).
import {
  keyOfPolicy,
  type PolicyInput,
  type PolicyItem,
  type SimCluster,
  type SimModel,
  type SimProbe,
  type SimSeed,
} from './model';

/** The simulator's state: the model, the model before the last change, and the probe. */
export interface SimState {
  model: SimModel;
  /** The model before the last change (null: nothing changed since the scenario was loaded). */
  previous: SimModel | null;
  /** What the last change was, in words ("Switched off shop/deny-all"). */
  lastChange: string | null;
  probe: SimProbe;
  /** Increments on every load, so views can reset what they show about the old scenario. */
  generation: number;
}

/** Everything a learner (or a loaded link) can do to the state. */
export type SimAction =
  | { type: 'toggle'; id: string }
  | { type: 'replace-policy'; id: string; with: PolicyInput[] }
  | { type: 'add-policies'; policies: PolicyInput[] }
  | { type: 'delete-policy'; id: string }
  | { type: 'set-cluster'; cluster: SimCluster; change: string }
  | { type: 'set-probe'; probe: SimProbe }
  | { type: 'load'; seed: SimSeed };

/** The state a seed (a preset, a share link, a challenge's starter) opens with. */
export function initialState(seed: SimSeed, generation = 0): SimState {
  return {
    model: { cluster: seed.cluster, policies: withIds(seed.policies, []) },
    previous: null,
    lastChange: null,
    probe: seed.probe,
    generation,
  };
}

/** Applies one action; unknown ids leave the state as it was. */
export function simReducer(state: SimState, action: SimAction): SimState {
  switch (action.type) {
    case 'set-probe':
      return { ...state, probe: action.probe };
    case 'load':
      return initialState(action.seed, state.generation + 1);
    case 'set-cluster':
      return changed(state, { ...state.model, cluster: action.cluster }, action.change);
    default:
      return policyAction(state, action);
  }
}

/** The policy actions: toggle, replace (edit), add, delete. */
function policyAction(
  state: SimState,
  action: Extract<
    SimAction,
    { type: 'toggle' | 'replace-policy' | 'add-policies' | 'delete-policy' }
  >,
): SimState {
  const { policies } = state.model;
  if (action.type === 'add-policies') {
    const added = withIds(action.policies, policies);
    return changed(
      state,
      { ...state.model, policies: [...policies, ...added] },
      `Added ${names(added)}`,
    );
  }
  const index = policies.findIndex((item) => item.id === action.id);
  const item = policies[index];
  if (item === undefined) return state;
  if (action.type === 'toggle') {
    const next = policies.map((p) => (p === item ? { ...p, enabled: !p.enabled } : p));
    const verb = item.enabled ? 'Switched off' : 'Switched on';
    return changed(
      state,
      { ...state.model, policies: next },
      `${verb} ${keyOfPolicy(item.policy)}`,
    );
  }
  if (action.type === 'delete-policy') {
    const next = policies.filter((p) => p !== item);
    return changed(
      state,
      { ...state.model, policies: next },
      `Deleted ${keyOfPolicy(item.policy)}`,
    );
  }
  const [first, ...rest] = action.with;
  if (first === undefined) return state;
  const replacement = [{ ...first, id: item.id }, ...withIds(rest, policies)];
  const next = [...policies.slice(0, index), ...replacement, ...policies.slice(index + 1)];
  return changed(state, { ...state.model, policies: next }, `Edited ${names(replacement)}`);
}

/** A state whose model changed: the old model becomes `previous`. */
function changed(state: SimState, model: SimModel, change: string): SimState {
  return { ...state, model, previous: state.model, lastChange: change };
}

/** Gives policies ids that none of `existing` uses ("p1", "p2", …). */
function withIds(inputs: readonly PolicyInput[], existing: readonly PolicyItem[]): PolicyItem[] {
  let next = existing.reduce((max, item) => Math.max(max, Number(item.id.slice(1)) || 0), 0) + 1;
  return inputs.map((input) => ({ ...input, id: `p${String(next++)}` }));
}

/** "shop/a" or "shop/a, shop/b". */
function names(items: readonly PolicyItem[]): string {
  return items.map((item) => keyOfPolicy(item.policy)).join(', ');
}

/** The keys ("namespace/name") of the policies other than `exceptId`, to refuse duplicates. */
export function otherPolicyKeys(model: SimModel, exceptId: string | null): Set<string> {
  return new Set(
    model.policies.filter((item) => item.id !== exceptId).map((item) => keyOfPolicy(item.policy)),
  );
}
