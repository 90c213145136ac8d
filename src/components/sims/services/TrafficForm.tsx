import { useId } from 'react';
import type { ServiceSim } from './use-service-sim';
import { SIM_CLIENTS, type SimClientId } from './sim-state';

/** Where the requests come from, how many, and the seed (same seed, same counts). */
export function TrafficForm({ sim }: { sim: ServiceSim }) {
  const id = useId();
  const { state, change } = sim;
  const error = sim.view.error?.field === 'requests' ? sim.view.error.message : null;
  return (
    <div className="sim-fields">
      <div className="sim-field">
        <label htmlFor={`${id}-client`}>Client</label>
        <select
          id={`${id}-client`}
          className="sim-input"
          value={state.client}
          onChange={(e) => change({ client: e.target.value as SimClientId })}
        >
          {SIM_CLIENTS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="sim-field">
        <label htmlFor={`${id}-n`}>New connections</label>
        <input
          id={`${id}-n`}
          className="sim-input"
          inputMode="numeric"
          value={state.requests}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-n-err` : undefined}
          onChange={(e) => change({ requests: e.target.value })}
        />
        {error && (
          <p id={`${id}-n-err`} className="sim-error">
            {error}
          </p>
        )}
      </div>
      <div className="sim-field">
        <span className="svc-label">Seed {state.seed}</span>
        <button
          type="button"
          className="sim-btn sim-btn-secondary"
          onClick={() => change({ seed: state.seed + 1 })}
        >
          Send again with a new seed
        </button>
      </div>
    </div>
  );
}
