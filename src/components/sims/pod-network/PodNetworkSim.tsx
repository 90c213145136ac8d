import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import {
  addNode,
  addPod,
  isInputError,
  reconfigure,
  removeNode,
  removePod,
  seedCluster,
} from '~/sim/packet/cluster';
import type { ClusterState, InputError, PodNetworkConfig } from '~/sim/packet/cluster';
import { NodesPanel, type Notice } from './NodesPanel';
import { SettingsForm } from './SettingsForm';
import { TracePanel } from './TracePanel';
import './pod-network-sim.css';

/** The starting cluster: the settings, and how many nodes and pods per node to begin with. */
export interface PodNetworkSimProps {
  clusterCidr: string;
  nodeCidrMaskSize: number;
  maxPodsPerNode?: number;
  nodes: number;
  podsPerNode: number;
}

/** Runs an engine call: an InputError goes to `onMistake`; any other error is a bug for the ErrorBoundary. */
function useEngine(): <T>(run: () => T, onMistake: (error: InputError) => void) => T | undefined {
  const [, setCrash] = useState<null>(null);
  return useCallback(<T,>(run: () => T, onMistake: (error: InputError) => void): T | undefined => {
    try {
      return run();
    } catch (error) {
      if (isInputError(error)) onMistake(error);
      // Errors thrown in event handlers skip error boundaries; rethrowing in a state update does not.
      else
        setCrash(() => {
          throw error;
        });
      return undefined;
    }
  }, []);
}

/** The pod network simulator, guarded by an error boundary, with a "Start over" that remounts it. */
export function PodNetworkSim(props: PodNetworkSimProps) {
  const [run, setRun] = useState(0);
  return (
    <ErrorBoundary name="pod network simulator">
      <div className="pns pns-root">
        <Simulator key={run} {...props} />
        <p className="pns-start-over">
          <button
            type="button"
            className="sim-btn sim-btn-quiet"
            onClick={() => setRun((n) => n + 1)}
          >
            Start over
          </button>
        </p>
      </div>
    </ErrorBoundary>
  );
}

/** State and actions: every change goes through the engine; mistakes are shown where they happened. */
function Simulator({
  clusterCidr,
  nodeCidrMaskSize,
  maxPodsPerNode,
  nodes,
  podsPerNode,
}: PodNetworkSimProps) {
  const engine = useEngine();
  const [cluster, setCluster] = useState(() =>
    seedCluster(
      {
        clusterCidr,
        nodeCidrMaskSize,
        ...(maxPodsPerNode === undefined ? {} : { maxPodsPerNode }),
      },
      { nodes, podsPerNode },
    ),
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusKey === null) return;
    rootRef.current?.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)?.focus();
    setFocusKey(null);
  }, [focusKey]);

  /** Applies an engine action; on a mistake, shows it at `where` and keeps the cluster as it was. */
  const act = (
    where: string,
    change: (state: ClusterState) => ClusterState,
    focusAfter?: string,
  ) => {
    const next = engine(
      () => change(cluster),
      (error) => setNotice({ where, message: error.message }),
    );
    if (next === undefined) return;
    setCluster(next);
    setNotice(null);
    if (focusAfter !== undefined) setFocusKey(focusAfter);
  };

  /** Rebuilds the cluster under new settings, or returns the mistake for the form to show. */
  const applySettings = (config: PodNetworkConfig): InputError | null => {
    let mistake: InputError | null = null;
    const next = engine(
      () => reconfigure(cluster, config),
      (error) => (mistake = error),
    );
    if (next !== undefined) {
      setCluster(next);
      setNotice(null);
    }
    return mistake;
  };

  return (
    <div ref={rootRef} className="pns-body">
      <SettingsForm config={cluster.config} onApply={applySettings} />
      <NodesPanel
        cluster={cluster}
        notice={notice}
        onAddNode={() => act('cluster', (state) => addNode(state))}
        onRemoveNode={(node) => act('cluster', (state) => removeNode(state, node), 'add-node')}
        onAddPod={(node, hostNetwork) => act(node, (state) => addPod(state, { node, hostNetwork }))}
        onRemovePod={(node, pod) => act(node, (state) => removePod(state, pod), `add-pod:${node}`)}
      />
      <TracePanel cluster={cluster} />
    </div>
  );
}
