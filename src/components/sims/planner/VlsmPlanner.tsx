import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { useLazyEngine } from '../use-lazy-engine';
import { loadVlsmEngine } from './engines';
import { formatCount } from './format';
import { PlanField } from './PlanField';
import { defaultRowName, rowName, rowsFromHosts } from './vlsm-rows';
import type { HostRowDraft, VlsmLayout } from './vlsm-rows';
import { VlsmMap } from './VlsmMap';
import { VlsmTable } from './VlsmTable';
import './planner.css';

/** The block to carve up, the host counts the rows start with, and their layout from the build. */
export interface VlsmPlannerProps {
  base: string;
  hosts: readonly number[];
  /** The engine's layout for `base` and `hosts`, computed at build time: the engine loads on first use. */
  layout: VlsmLayout;
}

/** What the planner says when its engine cannot load (offline, and the service worker had no copy). */
const LOAD_FAILED =
  'The planner could not load: the connection may be down. Reconnect and edit a field again, or reload the page.';

/** Most rows the planner offers. */
export const MAX_VLSM_ROWS = 16;

/** The VLSM planner, guarded by an error boundary. */
export function VlsmPlannerSim(props: VlsmPlannerProps) {
  return (
    <ErrorBoundary name="VLSM planner" subject="planner">
      <div className="plan plan-root">
        <Planner {...props} />
      </div>
    </ErrorBoundary>
  );
}

/**
 * The planner: every edit is allocated by the engine; a mistake shows where it is, the last good
 * layout stays. Until the learner's first action loads the engine, it shows the build's layout.
 */
function Planner({ base: startBase, hosts, layout: firstLayout }: VlsmPlannerProps) {
  const id = useId();
  const [base, setBase] = useState(startBase);
  const [rows, setRows] = useState<HostRowDraft[]>(() => rowsFromHosts(hosts));
  const [nextKey, setNextKey] = useState(hosts.length);
  const { engine, failed, load } = useLazyEngine(loadVlsmEngine);
  // Null until the engine has loaded: the drafts are then allocated again, edits included.
  const attempt = useMemo(() => engine?.attemptVlsm(base, rows) ?? null, [engine, base, rows]);
  const [lastGood, setLastGood] = useState(firstLayout);
  if (attempt?.layout && attempt.layout !== lastGood) setLastGood(attempt.layout);
  const layout = attempt?.layout ?? lastGood;
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    rootRef.current?.ownerDocument.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const error = attempt?.error ?? null;
  const rowIndex = error ? /^hostsNeeded\[(\d+)\]$/.exec(error.field ?? '') : null;
  const fitError = error?.field === 'hostsNeeded' ? error.message : null;
  const otherError =
    error && error.field !== 'base' && !rowIndex && !fitError ? error.message : null;

  /** Starts loading the engine on the learner's first action (focus, typing, a button). */
  const wake = () => {
    if (!engine) void load();
  };

  /** Changes the base network. */
  const editBase = (value: string) => {
    wake();
    setBase(value);
  };

  /** Changes one row's name or host count. */
  const editRow = (key: number, part: 'name' | 'hosts', value: string) => {
    wake();
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [part]: value } : row)));
  };

  /** Adds an empty row named after its position and focuses its host count. */
  const addRow = () => {
    wake();
    setRows((current) => [
      ...current,
      { key: nextKey, name: defaultRowName(current.length), hosts: '' },
    ]);
    setNextKey(nextKey + 1);
    setFocusTarget(`${id}-row-${String(nextKey)}-hosts`);
  };

  /** Removes a row and moves focus to the "Add" button. */
  const removeRow = (key: number) => {
    wake();
    setRows((current) => current.filter((row) => row.key !== key));
    setFocusTarget(`${id}-add`);
  };

  return (
    // Any focus inside the planner starts loading the engine, so that it is there by the first edit.
    <div ref={rootRef} className="plan-body" onFocus={wake}>
      <form className="sim-box" noValidate onSubmit={(event) => event.preventDefault()}>
        <PlanField
          id={`${id}-base`}
          label="Base network"
          hint="the block to carve into subnets"
          value={base}
          error={error?.field === 'base' ? error.message : null}
          onChange={editBase}
        />
        <fieldset className="plan-others">
          <legend>Subnets and the hosts each needs</legend>
          <ol className="plan-host-rows">
            {rows.map((row, index) => {
              const rowId = `${id}-row-${String(row.key)}`;
              const hostsError =
                rowIndex && Number(rowIndex[1]) === index ? (error?.message ?? null) : null;
              return (
                <li key={row.key} className="plan-other-row">
                  <PlanField
                    id={`${rowId}-name`}
                    label={`Name of subnet ${String(index + 1)}`}
                    value={row.name}
                    onChange={(value) => editRow(row.key, 'name', value)}
                  />
                  <PlanField
                    id={`${rowId}-hosts`}
                    label={`Hosts needed in subnet ${String(index + 1)}`}
                    value={row.hosts}
                    numeric
                    error={hostsError}
                    onChange={(value) => editRow(row.key, 'hosts', value)}
                  />
                  <button
                    type="button"
                    className="sim-btn sim-btn-quiet sim-btn-small"
                    disabled={rows.length === 1}
                    onClick={() => removeRow(row.key)}
                  >
                    Remove<span className="sr-only"> {rowName(row, index)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p>
            <button
              id={`${id}-add`}
              type="button"
              className="sim-btn sim-btn-secondary sim-btn-small"
              disabled={rows.length >= MAX_VLSM_ROWS}
              onClick={addRow}
            >
              Add a subnet
            </button>
          </p>
        </fieldset>
      </form>
      <p
        role="status"
        className={`plan-verdict plan-verdict-${error ? (fitError ? 'fails' : 'pending') : 'fits'}`}
      >
        {statusText(layout, error?.message ?? null, fitError !== null)}
      </p>
      {failed && (
        <p className="sim-error" role="alert">
          {LOAD_FAILED}
        </p>
      )}
      {otherError && <p className="sim-error">{otherError}</p>}
      <section
        className={`plan-results${error ? ' plan-stale' : ''}`}
        aria-labelledby={`${id}-results-title`}
      >
        <h4 id={`${id}-results-title`} className="plan-title">
          Allocation{error ? ' (the last one that fit)' : ''}
        </h4>
        <VlsmMap layout={layout} />
        <VlsmTable rows={layout.rows} />
      </section>
    </div>
  );
}

/** The line announced after every change: how the subnets fit, or why they do not. */
function statusText(layout: VlsmLayout, mistake: string | null, doesNotFit: boolean): string {
  if (mistake) return doesNotFit ? `They do not fit: ${mistake}` : `Not allocated yet: ${mistake}`;
  const free = layout.addresses - layout.used;
  const one = layout.rows.length === 1;
  return `${String(layout.rows.length)} ${one ? 'subnet uses' : 'subnets use'} ${formatCount(layout.used)} of ${formatCount(layout.addresses)} addresses in ${layout.base}; ${formatCount(free)} free.`;
}
