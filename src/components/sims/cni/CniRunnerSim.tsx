import { ErrorBoundary } from '~/components/ErrorBoundary';
import { CallLog, outcomeText } from './CallLog';
import { ConfigEditor } from './ConfigEditor';
import { PodsTable } from './PodsTable';
import type { RunnerAction } from './runner-model';
import { useRunner, type RunnerSeed } from './use-runner';
import './cni-runner.css';

/** What the runner says when its engine cannot load (offline, and the service worker had no copy). */
const ENGINE_FAILED =
  'The runner could not load the CNI engine: the connection may be down. Reconnect and try again, or reload the page.';

/** The operations with no pod of their own, in the order the buttons show them. */
const NODE_ACTIONS: { kind: 'STATUS' | 'GC' | 'VERSION'; label: string }[] = [
  { kind: 'STATUS', label: 'STATUS' },
  { kind: 'GC', label: 'GC' },
  { kind: 'VERSION', label: 'VERSION' },
];

/** The CNI runner: edit a configuration list, run ADD, CHECK, DEL, STATUS, GC and VERSION. */
export function CniRunnerSim({ seed }: { seed: RunnerSeed }) {
  return (
    <ErrorBoundary name="CNI runner">
      <Runner seed={seed} />
    </ErrorBoundary>
  );
}

/** The runner's body; any focus inside starts loading the engine. */
function Runner({ seed }: { seed: RunnerSeed }) {
  const runner = useRunner(seed);
  const latest = runner.state.log[0];
  const run = (action: RunnerAction) => runner.run(action);
  return (
    <div className="cni" onFocus={runner.load}>
      <ConfigEditor
        text={runner.state.text}
        problems={runner.view.problems}
        warnings={runner.view.warnings}
        onChange={runner.setText}
        onReset={runner.reset}
      />
      <div className="cni-side" aria-busy={runner.updating}>
        <div className="cni-buttons">
          <button type="button" className="sim-btn" onClick={() => run({ kind: 'ADD' })}>
            Start a pod
          </button>
          {NODE_ACTIONS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="sim-btn sim-btn-secondary"
              onClick={() => run({ kind })}
            >
              {label}
            </button>
          ))}
        </div>
        <p role="status" className="cni-status">
          {runner.updating ? 'Updating…' : latest ? `${latest.title}: ${outcomeText(latest)}` : ''}
        </p>
        {runner.failed && (
          <p className="sim-error" role="alert">
            {ENGINE_FAILED}
          </p>
        )}
        <PodsTable pods={runner.view.pods} usage={runner.view.usage} onRun={run} />
      </div>
      <CallLog log={runner.state.log} />
    </div>
  );
}
