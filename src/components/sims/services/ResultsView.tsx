import type { SimView } from './sim-model';

/** The share of a count in a total, as a whole percent. */
function percent(count: number, total: number): string {
  return total === 0 ? '0%' : `${String(Math.round((count * 100) / total))}%`;
}

/** The spread of the requests over the endpoints, and what happened to the first one. */
export function ResultsView({ view }: { view: SimView }) {
  const total = view.delivered + view.dropped + view.notProxied;
  const first = view.first;
  return (
    <div className="svc-results">
      <p className="svc-summary" aria-live="polite">
        {`${String(view.delivered)} delivered, ${String(view.dropped)} dropped or refused, ${String(view.notProxied)} not handled by kube-proxy.`}
      </p>
      <ul className="svc-bars" aria-label="Connections per pod">
        {view.endpoints.map((e) => (
          <li key={e.pod} className="svc-bar-row">
            <span className="svc-bar-name">{`${e.pod} (${e.node})`}</span>
            <span className="svc-bar" aria-hidden="true">
              <span className="svc-bar-fill" style={{ inlineSize: percent(e.count, total) }} />
            </span>
            <span className="svc-bar-count">{`${String(e.count)} · ${percent(e.count, total)}`}</span>
          </li>
        ))}
      </ul>
      {first && (
        <dl className="svc-nat">
          <dt>First connection</dt>
          <dd>{first.reason}</dd>
          {first.dialled && (
            <>
              <dt>Client dialled</dt>
              <dd className="svc-mono">{`${first.sourceIp} → ${first.dialled}${first.entryNode ? ` (rules of ${first.entryNode})` : ''}`}</dd>
            </>
          )}
          {first.dnat && (
            <>
              <dt>DNAT</dt>
              <dd className="svc-mono">{`${first.dnat.from} → ${first.dnat.to}`}</dd>
            </>
          )}
          {first.dnat && (
            <>
              <dt>SNAT</dt>
              <dd className="svc-mono">
                {first.snat ? `${first.snat.from} → ${first.snat.to}` : 'none'}
              </dd>
              <dt>The pod sees the source</dt>
              <dd className="svc-mono">{first.seenSource}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
