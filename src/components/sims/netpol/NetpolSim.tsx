import { ErrorBoundary } from '~/components/ErrorBoundary';
import { ClusterPanel } from './ClusterPanel';
import { GridPanel } from './GridPanel';
import type { SimSeed } from './model';
import { PolicyPanel } from './PolicyPanel';
import { ShareBar } from './ShareBar';
import { useSim } from './use-sim';
import './netpol-sim.css';

/** The props of a lesson embed (and of the playground's simulator). */
export interface NetpolSimProps {
  seed: SimSeed;
  presetId: string;
  /** The playground page's address, with the base path. */
  playgroundHref: string;
  /** "embed" in a lesson (stacked, links to the playground); "playground" (wide, copies links). */
  mode?: 'embed' | 'playground';
}

/** The NetworkPolicy simulator, guarded by an error boundary. */
export function NetpolSim(props: NetpolSimProps) {
  return (
    <ErrorBoundary name="network policy simulator">
      <Simulator {...props} />
    </ErrorBoundary>
  );
}

/** The cluster, the policies and the grid over one state; Reset reloads the seed. */
export function Simulator({ seed, presetId, playgroundHref, mode = 'embed' }: NetpolSimProps) {
  const sim = useSim(seed);
  const { state, dispatch } = sim;
  return (
    <div className={`nps nps-${mode}`}>
      {mode === 'embed' ? (
        // In a lesson the grid sits right under the switches, so a toggle's effect is in view.
        <div key={state.generation} className="nps-layout">
          <PolicyPanel sim={sim} />
          <GridPanel sim={sim} />
          <ClusterPanel sim={sim} />
        </div>
      ) : (
        <div key={state.generation} className="nps-layout">
          <div className="nps-side">
            <PolicyPanel sim={sim} />
            <ClusterPanel sim={sim} />
          </div>
          <div className="nps-main">
            <GridPanel sim={sim} />
          </div>
        </div>
      )}
      <ShareBar
        model={state.model}
        probe={state.probe}
        changed={state.lastChange !== null || state.probe !== seed.probe}
        playgroundHref={playgroundHref}
        presetId={presetId}
        kind={mode === 'embed' ? 'link' : 'copy'}
        onReset={() => dispatch({ type: 'load', seed })}
      />
    </div>
  );
}

export default NetpolSim;
