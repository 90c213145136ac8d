import { useId, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { FlowForm } from './FlowForm';
import type { VpcWalkerSeed } from '~/lib/aws-vpc-seed';
import { PathView } from './PathView';
import { RulesPanel } from './RulesPanel';
import { SubnetList } from './SubnetList';
import { useWalker } from './use-walker';
import './vpc-walker.css';

/** The walker's props: one preset, or several with a picker (the first is shown first). */
export interface VpcWalkerSimProps {
  seeds: VpcWalkerSeed[];
}

/** The VPC packet walker, guarded by an error boundary; a preset picker when given several presets. */
export function VpcWalkerSim({ seeds }: VpcWalkerSimProps) {
  const id = useId();
  const [presetId, setPresetId] = useState(seeds[0]?.id ?? '');
  const seed = seeds.find((s) => s.id === presetId) ?? seeds[0];
  if (!seed) return null;
  return (
    <ErrorBoundary name="VPC packet walker">
      <div className="vpc">
        {seeds.length > 1 && (
          <div className="sim-field vpc-picker">
            <label htmlFor={`${id}-preset`}>Scenario</label>
            <select
              id={`${id}-preset`}
              className="sim-input"
              value={seed.id}
              onChange={(event) => setPresetId(event.target.value)}
            >
              {seeds.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
            <p className="sim-hint">{seed.description}</p>
          </div>
        )}
        <Walker key={seed.id} seed={seed} />
      </div>
    </ErrorBoundary>
  );
}

/** What the walker says when its engine cannot load (offline, and the service worker had no copy). */
const ENGINE_FAILED =
  'The walker could not load the VPC engine to work out this flow: the connection may be down. Reconnect and change the flow or a rule again, or reload the page.';

/**
 * One preset's walker: the connection form, the verdict (announced), the path, and the rules. It
 * opens on the verdict the build worked out; any focus inside starts loading the engine.
 */
function Walker({ seed }: { seed: VpcWalkerSeed }) {
  const view = useWalker(seed);
  const { result } = view;
  return (
    <div className="vpc-body" onFocus={view.load}>
      <FlowForm
        choice={view.choice}
        endpoints={view.endpoints}
        mistake={view.mistake}
        onChange={view.setChoice}
      />
      <div className="vpc-result" aria-busy={view.updating}>
        <p
          className={`vpc-verdict ${result ? (result.allowed ? 'vpc-verdict-ok' : 'vpc-verdict-bad') : ''}`}
          aria-live="polite"
        >
          {result ? result.summary : ''}
        </p>
        <p role="status" className="vpc-status">
          {view.updating ? 'Updating…' : ''}
        </p>
        {view.failed && (
          <p className="sim-error" role="alert">
            {ENGINE_FAILED}
          </p>
        )}
        {result && <PathView result={result} />}
      </div>
      <RulesPanel
        toggles={view.toggles}
        off={view.off}
        used={view.used}
        onToggle={view.toggle}
        onReset={view.resetRules}
      />
      <SubnetList subnets={view.subnets} />
    </div>
  );
}
