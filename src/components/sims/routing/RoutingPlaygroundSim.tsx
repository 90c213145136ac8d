import { useId, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { ConverterPanel } from './ConverterPanel';
import { RequestForm } from './RequestForm';
import { TestTable } from './TestTable';
import { usePlayground, type PlaygroundSeed } from './use-playground';
import { VerdictPanel } from './VerdictPanel';
import './routing.css';

/** The playground's props: the presets, the first one shown first (with the build's view). */
export interface RoutingPlaygroundSimProps {
  seeds: PlaygroundSeed[];
  /** The Ingress that a Gateway API preset's converter tab converts. */
  migrationExample: string;
}

/** The routing playground for Ingress and the Gateway API, with a preset picker. */
export function RoutingPlaygroundSim({ seeds, migrationExample }: RoutingPlaygroundSimProps) {
  const id = useId();
  const [presetId, setPresetId] = useState(seeds[0]?.preset.id ?? '');
  const seed = seeds.find((s) => s.preset.id === presetId) ?? seeds[0];
  if (!seed) return null;
  return (
    <ErrorBoundary name="routing playground">
      <div className="routing">
        {seeds.length > 1 && (
          <div className="sim-field">
            <label htmlFor={`${id}-preset`}>Example</label>
            <select
              id={`${id}-preset`}
              className="sim-input"
              value={seed.preset.id}
              onChange={(e) => setPresetId(e.target.value)}
            >
              {seeds.map((s) => (
                <option key={s.preset.id} value={s.preset.id}>
                  {s.preset.api === 'gateway' ? 'Gateway API' : 'Ingress'}: {s.preset.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <Playground key={seed.preset.id} seed={seed} migrationExample={migrationExample} />
      </div>
    </ErrorBoundary>
  );
}

/** What the playground says when its engine cannot load. */
const ENGINE_FAILED =
  'The playground could not load its routing engine: the connection may be down. Reconnect and change something again, or reload the page.';

/** One preset's playground: the manifests, the request, the verdict, the tests and the converter. */
function Playground({
  seed,
  migrationExample,
}: {
  seed: PlaygroundSeed;
  migrationExample: string;
}) {
  const id = useId();
  const play = usePlayground(seed, migrationExample);
  const [tab, setTab] = useState<'route' | 'convert'>('route');
  /** Shows a tab; the converter works out the current Ingress each time it opens. */
  const choose = (key: 'route' | 'convert') => {
    setTab(key);
    if (key === 'convert') play.convert();
  };
  const { view } = play;
  const tabs = [
    ['route', 'Route a request'],
    ['convert', 'Convert to HTTPRoute'],
  ] as const;
  return (
    <div className="routing-body" onFocus={play.warmUp}>
      <div role="tablist" aria-label="Playground views" className="routing-tabs">
        {tabs.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-tab-${key}`}
            aria-selected={tab === key}
            aria-controls={`${id}-panel-${key}`}
            tabIndex={tab === key ? 0 : -1}
            className={`sim-btn sim-btn-small ${tab === key ? '' : 'sim-btn-quiet'}`}
            onClick={() => choose(key)}
            onKeyDown={(event) => {
              if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
              const other = key === 'route' ? 'convert' : 'route';
              choose(other);
              document.getElementById(`${id}-tab-${other}`)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {play.failed && (
        <p className="sim-error" role="alert">
          {ENGINE_FAILED}
        </p>
      )}
      <div
        role="tabpanel"
        id={`${id}-panel-route`}
        aria-labelledby={`${id}-tab-route`}
        hidden={tab !== 'route'}
        className="routing-panel"
      >
        <div className="sim-field">
          <label htmlFor={`${id}-manifests`}>
            {play.api === 'gateway'
              ? 'Gateway, HTTPRoute, ReferenceGrant, Service and Namespace manifests'
              : 'Ingress manifests'}{' '}
            (YAML)
          </label>
          <textarea
            id={`${id}-manifests`}
            className="sim-input sim-input-code routing-manifests"
            rows={16}
            spellCheck={false}
            value={play.manifests}
            aria-invalid={(view?.problems.length ?? 0) > 0}
            aria-describedby={`${id}-manifest-status`}
            onChange={(e) => play.setManifests(e.target.value)}
          />
          <div id={`${id}-manifest-status`}>
            {view && view.problems.length > 0 ? (
              <ul className="sim-error routing-problems">
                {view.problems.map((p) => (
                  <li
                    key={`${String(p.document)}:${String(p.line)}:${String(p.column)}:${p.message}`}
                  >
                    Line {p.line}, column {p.column}: {p.message}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="sim-hint">Read: {view?.summary ?? '…'}</p>
            )}
          </div>
        </div>
        <RequestForm
          id={id}
          api={play.api}
          request={play.request}
          error={view?.requestError ?? null}
          onChange={play.setRequest}
        />
        {view ? (
          <>
            <VerdictPanel id={id} verdict={view.verdict} />
            <TestTable id={id} rows={view.tests} onAdd={play.addTest} onRemove={play.removeTest} />
          </>
        ) : (
          <p className="sim-hint">Working out the routes…</p>
        )}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-convert`}
        aria-labelledby={`${id}-tab-convert`}
        hidden={tab !== 'convert'}
        className="routing-panel"
      >
        {play.api === 'gateway' && (
          <p className="sim-hint">
            These manifests are already Gateway API objects; here is how the migration example’s
            Ingress converts.
          </p>
        )}
        {play.conversion ? (
          <ConverterPanel id={id} conversion={play.conversion} />
        ) : (
          <p className="sim-hint">Converting…</p>
        )}
      </div>
    </div>
  );
}
