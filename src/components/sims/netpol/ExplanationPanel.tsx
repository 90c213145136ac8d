import { InlineText } from '~/components/InlineText';
import { useMemo } from 'react';
import type { Decision, NetworkPolicy } from '~/sim/netpol/types';
import { explainCell } from './explain';
import type { SimCluster, SimProbe } from './model';
import type { Party } from './truth-table';
import { PanelHeading } from './PanelHeading';

interface ExplanationPanelProps {
  cluster: SimCluster;
  policies: NetworkPolicy[];
  from: Party;
  to: Party;
  probe: SimProbe;
  headingId: string;
  onClose: () => void;
}

/**
 * The explanation of one cell (loaded on the first click on a cell): the verdict, then the
 * source's egress and the destination's ingress, in the engine's words.
 */
export default function ExplanationPanel(props: ExplanationPanelProps) {
  const { cluster, policies, headingId, onClose } = props;
  const explanation = useMemo(
    () => explainCell(cluster, policies, props.from, props.to, props.probe),
    [cluster, policies, props.from, props.to, props.probe],
  );
  const { from, to, probe, verdict, nodeFacts } = explanation;
  const probeText = `${probe.protocol} ${String(probe.port)}`;
  const outcome = verdict === null ? null : verdict.allowed;
  const said =
    verdict === null ? 'not a cluster connection' : verdict.allowed ? 'allowed' : 'denied';
  return (
    <section
      className={`nps-explain ${outcome === null ? 'is-na' : outcome ? 'is-allowed' : 'is-denied'}`}
      aria-labelledby={headingId}
    >
      <p className="sr-only" aria-live="polite">
        {`Explanation: ${from.label} to ${to.label}, ${said}.`}
      </p>
      <div className="nps-explain-head">
        <PanelHeading id={headingId} className="nps-explain-title">
          <span className="nps-explain-route">
            {from.key.replace(/^ip:/, '')} → {to.key.replace(/^ip:/, '')}
          </span>{' '}
          <span className="nps-muted">on {probeText}</span>
        </PanelHeading>
        <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onClose}>
          Close<span className="sr-only"> the explanation</span>
        </button>
      </div>
      {verdict === null ? (
        <p>
          Neither end is a pod, so this is not a connection the cluster sees: NetworkPolicy only
          applies to pods.
        </p>
      ) : (
        <>
          <p className="nps-explain-verdict">
            <span aria-hidden="true">{verdict.allowed ? '✓ ' : '✗ '}</span>
            {verdict.allowed
              ? 'Allowed: the source’s egress and the destination’s ingress both allow it.'
              : verdictBlame(verdict.egress, verdict.ingress)}
          </p>
          <div className="nps-explain-sides">
            <DecisionCard
              step="1"
              direction="egress"
              title={`Egress from ${from.label}`}
              role="the source"
              decision={verdict.egress}
              isPod={from.namespace !== null}
            />
            <DecisionCard
              step="2"
              direction="ingress"
              title={`Ingress to ${to.label}`}
              role="the destination"
              decision={verdict.ingress}
              isPod={to.namespace !== null}
            />
          </div>
        </>
      )}
      {nodeFacts.length > 0 ? (
        <div className="nps-explain-nodes">
          <p className="nps-explain-nodes-title">Always allowed, whatever the policies</p>
          <ul>
            {nodeFacts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

interface DecisionCardProps {
  step: string;
  direction: 'egress' | 'ingress';
  title: string;
  role: string;
  decision: Decision;
  isPod: boolean;
}

/** One direction's decision: allowed or denied, whether the pod is isolated, the rule and the reason. */
function DecisionCard({ step, direction, title, role, decision, isPod }: DecisionCardProps) {
  return (
    <div className={`nps-decision ${decision.allowed ? 'is-allowed' : 'is-denied'}`}>
      <p className="nps-decision-head">
        <span className="nps-step" aria-hidden="true">
          {step}
        </span>
        <span className="nps-badge">
          <span aria-hidden="true">{decision.allowed ? '✓' : '✗'}</span>{' '}
          {decision.allowed ? 'allowed' : 'denied'}
        </span>
      </p>
      <p className="nps-decision-title">
        {title} <span className="nps-muted">({role})</span>
      </p>
      <dl className="nps-facts">
        <dt>Isolated</dt>
        <dd>{isPod ? (decision.isolated ? 'yes' : 'no') : 'not a pod'}</dd>
        {decision.matchedBy.length > 0 ? (
          <>
            <dt>Allowed by</dt>
            <dd>
              {decision.matchedBy.map((m, i) => (
                <span key={`${m.policy}:${String(m.rule)}`}>
                  {i > 0 ? ', ' : ''}
                  <code>{m.policy}</code> {direction}[{m.rule}]
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>
      <p className="nps-reason">
        <InlineText text={decision.reason} />
      </p>
    </div>
  );
}

/** The one-line verdict of a denied connection: which side refuses it. */
function verdictBlame(egress: Decision, ingress: Decision): string {
  if (!egress.allowed && !ingress.allowed) return 'Denied by both sides.';
  if (!egress.allowed) return 'Denied: the source’s egress does not allow it.';
  return 'Denied: the destination’s ingress does not allow it.';
}
