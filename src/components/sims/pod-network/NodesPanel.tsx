import { useId } from 'react';
import type { ReactNode } from 'react';
import { capacitySummary, podsOnNode } from '~/sim/packet/cluster';
import type { ClusterState, NodeState } from '~/sim/packet/cluster';

/** A learner mistake to show inline, next to where it happened. */
export interface Notice {
  where: string;
  message: string;
}

interface NodeActions {
  onAddNode: () => void;
  onRemoveNode: (node: string) => void;
  onAddPod: (node: string, hostNetwork: boolean) => void;
  onRemovePod: (node: string, pod: string) => void;
}

/** The capacity line, the "Add node" button and one card per node. */
export function NodesPanel({
  cluster,
  notice,
  ...actions
}: { cluster: ClusterState; notice: Notice | null } & NodeActions) {
  const id = useId();
  return (
    <section className="pns-nodes-panel" aria-labelledby={`${id}-title`}>
      <div className="pns-row pns-row-spread">
        <h4 id={`${id}-title`} className="pns-title">
          Nodes
        </h4>
        <button
          type="button"
          className="sim-btn"
          data-focus-key="add-node"
          onClick={actions.onAddNode}
        >
          Add node
        </button>
      </div>
      <p className="pns-capacity">{capacitySummary(cluster)}</p>
      {notice?.where === 'cluster' && (
        <p role="alert" className="sim-error">
          {notice.message}
        </p>
      )}
      {cluster.nodes.length === 0 ? (
        <p className="pns-muted">No nodes yet. Add one to give it a podCIDR.</p>
      ) : (
        <ul className="pns-nodes">
          {cluster.nodes.map((node) => (
            <NodeCard
              key={node.name}
              cluster={cluster}
              node={node}
              notice={notice?.where === node.name ? notice.message : null}
              {...actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One node: its addresses, its pods with their IPs, and buttons to add and remove pods. */
function NodeCard({
  cluster,
  node,
  notice,
  onRemoveNode,
  onAddPod,
  onRemovePod,
}: { cluster: ClusterState; node: NodeState; notice: string | null } & Omit<
  NodeActions,
  'onAddNode'
>) {
  const pods = podsOnNode(cluster, node.name);
  return (
    <li className="pns-node">
      <div className="pns-row pns-row-spread">
        <h5 className="pns-node-name">{node.name}</h5>
        <button
          type="button"
          className="sim-btn sim-btn-quiet"
          onClick={() => onRemoveNode(node.name)}
        >
          Remove<Hidden> node {node.name}</Hidden>
        </button>
      </div>
      <dl className="pns-facts">
        <Fact term={`Node IP (${node.interface})`}>{node.ip}</Fact>
        <Fact term="podCIDR">{node.podCidr}</Fact>
        <Fact term={`${node.bridge} gateway`}>{node.gateway}</Fact>
      </dl>
      <p className="pns-pods-title">
        Pods{' '}
        <span className="pns-muted">
          ({`${String(pods.length)} of ${String(cluster.config.maxPodsPerNode)} allowed`})
        </span>
      </p>
      {pods.length === 0 ? (
        <p className="pns-muted">No pods yet.</p>
      ) : (
        <ul className="pns-pods">
          {pods.map((pod) => (
            <li key={pod.name} className="pns-pod">
              <span className="pns-pod-name">{pod.name}</span>
              <code className="pns-ip">{pod.ip}</code>
              {pod.hostNetwork && <span className="pns-badge">hostNetwork</span>}
              <button
                type="button"
                className="sim-btn sim-btn-quiet sim-btn-small"
                onClick={() => onRemovePod(node.name, pod.name)}
              >
                Remove<Hidden> pod {pod.name}</Hidden>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="pns-row">
        <button
          type="button"
          className="sim-btn sim-btn-secondary"
          data-focus-key={`add-pod:${node.name}`}
          onClick={() => onAddPod(node.name, false)}
        >
          Add pod<Hidden> to {node.name}</Hidden>
        </button>
        <button
          type="button"
          className="sim-btn sim-btn-quiet"
          onClick={() => onAddPod(node.name, true)}
        >
          Add hostNetwork pod<Hidden> to {node.name}</Hidden>
        </button>
      </div>
      {notice && (
        <p role="alert" className="sim-error">
          {notice}
        </p>
      )}
    </li>
  );
}

/** Words for screen readers only, completing a short visible label ("Remove" → "Remove pod web-1"). */
export function Hidden({ children }: { children: ReactNode }) {
  return <span className="sr-only">{children}</span>;
}

/** One term and value of a node's facts, the value in monospace. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="pns-fact">
      <dt>{term}</dt>
      <dd>
        <code className="pns-ip">{children}</code>
      </dd>
    </div>
  );
}
