import { useId } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { EniGrid } from './EniGrid';
import { withPods } from './pod-history';
import type { EksSeed } from './eks-seed';
import { MaxPodsCards } from './MaxPodsCards';
import { SettingsPanel } from './SettingsPanel';
import { TypeField } from './TypeField';
import { useEks } from './use-eks';
import './eks-sizing.css';

/** What the island says when its engine cannot load (offline, and nothing cached). */
const ENGINE_FAILED =
  'The EKS sizing engine could not load: the connection may be down. Reconnect and change a setting again, or reload the page.';

/** The pod buttons: add or delete pods, or start again. */
function PodButtons({ onPods, onReset }: { onPods: (delta: number) => void; onReset: () => void }) {
  return (
    <div className="eks-pod-buttons" role="group" aria-label="Schedule or delete pods">
      <button type="button" className="sim-btn" onClick={() => onPods(1)}>
        +1 pod
      </button>
      <button type="button" className="sim-btn" onClick={() => onPods(10)}>
        +10 pods
      </button>
      <button type="button" className="sim-btn sim-btn-secondary" onClick={() => onPods(-1)}>
        −1 pod
      </button>
      <button type="button" className="sim-btn sim-btn-secondary" onClick={() => onPods(-10)}>
        −10 pods
      </button>
      <button type="button" className="sim-btn sim-btn-quiet" onClick={onReset}>
        Reset
      </button>
    </div>
  );
}

/** The EKS sizing island: pick a type, read max pods both ways, then schedule pods. */
export function EksSizingSim({ seed }: { seed: EksSeed }) {
  return (
    <ErrorBoundary name="EKS sizing">
      <EksSizing seed={seed} />
    </ErrorBoundary>
  );
}

/** The island's body, under the error boundary. */
function EksSizing({ seed }: { seed: EksSeed }) {
  const id = useId();
  const state = useEks(seed);
  const { view, settings } = state;
  const step = view.timeline?.steps.at(-1);
  return (
    <div className="eks" onFocus={state.load}>
      <TypeField
        id={id}
        text={state.typeText}
        lookup={state.lookup}
        onText={state.setTypeText}
        onFocus={state.loadTable}
      />
      <p className="sim-hint">
        {state.instanceType}: {settings.limits.enis} ENIs, {settings.limits.ipv4PerEni} IPv4
        addresses per ENI, {settings.limits.hypervisor === 'nitro' ? 'Nitro' : 'not Nitro'}
        {settings.limits.vcpus === undefined ? '' : `, ${String(settings.limits.vcpus)} vCPUs`}.
      </p>
      <MaxPodsCards
        secondary={view.secondary}
        prefix={view.prefix}
        customNetworking={settings.customNetworking}
        hypervisor={settings.limits.hypervisor}
      />
      <div className="eks-sim">
        <SettingsPanel
          id={id}
          settings={settings}
          vcpusKnown={settings.limits.vcpus !== undefined}
          error={view.error}
          onChange={state.change}
        />
        <div className="eks-run" aria-busy={state.updating}>
          <PodButtons
            onPods={(delta) => state.change({ events: withPods(settings.events, delta) })}
            onReset={() => state.change({ events: [] })}
          />
          <p role="status" className="eks-updating">
            {state.updating ? 'Updating…' : ''}
          </p>
          {state.failed && (
            <p className="sim-error" role="alert">
              {ENGINE_FAILED}
            </p>
          )}
          {step !== undefined && <EniGrid step={step} />}
          {view.timeline?.notes.map((note) => (
            <p key={note} className="sim-hint">
              {note}
            </p>
          ))}
        </div>
      </div>
    </div>
  );
}
