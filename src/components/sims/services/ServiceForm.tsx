import { useId } from 'react';
import type { ServiceSim } from './use-service-sim';
import { SIM_TYPES, isExternalType, type SimServiceType } from './sim-state';

/** The error message when it belongs to one of the fields listed. */
function errorFor(sim: ServiceSim, fields: string[]): string | null {
  const error = sim.view.error;
  return error !== null && fields.some((f) => error.field.includes(f)) ? error.message : null;
}

/** The Service's settings: type, node port, traffic policies, affinity, traffic distribution. */
export function ServiceForm({ sim }: { sim: ServiceSim }) {
  const id = useId();
  const { state, change } = sim;
  const external = isExternalType(state.serviceType);
  const nodePortError = errorFor(sim, ['nodePort']);
  const timeoutError = errorFor(sim, ['timeoutSeconds']);
  return (
    <fieldset className="svc-fieldset">
      <legend className="svc-legend">Service web (port 80 → 8080, selector app=web)</legend>
      <div className="sim-fields">
        <div className="sim-field">
          <label htmlFor={`${id}-type`}>Type</label>
          <select
            id={`${id}-type`}
            className="sim-input"
            value={state.serviceType}
            onChange={(e) => change({ serviceType: e.target.value as SimServiceType })}
          >
            {SIM_TYPES.map((t) => (
              <option key={t} value={t}>
                {t === 'Headless' ? 'ClusterIP, headless (clusterIP: None)' : t}
              </option>
            ))}
          </select>
        </div>
        {external && (
          <div className="sim-field">
            <label htmlFor={`${id}-np`}>nodePort (empty: allocated)</label>
            <input
              id={`${id}-np`}
              className="sim-input"
              inputMode="numeric"
              value={state.nodePort}
              aria-invalid={nodePortError !== null}
              aria-describedby={nodePortError ? `${id}-np-err` : undefined}
              onChange={(e) => change({ nodePort: e.target.value })}
            />
            {nodePortError && (
              <p id={`${id}-np-err`} className="sim-error">
                {nodePortError}
              </p>
            )}
          </div>
        )}
        {external && (
          <div className="sim-field">
            <label htmlFor={`${id}-etp`}>externalTrafficPolicy</label>
            <select
              id={`${id}-etp`}
              className="sim-input"
              value={state.externalTrafficPolicy}
              onChange={(e) =>
                change({ externalTrafficPolicy: e.target.value as 'Cluster' | 'Local' })
              }
            >
              <option>Cluster</option>
              <option>Local</option>
            </select>
          </div>
        )}
        <div className="sim-field">
          <label htmlFor={`${id}-itp`}>internalTrafficPolicy</label>
          <select
            id={`${id}-itp`}
            className="sim-input"
            value={state.internalTrafficPolicy}
            onChange={(e) =>
              change({ internalTrafficPolicy: e.target.value as 'Cluster' | 'Local' })
            }
          >
            <option>Cluster</option>
            <option>Local</option>
          </select>
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-td`}>trafficDistribution</label>
          <select
            id={`${id}-td`}
            className="sim-input"
            value={state.trafficDistribution}
            onChange={(e) =>
              change({
                trafficDistribution: e.target.value as '' | 'PreferSameZone' | 'PreferSameNode',
              })
            }
          >
            <option value="">(not set)</option>
            <option>PreferSameZone</option>
            <option>PreferSameNode</option>
          </select>
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-aff`}>Session affinity</label>
          <select
            id={`${id}-aff`}
            className="sim-input"
            value={state.affinity ? 'ClientIP' : 'None'}
            onChange={(e) => change({ affinity: e.target.value === 'ClientIP' })}
          >
            <option>None</option>
            <option>ClientIP</option>
          </select>
        </div>
        {state.affinity && (
          <div className="sim-field">
            <label htmlFor={`${id}-to`}>timeoutSeconds (empty: 10800)</label>
            <input
              id={`${id}-to`}
              className="sim-input"
              inputMode="numeric"
              value={state.affinityTimeout}
              aria-invalid={timeoutError !== null}
              aria-describedby={timeoutError ? `${id}-to-err` : undefined}
              onChange={(e) => change({ affinityTimeout: e.target.value })}
            />
            {timeoutError && (
              <p id={`${id}-to-err`} className="sim-error">
                {timeoutError}
              </p>
            )}
          </div>
        )}
      </div>
    </fieldset>
  );
}
