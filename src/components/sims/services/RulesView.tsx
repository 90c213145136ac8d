import type { ServiceSim } from './use-service-sim';
import type { SimMode } from './sim-state';

const MODES: readonly { mode: SimMode; label: string }[] = [
  { mode: 'iptables', label: 'iptables' },
  { mode: 'nftables', label: 'nftables' },
  { mode: 'ipvs', label: 'IPVS (deprecated)' },
];

/** The kube-proxy mode as tabs, and the rules of the node that handled the first connection. */
export function RulesView({ sim }: { sim: ServiceSim }) {
  const { state, view, change } = sim;
  return (
    <section className="svc-rules" aria-label="kube-proxy rules">
      <div className="svc-tabs" role="group" aria-label="kube-proxy mode">
        {MODES.map((m) => (
          <button
            key={m.mode}
            type="button"
            className={`sim-btn sim-btn-small ${state.mode === m.mode ? '' : 'sim-btn-quiet'}`}
            aria-pressed={state.mode === m.mode}
            onClick={() => change({ mode: m.mode })}
          >
            {m.label}
          </button>
        ))}
      </div>
      <p className="sim-hint">
        {`Rules on ${view.rulesNode}. The mode also changes how an endpoint is picked: iptables walks rules with probabilities, nftables draws from a verdict map, IPVS goes round robin.`}
      </p>
      <pre className="svc-pre" tabIndex={0}>
        <code>{view.rules}</code>
      </pre>
    </section>
  );
}
