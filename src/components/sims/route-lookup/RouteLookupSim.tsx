import { useId, useState, type SubmitEvent } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import type { LookupResult } from '~/sim/route-table/types';
import { useLazyEngine } from '../use-lazy-engine';
import { loadLookupEngine, type LookupEngine } from './engine';
import type { LookupField } from './lookup-model';
import { ROUTE_LOOKUP_PRESETS, findPreset } from './presets';
import { ResultPanel } from './ResultPanel';
import './route-lookup.css';

/** The preset the island opens on and its result, both from the build. */
export interface RouteLookupSimProps {
  preset: string;
  /** The engine's result for the preset, computed at build time: the engine loads on first edit. */
  result: LookupResult;
}

/** The route-lookup simulator, guarded by an error boundary. */
export function RouteLookupSim(props: RouteLookupSimProps) {
  return (
    <ErrorBoundary name="route lookup">
      <RouteLookup {...props} />
    </ErrorBoundary>
  );
}

/** A learner's mistake and the field it is in. */
interface Mistake {
  message: string;
  field: LookupField;
}

/** The table, the destination and the preset picker; the result updates as the learner edits. */
function RouteLookup({ preset: initialPreset, result: initialResult }: RouteLookupSimProps) {
  const id = useId();
  const start = findPreset(initialPreset) ?? ROUTE_LOOKUP_PRESETS[0];
  const [presetId, setPresetId] = useState(start?.id ?? '');
  const [table, setTable] = useState(start?.table ?? '');
  const [destination, setDestination] = useState(start?.destination ?? '');
  const [result, setResult] = useState(initialResult);
  const [mistake, setMistake] = useState<Mistake | null>(null);
  const { engine, failed, load } = useLazyEngine(loadLookupEngine);

  /** Recomputes; a mistake is shown only when asked (submit, leaving a field, picking a preset). */
  const show = (loaded: LookupEngine, text: string, address: string, showMistake: boolean) => {
    const outcome = loaded.attemptLookup(text, address);
    if ('result' in outcome) {
      setResult(outcome.result);
      setMistake(null);
    } else if (showMistake) setMistake({ message: outcome.error, field: outcome.field });
  };
  /** Recomputes with the engine now, or once it has loaded. */
  const update = (text: string, address: string, showMistake: boolean) => {
    if (engine) show(engine, text, address, showMistake);
    else
      void load().then((loaded) => {
        if (loaded) show(loaded, text, address, showMistake);
      });
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    update(table, destination, true);
  };
  const pick = (nextId: string) => {
    const next = findPreset(nextId);
    if (!next) return;
    setPresetId(next.id);
    setTable(next.table);
    setDestination(next.destination);
    update(next.table, next.destination, true);
  };

  const hint = findPreset(presetId)?.hint;
  const tableError = mistake?.field === 'table' ? mistake.message : null;
  const destinationError = mistake?.field === 'destination' ? mistake.message : null;
  return (
    <div className="rtl">
      <div className="sim-field">
        <label htmlFor={`${id}-preset`}>Example router</label>
        <select
          id={`${id}-preset`}
          className="sim-input"
          value={presetId}
          onChange={(event) => pick(event.target.value)}
          onFocus={() => void load()}
        >
          {ROUTE_LOOKUP_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.title}
            </option>
          ))}
        </select>
        {hint && <p className="sim-hint">{hint}</p>}
      </div>
      <form className="rtl-form" onSubmit={submit} noValidate>
        <div className="sim-field">
          <label htmlFor={`${id}-table`}>Routing table (show ip route or show ipv6 route)</label>
          <textarea
            id={`${id}-table`}
            className="sim-input sim-input-code rtl-table-input"
            value={table}
            rows={14}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            aria-invalid={tableError !== null}
            aria-describedby={`${id}-table-${tableError ? 'error' : 'hint'}`}
            onChange={(event) => {
              setTable(event.target.value);
              update(event.target.value, destination, false);
            }}
            onFocus={() => void load()}
            onBlur={() => update(table, destination, true)}
          />
          {tableError ? (
            <p id={`${id}-table-error`} className="sim-error" role="alert">
              {tableError}
            </p>
          ) : (
            <p id={`${id}-table-hint`} className="sim-hint">
              Edit the routes, paste your own router&apos;s output, or delete a line and see what
              changes.
            </p>
          )}
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-destination`}>Destination address</label>
          <div className="rtl-row">
            <input
              id={`${id}-destination`}
              className="sim-input sim-input-code"
              value={destination}
              spellCheck={false}
              autoCapitalize="off"
              autoComplete="off"
              aria-invalid={destinationError !== null}
              aria-describedby={`${id}-destination-${destinationError ? 'error' : 'hint'}`}
              onChange={(event) => {
                setDestination(event.target.value);
                update(table, event.target.value, false);
              }}
              onFocus={() => void load()}
              onBlur={() => update(table, destination, true)}
            />
            <button type="submit" className="sim-btn">
              Find the next hop
            </button>
          </div>
          {destinationError ? (
            <p id={`${id}-destination-error`} className="sim-error" role="alert">
              {destinationError}
            </p>
          ) : (
            <p id={`${id}-destination-hint`} className="sim-hint">
              An address of the table’s family, such as{' '}
              {findPreset(presetId)?.destination ?? '10.20.30.70'}
            </p>
          )}
        </div>
        {failed && (
          <p className="sim-error" role="alert">
            The route lookup could not load: the connection may be down. Reconnect and press Find
            the next hop again, or reload the page.
          </p>
        )}
      </form>
      <p className="sr-only" role="status">
        {result.destination}: {result.decision.text}
      </p>
      <ResultPanel result={result} stale={mistake !== null} id={id} />
    </div>
  );
}
