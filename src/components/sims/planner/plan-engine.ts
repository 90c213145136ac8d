// The cluster IP planner's engine side: turns the form's drafts into the engine's input and checks
// them with planCluster. The build calls it for the first plan; the island loads it (engines.ts) on
// the learner's first edit and never imports it statically.
// Engine files, not the index, so the lazy chunk holds only these (see DrillStats.tsx).
import { isInputError } from '~/sim/ip';
import { planCluster } from '~/sim/subnet/cluster-plan';
import type { ClusterPlan, ClusterPlanInput, ClusterPlanPresetId, InputError } from '~/sim/subnet';
import { draftsFromPreset } from './plan-drafts';
import type { PlanDrafts } from './plan-drafts';

/** What checking the drafts gave: a plan, or the learner's mistake. */
export type PlanAttempt = { plan: ClusterPlan; error: null } | { plan: null; error: InputError };

/** The plan a preset starts with, for the build (a preset is always a plan the engine accepts). */
export function presetPlan(preset: ClusterPlanPresetId): ClusterPlan {
  return planCluster(inputFromDrafts(draftsFromPreset(preset)));
}

/** Reads a number field: empty text becomes NaN so the engine can say what is missing. */
function numberFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The engine's input for the drafts (an empty maxPods means the kubelet's default). */
export function inputFromDrafts(drafts: PlanDrafts): ClusterPlanInput {
  return {
    mode: drafts.mode,
    podCidr: drafts.podCidr,
    nodeCidrMaskSize: numberFrom(drafts.nodeCidrMaskSize),
    serviceCidr: drafts.serviceCidr,
    nodes: numberFrom(drafts.nodes),
    ...(drafts.maxPodsPerNode.trim() === ''
      ? {}
      : { maxPodsPerNode: numberFrom(drafts.maxPodsPerNode) }),
    otherRanges: drafts.otherRanges.map(({ name, cidr }) => ({ name, cidr })),
  };
}

/** Checks the drafts with the engine; a learner's mistake is returned, a bug is thrown. */
export function attemptPlan(drafts: PlanDrafts): PlanAttempt {
  try {
    return { plan: planCluster(inputFromDrafts(drafts)), error: null };
  } catch (error) {
    if (isInputError(error)) return { plan: null, error };
    throw error;
  }
}
