import type { ClusterPlan, PlanFinding } from '~/sim/subnet';
import { formatCount } from './format';
import { RangeStrips } from './RangeStrips';

const LEVEL_LABELS: Record<PlanFinding['level'], string> = {
  error: 'Problem',
  warning: 'Watch out',
  info: 'Note',
};

const LEVEL_CLASSES: Record<PlanFinding['level'], string> = {
  error: 'sim-error',
  warning: 'sim-warning',
  info: 'plan-info',
};

/** The verdict, the numbers, the drawing, the overlaps and the findings of a plan. */
export function PlanResults({
  id,
  plan,
  vpcCni,
  stale,
}: {
  id: string;
  plan: ClusterPlan;
  vpcCni: boolean;
  stale: boolean;
}) {
  return (
    <section
      className={`plan-results${stale ? ' plan-stale' : ''}`}
      aria-labelledby={`${id}-results-title`}
    >
      <h4 id={`${id}-results-title`} className="plan-title">
        The plan{stale ? ' (last one that could be checked)' : ''}
      </h4>
      <dl className="plan-stats">
        <div>
          <dt>{vpcCni ? 'Nodes the subnets can hold' : 'Nodes the pod CIDR can hold'}</dt>
          <dd>{formatCount(plan.maxNodes)}</dd>
        </div>
        <div>
          <dt>Addresses per node range</dt>
          <dd>{vpcCni ? 'none (pods use subnet addresses)' : formatCount(plan.podsPerNodeCidr)}</dd>
        </div>
        <div>
          <dt>ClusterIPs for Services</dt>
          <dd>{formatCount(plan.serviceIps)}</dd>
        </div>
      </dl>
      <RangeStrips ranges={plan.ranges} />
      <h5 className="plan-subtitle">Overlapping ranges</h5>
      {plan.overlaps.length === 0 ? (
        <p>No two ranges overlap.</p>
      ) : (
        <ul className="plan-overlaps">
          {plan.overlaps.map((overlap) => (
            <li key={`${overlap.a}|${overlap.b}`}>
              {overlap.a} and {overlap.b} share <code>{overlap.range}</code>
            </li>
          ))}
        </ul>
      )}
      <h5 className="plan-subtitle">Findings</h5>
      <ul className="plan-findings">
        {plan.findings.map((finding, index) => (
          <li key={index} className={`${LEVEL_CLASSES[finding.level]} plan-finding`}>
            <strong>{LEVEL_LABELS[finding.level]}:</strong> {finding.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
