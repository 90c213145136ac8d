import { useState, type ComponentType } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { ClusterList } from './ClusterList';
import { GridPanel } from './GridPanel';
import type { SimSeed } from './model';
import { PolicyPanel } from './PolicyPanel';
import type { SeedView } from './seed-view';
import { ShareBar, type ShareBarView } from './ShareBar';
import { useSim, type Sim, type SimStart } from './use-sim';
import './netpol-sim.css';

/** A cluster view the playground passes in (loaded with the page) instead of the collapsed one. */
export type ClusterView = ComponentType<{ sim: Sim }>;

/** The props of a lesson embed. */
export interface NetpolSimProps extends Omit<SimulatorProps, 'start'> {
  /** What the seed shows, computed at build time: the island renders it without the engine. */
  view: SeedView;
}

/** The props of the simulator, in a lesson or the playground. */
export interface SimulatorProps {
  seed: SimSeed;
  /** The seed's precomputed view (a lesson: the engine loads on the first change), or the engine. */
  start: SimStart;
  presetId: string;
  /** The playground page's address, with the base path. */
  playgroundHref: string;
  /** "embed" in a lesson (stacked, links to the playground); "playground" (wide, copies links). */
  mode?: 'embed' | 'playground';
  /** The cluster view, shown open; without it the cluster is a disclosure that loads on opening. */
  clusterView?: ClusterView | undefined;
  /** The share bar; without it, the lesson's "Open in the playground" link. */
  shareBar?: ShareBarView | undefined;
}

/** The NetworkPolicy simulator, guarded by an error boundary. */
export function NetpolSim({ view, ...props }: NetpolSimProps) {
  return (
    <ErrorBoundary name="network policy simulator">
      <Simulator {...props} start={{ view }} />
    </ErrorBoundary>
  );
}

/** The cluster, the policies and the grid over one state; Reset reloads the seed. */
export function Simulator({
  seed,
  start,
  presetId,
  playgroundHref,
  mode = 'embed',
  clusterView: ClusterView,
  shareBar: Share = ShareBar,
}: SimulatorProps) {
  const sim = useSim(seed, start);
  const { state, dispatch } = sim;
  const cluster = ClusterView ? <ClusterView sim={sim} /> : <CollapsedCluster sim={sim} />;
  return (
    <div className={`nps nps-${mode}`}>
      {mode === 'embed' ? (
        // In a lesson the grid sits right under the switches, so a toggle's effect is in view.
        <div key={state.generation} className="nps-layout">
          <PolicyPanel sim={sim} />
          <GridPanel sim={sim} />
          {cluster}
        </div>
      ) : (
        <div key={state.generation} className="nps-layout">
          <div className="nps-side">
            <PolicyPanel sim={sim} />
            {cluster}
          </div>
          <div className="nps-main">
            <GridPanel sim={sim} />
          </div>
        </div>
      )}
      <Share
        model={state.model}
        probe={state.probe}
        changed={state.lastChange !== null || state.probe !== seed.probe}
        playgroundHref={playgroundHref}
        presetId={presetId}
        onReset={() => dispatch({ type: 'load', seed })}
      />
    </div>
  );
}

/**
 * In a lesson, the cluster behind a disclosure, read-only: what the grid's rows and columns are
 * (labels, IPs, ports). Changing it is the playground's job ("Open in the playground" below).
 */
function CollapsedCluster({ sim }: { sim: Sim }) {
  // Rendered only once opened, so the lesson's HTML does not carry six clusters nobody opened.
  const [open, setOpen] = useState(false);
  const { cluster } = sim.state.model;
  const outside = cluster.outside.length;
  return (
    <details
      className="nps-cluster-details"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span className="nps-panel-title">The cluster</span>{' '}
        <span className="nps-muted">
          {plural(cluster.pods.length, 'pod')} in {plural(cluster.namespaces.length, 'namespace')}
          {outside > 0 ? `, ${plural(outside, 'address')} outside` : ''}: labels, IPs and ports
        </span>
      </summary>
      {open ? (
        <>
          <ClusterList cluster={cluster} />
          <p className="nps-muted nps-cluster-note">
            To add, change or delete namespaces and pods, open this scenario in the playground.
          </p>
        </>
      ) : null}
    </details>
  );
}

/** "1 pod", "2 pods", "1 address", "2 addresses". */
function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}`;
}

export default NetpolSim;
