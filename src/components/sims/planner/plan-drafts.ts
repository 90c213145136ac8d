// What the cluster IP planner's form holds, and the presets it starts from: everything the island
// needs before the engine loads. The presets are data only (their file imports no engine code);
// checking a plan is plan-engine.ts, which the island loads on the learner's first edit.
import { CLUSTER_PLAN_PRESETS } from '~/sim/subnet/cluster-plan-presets';
import type { ClusterPlanInput, ClusterPlanMode, ClusterPlanPresetId } from '~/sim/subnet';

/** One row of the "other networks" list as typed, with a key that survives removals. */
export interface RangeDraft {
  key: number;
  name: string;
  cidr: string;
}

/** The planner's fields as the learner typed them (numbers stay text until they are checked). */
export interface PlanDrafts {
  mode: ClusterPlanMode;
  podCidr: string;
  nodeCidrMaskSize: string;
  serviceCidr: string;
  nodes: string;
  maxPodsPerNode: string;
  otherRanges: RangeDraft[];
}

/** The presets in the order the buttons show them, with their button labels. */
export const PRESET_BUTTONS: readonly { id: ClusterPlanPresetId; label: string }[] = [
  { id: 'kubeadm', label: 'kubeadm defaults' },
  { id: 'eks-vpc-cni', label: 'EKS with the VPC CNI' },
  { id: 'office-collision', label: 'Office collision' },
];

/** The drafts a preset starts from; row keys start at `firstKey`. */
export function draftsFromPreset(id: ClusterPlanPresetId, firstKey = 0): PlanDrafts {
  const input: ClusterPlanInput = CLUSTER_PLAN_PRESETS[id];
  return {
    mode: input.mode ?? 'overlay',
    podCidr: input.podCidr,
    nodeCidrMaskSize: String(input.nodeCidrMaskSize),
    serviceCidr: input.serviceCidr,
    nodes: String(input.nodes),
    maxPodsPerNode: input.maxPodsPerNode === undefined ? '' : String(input.maxPodsPerNode),
    otherRanges: input.otherRanges.map((range, index) => ({ key: firstKey + index, ...range })),
  };
}
