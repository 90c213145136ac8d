import { ErrorBoundary } from '~/components/ErrorBoundary';
import { CompareView } from './CompareView';
import { HopList } from './HopList';
import { PacketDiagram } from './PacketDiagram';
import { StepControls } from './StepControls';
import { usePacketWalker } from './use-packet-walker';
import type { WalkView } from './walk-view';
import { WalkControls } from './WalkControls';
import type { WalkerState } from './walker-state';
import './packet-walker.css';

/** The island's props: the opening settings and the build's view of them. */
export interface PacketWalkerSimProps {
  start: WalkerState;
  first: WalkView;
}

/** What the walker says when its engine cannot load (offline, and nothing cached). */
const ENGINE_FAILED =
  'The walker could not load the packet engine to walk this packet: the connection may be down. Reconnect and change a setting again, or reload the page.';

/** The packet walker, guarded by an error boundary. */
export function PacketWalkerSim(props: PacketWalkerSimProps) {
  return (
    <ErrorBoundary name="packet walker">
      <Walker {...props} />
    </ErrorBoundary>
  );
}

/** The controls, the diagram, the steps, the hop list and the comparison. */
function Walker({ start, first }: PacketWalkerSimProps) {
  const walker = usePacketWalker(start, first);
  const { view, steps, step } = walker;
  const { walk } = view;
  return (
    <div className="pkt">
      <WalkControls
        state={walker.state}
        onFocus={walker.load}
        mtu={walk?.mtu ?? null}
        mistake={view.mistake}
        onChange={walker.change}
      />
      <p role="status" className="pkt-status">
        {walker.updating ? 'Updating…' : ''}
      </p>
      {walker.failed && (
        <p className="sim-error" role="alert">
          {ENGINE_FAILED}
        </p>
      )}
      {walk && !walker.failed && (
        <div className="pkt-result" aria-busy={walker.updating}>
          <p className="pkt-summary">{walk.summary}</p>
          <PacketDiagram walk={walk} steps={steps} step={step} />
          <StepControls steps={steps} step={step} onStep={walker.setStep} />
          <HopList walk={walk} steps={steps} step={step} />
          {walk.notes.length > 0 && (
            <ul className="pkt-notes">
              {walk.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view.compare && <CompareView walks={view.compare} />}
    </div>
  );
}
