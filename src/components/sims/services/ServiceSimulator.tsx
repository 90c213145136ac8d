import { ErrorBoundary } from '~/components/ErrorBoundary';
import { PodTable } from './PodTable';
import { ResultsView } from './ResultsView';
import { RulesView } from './RulesView';
import { ServiceForm } from './ServiceForm';
import type { SimView } from './sim-model';
import type { SimState } from './sim-state';
import { TrafficForm } from './TrafficForm';
import { useServiceSim } from './use-service-sim';
import './service-sim.css';

export interface ServiceSimulatorProps {
  start: SimState;
  first: SimView; // the build's view of `start`
}

/** What the simulator says when its engine cannot load. */
const ENGINE_FAILED =
  'The simulator could not load the Services engine: the connection may be down. Reconnect and change a setting again, or reload the page.';

/** The Service simulator, guarded by an error boundary. */
export function ServiceSimulator(props: ServiceSimulatorProps) {
  return (
    <ErrorBoundary name="Service simulator">
      <Simulator {...props} />
    </ErrorBoundary>
  );
}

/** The pods, the Service, the traffic, the spread, the NAT and the rules. */
function Simulator({ start, first }: ServiceSimulatorProps) {
  const sim = useServiceSim(start, first);
  const { view } = sim;
  const otherError =
    view.error && !/nodePort|timeoutSeconds|requests/.test(view.error.field)
      ? view.error.message
      : null;
  return (
    <div className="svc" onFocus={sim.load} aria-busy={sim.updating}>
      <ServiceForm sim={sim} />
      {view.service && (
        <p className="svc-mono svc-get">
          {`NAME  TYPE  CLUSTER-IP  EXTERNAL-IP  PORT(S)\nweb   ${view.service.type}  ${view.service.clusterIP}  ${view.service.externalIP}  ${view.service.ports}`}
        </p>
      )}
      {view.service?.warnings.map((w) => (
        <p key={w} className="sim-warning">
          {w}
        </p>
      ))}
      {otherError && (
        <p className="sim-error" role="alert">
          {otherError}
        </p>
      )}
      <PodTable sim={sim} />
      <TrafficForm sim={sim} />
      <p role="status" className="sim-hint">
        {sim.updating ? 'Updating…' : ''}
      </p>
      {sim.failed && (
        <p className="sim-error" role="alert">
          {ENGINE_FAILED}
        </p>
      )}
      <ResultsView view={view} />
      <RulesView sim={sim} />
    </div>
  );
}
