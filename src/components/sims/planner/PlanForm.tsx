import type { ClusterPlanMode } from '~/sim/subnet';
import { OtherRangesEditor } from './OtherRangesEditor';
import type { PlanDrafts, RangeDraft } from './plan-drafts';
import { PlanField } from './PlanField';

/** The single-value fields the form edits. */
export type PlanFieldName =
  'podCidr' | 'nodeCidrMaskSize' | 'serviceCidr' | 'nodes' | 'maxPodsPerNode';

/** The learner's mistake, with the engine's field name (e.g. 'otherRanges.1.cidr'). */
export interface FieldError {
  field: string;
  message: string;
}

/** What the form can ask the planner to change. */
export interface PlanFormActions {
  onField: (name: PlanFieldName, value: string) => void;
  onMode: (mode: ClusterPlanMode) => void;
  onRange: (key: number, part: 'name' | 'cidr', value: string) => void;
  onAddRange: () => void;
  onRemoveRange: (key: number) => void;
}

const MODE_LABELS: Record<ClusterPlanMode, string> = {
  overlay: 'Pod CIDR split into node ranges (kubeadm, Flannel, Calico…)',
  'vpc-cni': 'Pods take VPC subnet addresses (EKS VPC CNI)',
};

/** The plan's inputs; every change is checked at once and a refusal shows under its field. */
export function PlanForm({
  id,
  drafts,
  error,
  actions,
}: {
  id: string;
  drafts: PlanDrafts;
  error: FieldError | null;
  actions: PlanFormActions;
}) {
  const errorFor = (field: string) => (error?.field === field ? error.message : null);
  const vpcCni = drafts.mode === 'vpc-cni';
  return (
    <form className="sim-box plan-form" noValidate onSubmit={(event) => event.preventDefault()}>
      <div className="sim-field">
        <label htmlFor={`${id}-mode`}>How pods get addresses</label>
        <select
          id={`${id}-mode`}
          className="sim-input"
          value={drafts.mode}
          onChange={(event) => actions.onMode(event.target.value as ClusterPlanMode)}
        >
          {(Object.keys(MODE_LABELS) as ClusterPlanMode[]).map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABELS[mode]}
            </option>
          ))}
        </select>
      </div>
      <div className="sim-fields">
        <PlanField
          id={`${id}-podCidr`}
          label={vpcCni ? 'Node subnets' : 'Pod CIDR'}
          hint={
            vpcCni ? 'the VPC subnets nodes and pods share' : '--cluster-cidr (kubeadm podSubnet)'
          }
          value={drafts.podCidr}
          error={errorFor('podCidr')}
          onChange={(value) => actions.onField('podCidr', value)}
        />
        <PlanField
          id={`${id}-nodeCidrMaskSize`}
          label="Node CIDR mask size"
          hint={vpcCni ? 'not used: no per-node pod range' : '--node-cidr-mask-size'}
          value={drafts.nodeCidrMaskSize}
          error={errorFor('nodeCidrMaskSize')}
          numeric
          disabled={vpcCni}
          onChange={(value) => actions.onField('nodeCidrMaskSize', value)}
        />
        <PlanField
          id={`${id}-serviceCidr`}
          label="Service CIDR"
          hint="--service-cluster-ip-range"
          value={drafts.serviceCidr}
          error={errorFor('serviceCidr')}
          onChange={(value) => actions.onField('serviceCidr', value)}
        />
        <PlanField
          id={`${id}-nodes`}
          label="Nodes"
          hint="how many nodes you plan for"
          value={drafts.nodes}
          error={errorFor('nodes')}
          numeric
          onChange={(value) => actions.onField('nodes', value)}
        />
        <PlanField
          id={`${id}-maxPodsPerNode`}
          label="Max pods per node"
          hint="kubelet maxPods (empty: 110)"
          value={drafts.maxPodsPerNode}
          error={errorFor('maxPodsPerNode')}
          numeric
          onChange={(value) => actions.onField('maxPodsPerNode', value)}
        />
      </div>
      <OtherRangesEditor
        id={id}
        ranges={drafts.otherRanges}
        errorFor={errorFor}
        onChange={actions.onRange}
        onAdd={actions.onAddRange}
        onRemove={actions.onRemoveRange}
      />
      {error && !isShownInForm(error.field, drafts.otherRanges) && (
        <p className="sim-error">{error.message}</p>
      )}
    </form>
  );
}

/** Whether a field error is shown next to one of the form's inputs (else it is shown at the end). */
function isShownInForm(field: string, ranges: readonly RangeDraft[]): boolean {
  const single = ['podCidr', 'nodeCidrMaskSize', 'serviceCidr', 'nodes', 'maxPodsPerNode'];
  const row = /^otherRanges\.(\d+)\.(name|cidr)$/.exec(field);
  return single.includes(field) || (row !== null && Number(row[1]) < ranges.length);
}
