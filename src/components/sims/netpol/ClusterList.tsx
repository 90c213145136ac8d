import { useId, type ReactNode } from 'react';
import type { SimCluster } from './model';
import { PanelHeading } from './PanelHeading';

type Pod = SimCluster['pods'][number];

interface ClusterListProps {
  cluster: SimCluster;
  /** Buttons after a namespace's labels (the playground's Edit and Delete). */
  namespaceActions?: ((namespace: string) => ReactNode) | undefined;
  /** Buttons after a pod's labels; `key` is "namespace/pod". */
  podActions?: ((pod: Pod, key: string) => ReactNode) | undefined;
}

/**
 * The cluster as a list: namespaces with their labels, their pods (labels, IP, container ports,
 * node) and the addresses outside the cluster. Read-only by itself; the playground's ClusterPanel
 * adds its edit buttons through the action props.
 */
export function ClusterList({ cluster, namespaceActions, podActions }: ClusterListProps) {
  return (
    <ul className="nps-namespaces">
      {cluster.namespaces.map((ns) => (
        <li key={ns.name} className="nps-namespace">
          <div className="nps-namespace-head">
            <span className="nps-namespace-name">
              <span className="nps-kind">namespace</span> {ns.name}
            </span>
            <Chips labels={ns.labels} owner={`namespace ${ns.name}`} />
            {namespaceActions?.(ns.name)}
          </div>
          <ul className="nps-pods">
            {cluster.pods
              .filter((pod) => pod.namespace === ns.name)
              .map((pod) => (
                <PodItem key={`${pod.namespace}/${pod.name}`} pod={pod} actions={podActions} />
              ))}
            {cluster.pods.every((pod) => pod.namespace !== ns.name) ? (
              <li className="nps-muted nps-pod-empty">no pods</li>
            ) : null}
          </ul>
        </li>
      ))}
      {cluster.outside.length > 0 ? (
        <li className="nps-namespace nps-outside">
          <div className="nps-namespace-head">
            <span className="nps-namespace-name">
              <span className="nps-kind">outside the cluster</span>
            </span>
          </div>
          <ul className="nps-pods">
            {cluster.outside.map((address) => (
              <li key={address.ip} className="nps-pod">
                <div className="nps-pod-line">
                  <span className="nps-pod-name">{address.name}</span>
                  <span className="nps-pod-ip">{address.ip}</span>
                </div>
              </li>
            ))}
          </ul>
        </li>
      ) : null}
    </ul>
  );
}

/** A fixed cluster with its heading, for a challenge (where the cluster cannot change). */
export function ClusterSection({ cluster }: { cluster: SimCluster }) {
  const id = useId();
  return (
    <section className="nps-panel nps-cluster" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <ClusterHeading id={`${id}-title`} cluster={cluster} />
      </div>
      <ClusterList cluster={cluster} />
    </section>
  );
}

/** The cluster panel's heading with its size: "The cluster (5 pods in 2 namespaces)". */
export function ClusterHeading({ id, cluster }: { id: string; cluster: SimCluster }) {
  return (
    <PanelHeading id={id} className="nps-panel-title">
      The cluster{' '}
      <span className="nps-muted">
        ({count(cluster.pods.length, 'pod')} in {count(cluster.namespaces.length, 'namespace')})
      </span>
    </PanelHeading>
  );
}

/** "1 pod", "3 pods". */
export function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** One pod: name, IP and container ports, then its labels, node and any actions. */
function PodItem({ pod, actions }: { pod: Pod; actions: ClusterListProps['podActions'] }) {
  const key = `${pod.namespace}/${pod.name}`;
  return (
    <li className="nps-pod">
      <div className="nps-pod-line">
        <span className="nps-pod-name">{pod.name}</span>
        <span className="nps-pod-ip">{pod.ip}</span>
        {pod.ports && pod.ports.length > 0 ? (
          <span className="nps-pod-ports">
            <span className="sr-only">Container ports: </span>
            {pod.ports
              .map((p) => `${p.name ? `${p.name} ` : ''}${String(p.port)}/${p.protocol ?? 'TCP'}`)
              .join(', ')}
          </span>
        ) : null}
      </div>
      <div className="nps-pod-line">
        <Chips labels={pod.labels} owner={`pod ${pod.name}`} />
        {pod.node ? <span className="nps-pod-node">{pod.node}</span> : null}
        {actions?.(pod, key)}
      </div>
    </li>
  );
}

/** Labels as chips ("app=web"), or a muted note when there are none. */
function Chips({ labels, owner }: { labels: Record<string, string>; owner: string }) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return <p className="nps-chips nps-muted">no labels</p>;
  return (
    <ul className="nps-chips" aria-label={`Labels of ${owner}`}>
      {entries.map(([key, value]) => (
        <li key={key} className="nps-chip">
          {key}={value}
        </li>
      ))}
    </ul>
  );
}
