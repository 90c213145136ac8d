import { useId, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { useLazyEngine } from '../use-lazy-engine';
import { DEMO_SERVICE_LINES } from './demo-cluster';
import { loadResolverEngine, type ResolverEngine } from './load-engine';
import { ResolverForm } from './ResolverForm';
import type { ResolverInput, ResolverView } from './resolver-model';
import { TraceTable } from './TraceTable';
import './dns-resolver.css';

/** The island's starting choices and their view, both from the build. */
export interface DnsResolverSimProps {
  initial: ResolverInput;
  view: ResolverView;
}

/** The DNS resolver, guarded by an error boundary. */
export function DnsResolverSim(props: DnsResolverSimProps) {
  return (
    <ErrorBoundary name="DNS resolver">
      <Resolver {...props} />
    </ErrorBoundary>
  );
}

/** The choices, the pod's resolv.conf and the trace; recomputed on every change once loaded. */
function Resolver({ initial, view: firstView }: DnsResolverSimProps) {
  const id = useId();
  const [input, setInput] = useState(initial);
  const [view, setView] = useState(firstView);
  const [error, setError] = useState<string | null>(null);
  const { engine, failed, load } = useLazyEngine(loadResolverEngine);

  /** Works out the view for new choices, with the engine at hand or once it loads. */
  const update = (next: ResolverInput) => {
    setInput(next);
    const show = (loaded: ResolverEngine) => {
      const outcome = loaded.computeView(next);
      if ('view' in outcome) {
        setView(outcome.view);
        setError(null);
      } else setError(outcome.error);
    };
    if (engine) show(engine);
    else void load().then((loaded) => loaded && show(loaded));
  };
  const change = (patch: Partial<ResolverInput>) => update({ ...input, ...patch });

  return (
    <div className="dns" onFocus={() => void load()}>
      <ResolverForm id={id} input={input} error={error} onChange={change} />
      {failed && (
        <p className="sim-error" role="alert">
          The resolver could not load its engine: the connection may be down. Reconnect and change a
          choice again, or reload the page.
        </p>
      )}
      <p className="dns-summary" role="status">
        {error === null ? view.summary : `Still showing the last valid name. ${view.summary}`}
      </p>
      <div className="dns-body">
        <section aria-labelledby={`${id}-conf`}>
          <h4 id={`${id}-conf`}>The pod’s /etc/resolv.conf</h4>
          {/* Focusable: a long search line scrolls, and the keyboard must reach it too. */}
          <pre className="dns-conf" tabIndex={0}>
            {view.resolvConf}
          </pre>
          {view.notes.map((note) => (
            <p key={note} className="sim-warning">
              {note}
            </p>
          ))}
        </section>
        <section aria-labelledby={`${id}-trace`}>
          <h4 id={`${id}-trace`}>Queries: {view.queries}</h4>
          <TraceTable
            view={view}
            caption="Each name the resolver tried, in order, and the answer to each question"
          />
          <h4>Answer</h4>
          {view.answers.length > 0 ? (
            <ul className="dns-answers">
              {view.answers.map((a) => (
                <li key={a}>
                  <code>{a}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p className="sim-hint">
              No records from the cluster DNS (a forwarded name is answered upstream; its records
              are not shown).
            </p>
          )}
        </section>
      </div>
      <details className="dns-cluster">
        <summary>What this cluster holds</summary>
        <ul>
          {DEMO_SERVICE_LINES.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
