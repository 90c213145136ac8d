import { useCallback, useId, useMemo, useState } from 'react';
import { summarizeChanges } from './changes';
import { explainCell } from './explain';
import { ExplanationPanel } from './ExplanationPanel';
import { enabledPolicies, type SimProbe } from './model';
import { ProbeForm } from './ProbeForm';
import { TruthTable } from './TruthTable';
import type { Party } from './truth-table';
import type { Sim } from './use-sim';

interface GridPanelProps {
  sim: Sim;
  /** A challenge's probes, offered instead of a free port field. */
  probeChoices?: SimProbe[] | undefined;
  /** The heading level's text for this panel. */
  title?: string;
}

/** The probe, the diff toggle with its summary, the legend, the grid and the open explanation. */
export function GridPanel({ sim, probeChoices, title = 'Who can connect' }: GridPanelProps) {
  const id = useId();
  const { state, dispatch, result, changes } = sim;
  const { model, probe } = state;
  const [diff, setDiff] = useState(false);
  const [selected, setSelected] = useState<{ from: string; to: string } | null>(null);
  const probeText = `${probe.protocol} ${String(probe.port)}`;
  const portNames = useMemo(
    () =>
      [
        ...new Set(
          model.cluster.pods.flatMap((pod) =>
            (pod.ports ?? []).flatMap((p) => (p.name ? [p.name] : [])),
          ),
        ),
      ].sort(),
    [model.cluster.pods],
  );
  const onProbe = useCallback(
    (next: SimProbe) => dispatch({ type: 'set-probe', probe: next }),
    [dispatch],
  );
  const { table } = result;
  const party = (key: string): Party | undefined => table?.parties.find((p) => p.key === key);
  const from = selected ? party(selected.from) : undefined;
  const to = selected ? party(selected.to) : undefined;
  const explanation = useMemo(
    () => (from && to ? explainCell(model.cluster, enabledPolicies(model), from, to, probe) : null),
    [from, to, model, probe],
  );
  const shownChanges = diff ? changes : null;

  return (
    <section className="nps-panel nps-grid-panel" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <h4 id={`${id}-title`} className="nps-panel-title">
          {title} <span className="nps-muted">on {probeText}</span>
        </h4>
        <ProbeForm probe={probe} portNames={portNames} choices={probeChoices} onChange={onProbe} />
      </div>
      <div className="nps-diff">
        <label className="nps-check">
          <input
            type="checkbox"
            checked={diff}
            onChange={(event) => setDiff(event.target.checked)}
          />
          Show changes since the last edit
        </label>
        <p className="nps-diff-summary" aria-live="polite">
          {diff
            ? state.lastChange === null
              ? 'Nothing has changed yet: switch a policy, edit one, or change the cluster.'
              : changes
                ? `${state.lastChange}. ${summarizeChanges(changes)}`
                : `${state.lastChange}.`
            : ''}
        </p>
      </div>
      {table === null ? (
        <p className="nps-problem" role="alert">
          {result.problem}
        </p>
      ) : table.parties.length === 0 ? (
        <p className="nps-muted">
          There are no pods yet: add a namespace and a pod to see the grid.
        </p>
      ) : (
        <>
          <div className="nps-grid-scroll">
            <TruthTable
              table={table}
              probeText={probeText}
              changes={shownChanges}
              selected={from && to ? selected : null}
              onSelect={(f, t) => setSelected({ from: f.key, to: t.key })}
            />
          </div>
          <Legend diff={diff} outside={table.groups.some((g) => g.key === 'outside')} />
          <p className="nps-sr" aria-live="polite">
            {explanation
              ? `Explanation below the grid: ${explanation.from.label} to ${explanation.to.label}, ${explanation.verdict === null ? 'not a cluster connection' : explanation.verdict.allowed ? 'allowed' : 'denied'}.`
              : ''}
          </p>
          {explanation ? (
            <ExplanationPanel
              explanation={explanation}
              headingId={`${id}-explain`}
              onClose={() => setSelected(null)}
            />
          ) : (
            <p className="nps-hint">
              Select a cell to see why: the source’s egress and the destination’s ingress, in the
              engine’s words.
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** What the cell marks mean. */
function Legend({ diff, outside }: { diff: boolean; outside: boolean }) {
  return (
    <ul className="nps-legend" aria-label="Legend">
      <li>
        <span className="nps-legend-mark is-allowed" aria-hidden="true">
          ✓
        </span>{' '}
        allowed
      </li>
      <li>
        <span className="nps-legend-mark is-denied" aria-hidden="true">
          ✗
        </span>{' '}
        denied
      </li>
      <li>
        <span className="nps-legend-mark is-self" aria-hidden="true">
          ✓
        </span>{' '}
        a pod to itself (always allowed)
      </li>
      {outside ? (
        <li>
          <span className="nps-legend-mark is-na" aria-hidden="true">
            –
          </span>{' '}
          both ends outside the cluster
        </li>
      ) : null}
      {diff ? (
        <li>
          <span className="nps-legend-mark is-changed" aria-hidden="true">
            Δ
          </span>{' '}
          changed by the last edit
        </li>
      ) : null}
    </ul>
  );
}
