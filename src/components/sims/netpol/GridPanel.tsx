import { lazy, Suspense, useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { enabledPolicies, type SimProbe } from './model';
import { ProbeForm } from './ProbeForm';
import { TruthTable } from './TruthTable';
import type { Party } from './truth-table';
import type * as ChangesApi from './changes';
import type { Sim } from './use-sim';
import { PanelHeading } from './PanelHeading';

// The explanation (and the code that builds it) loads on the first click on a cell.
const ExplanationPanel = lazy(() => import('./ExplanationPanel'));

/** The diff module, loaded when diff mode is first switched on. */
type ChangesModule = typeof ChangesApi;

interface GridPanelProps {
  sim: Sim;
  /** A control instead of the free port field (a challenge's list of probes). */
  probeControl?: ReactNode;
  /** The heading level's text for this panel. */
  title?: string;
}

/** The probe, the diff toggle with its summary, the legend, the grid and the open explanation. */
export function GridPanel({ sim, probeControl, title = 'Who can connect' }: GridPanelProps) {
  const id = useId();
  const { state, dispatch, result, engine, updating } = sim;
  const { model, probe, previous } = state;
  const [diff, setDiff] = useState(false);
  const [diffModule, setDiffModule] = useState<ChangesModule | null>(null);
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
  // The cells the last change turned, in diff mode (the grid before it, at the current probe);
  // none while the grid is updating, since it is then the grid from before the change.
  const changes = useMemo(() => {
    if (!diff || !diffModule || !engine || updating) return null;
    if (previous === null || result.table === null) return null;
    const before = engine.computeTable(previous.cluster, enabledPolicies(previous), probe);
    return before.table
      ? diffModule.changesBetween(before.table.matrix, result.table.matrix)
      : null;
  }, [diff, diffModule, engine, updating, previous, probe, result]);
  const shownChanges = diff ? changes : null;

  return (
    <section className="nps-panel nps-grid-panel" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <PanelHeading id={`${id}-title`} className="nps-panel-title">
          {title} <span className="nps-muted">on {probeText}</span>
        </PanelHeading>
        {probeControl ?? <ProbeForm probe={probe} portNames={portNames} onChange={onProbe} />}
      </div>
      <div className="nps-diff">
        <label className="nps-check">
          <input
            type="checkbox"
            checked={diff}
            onChange={(event) => {
              setDiff(event.target.checked);
              if (!diffModule) void import('./changes').then(setDiffModule);
            }}
          />
          Show changes since the last edit
        </label>
        <p className="sim-warning nps-diff-summary" aria-live="polite">
          {diff
            ? state.lastChange === null
              ? 'Nothing has changed yet: switch a policy, edit one, or change the cluster.'
              : changes && diffModule
                ? `${state.lastChange}. ${diffModule.summarizeChanges(changes)}`
                : `${state.lastChange}.`
            : ''}
        </p>
      </div>
      <div className="nps-grid-result" aria-busy={updating}>
        {/* Polite and always present, so the change of its text is announced. */}
        <p className="nps-updating" role="status">
          {updating ? 'Updating…' : ''}
        </p>
        <GridResult
          sim={sim}
          probeText={probeText}
          changes={shownChanges}
          diff={diff}
          headingId={`${id}-explain`}
        />
      </div>
    </section>
  );
}

interface GridResultProps {
  sim: Sim;
  probeText: string;
  changes: ChangesApi.Changes | null;
  diff: boolean;
  headingId: string;
}

/** The grid with its legend and the open explanation, or why there is no grid. */
function GridResult({ sim, probeText, changes, diff, headingId }: GridResultProps) {
  const { state, result, loadEngine } = sim;
  const { model, probe } = state;
  const [selected, setSelected] = useState<{ from: string; to: string } | null>(null);
  const { table } = result;
  const party = (key: string): Party | undefined => table?.parties.find((p) => p.key === key);
  const from = selected ? party(selected.from) : undefined;
  const to = selected ? party(selected.to) : undefined;
  const policies = useMemo(() => enabledPolicies(model), [model]);
  return table === null ? (
    <p className="nps-problem" role="alert">
      {result.problem}
    </p>
  ) : table.parties.length === 0 ? (
    <p className="nps-muted">There are no pods yet: add a namespace and a pod to see the grid.</p>
  ) : (
    <>
      <div className="nps-grid-scroll">
        <TruthTable
          table={table}
          probeText={probeText}
          changes={changes}
          selected={from && to ? selected : null}
          onSelect={(f, t) => {
            setSelected({ from: f.key, to: t.key });
            // The learner is exploring: the next change then finds the engine loaded.
            loadEngine();
          }}
        />
      </div>
      <Legend diff={diff} outside={table.groups.some((g) => g.key === 'outside')} />
      {from && to ? (
        <Suspense fallback={<p className="nps-muted">Loading the explanation…</p>}>
          <ExplanationPanel
            cluster={model.cluster}
            policies={policies}
            from={from}
            to={to}
            probe={probe}
            headingId={headingId}
            onClose={() => setSelected(null)}
          />
        </Suspense>
      ) : (
        <p className="sim-hint">
          Select a cell to see why: the source’s egress and the destination’s ingress, in the
          engine’s words.
        </p>
      )}
    </>
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
