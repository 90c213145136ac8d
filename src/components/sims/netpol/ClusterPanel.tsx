import { lazy, Suspense, useId, useRef, useState } from 'react';
import { deleteNamespace, deletePod } from './cluster-edit';
import type { SimCluster } from './model';
import type { Sim } from './use-sim';

// The add/edit forms load on first use.
const NamespaceForm = lazy(() =>
  import('./ClusterForms').then((m) => ({ default: m.NamespaceForm })),
);
const PodForm = lazy(() => import('./ClusterForms').then((m) => ({ default: m.PodForm })));

/** Which form is open. */
type Form =
  | { kind: 'namespace'; original: string | null }
  | { kind: 'pod'; original: string | null; namespace: string }
  | null;

interface ClusterPanelProps {
  sim: Sim;
  /** A challenge's cluster is fixed: no forms, no delete buttons. */
  readOnly?: boolean;
}

/** The cluster: namespaces with their labels and pods (labels, IP, ports), editable unless read-only. */
export function ClusterPanel({ sim, readOnly = false }: ClusterPanelProps) {
  const id = useId();
  const { state, dispatch } = sim;
  const { cluster } = state.model;
  const [form, setForm] = useState<Form>(null);
  const rootRef = useRef<HTMLElement>(null);

  // Closes the form and returns the focus to a control.
  const close = (focus: string) => {
    setForm(null);
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>(focus)?.focus());
  };
  const save = (next: SimCluster, change: string, focus: string) => {
    dispatch({ type: 'set-cluster', cluster: next, change });
    close(focus);
  };
  const fallback = <p className="nps-muted">Loading the form…</p>;

  return (
    <section ref={rootRef} className="nps-panel nps-cluster" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <h4 id={`${id}-title`} className="nps-panel-title">
          The cluster{' '}
          <span className="nps-muted">
            ({count(cluster.pods.length, 'pod')} in {count(cluster.namespaces.length, 'namespace')})
          </span>
        </h4>
        {readOnly ? null : (
          <span className="nps-row">
            <button
              type="button"
              className="nps-btn nps-btn-secondary nps-btn-small"
              data-add-namespace=""
              disabled={form !== null}
              onClick={() => setForm({ kind: 'namespace', original: null })}
            >
              Add namespace
            </button>
            <button
              type="button"
              className="nps-btn nps-btn-secondary nps-btn-small"
              data-add-pod=""
              disabled={form !== null || cluster.namespaces.length === 0}
              onClick={() =>
                setForm({
                  kind: 'pod',
                  original: null,
                  namespace: cluster.namespaces[0]?.name ?? '',
                })
              }
            >
              Add pod
            </button>
          </span>
        )}
      </div>
      {form !== null ? (
        <Suspense fallback={fallback}>
          {form.kind === 'namespace' ? (
            <NamespaceForm
              cluster={cluster}
              original={form.original}
              onSave={(next, change) => save(next, change, '[data-add-namespace]')}
              onCancel={() => close('[data-add-namespace]')}
            />
          ) : (
            <PodForm
              cluster={cluster}
              original={form.original}
              namespace={form.namespace}
              onSave={(next, change) => save(next, change, '[data-add-pod]')}
              onCancel={() => close('[data-add-pod]')}
            />
          )}
        </Suspense>
      ) : null}
      <ul className="nps-namespaces">
        {cluster.namespaces.map((ns) => {
          const pods = cluster.pods.filter((pod) => pod.namespace === ns.name);
          return (
            <li key={ns.name} className="nps-namespace">
              <div className="nps-namespace-head">
                <span className="nps-namespace-name">
                  <span className="nps-kind">namespace</span> {ns.name}
                </span>
                <Chips labels={ns.labels} owner={`namespace ${ns.name}`} />
                {readOnly ? null : (
                  <span className="nps-pod-actions">
                    <button
                      type="button"
                      className="nps-linkbtn"
                      disabled={form !== null}
                      onClick={() => setForm({ kind: 'namespace', original: ns.name })}
                    >
                      Edit<span className="nps-sr"> namespace {ns.name}</span>
                    </button>
                    <button
                      type="button"
                      className="nps-linkbtn"
                      disabled={form !== null}
                      onClick={() => {
                        const result = deleteNamespace(cluster, ns.name);
                        if (result.ok) save(result.cluster, result.change, '[data-add-namespace]');
                      }}
                    >
                      Delete<span className="nps-sr"> namespace {ns.name}</span>
                    </button>
                  </span>
                )}
              </div>
              <ul className="nps-pods">
                {pods.map((pod) => {
                  const key = `${pod.namespace}/${pod.name}`;
                  return (
                    <li key={key} className="nps-pod">
                      <div className="nps-pod-line">
                        <span className="nps-pod-name">{pod.name}</span>
                        <span className="nps-pod-ip">{pod.ip}</span>
                        {pod.ports && pod.ports.length > 0 ? (
                          <span className="nps-pod-ports">
                            <span className="nps-sr">Container ports: </span>
                            {pod.ports
                              .map(
                                (p) =>
                                  `${p.name ? `${p.name} ` : ''}${String(p.port)}/${p.protocol ?? 'TCP'}`,
                              )
                              .join(', ')}
                          </span>
                        ) : null}
                      </div>
                      <div className="nps-pod-line">
                        <Chips labels={pod.labels} owner={`pod ${pod.name}`} />
                        {pod.node ? <span className="nps-pod-node">{pod.node}</span> : null}
                        {readOnly ? null : (
                          <span className="nps-pod-actions">
                            <button
                              type="button"
                              className="nps-linkbtn"
                              disabled={form !== null}
                              onClick={() =>
                                setForm({ kind: 'pod', original: key, namespace: pod.namespace })
                              }
                            >
                              Edit<span className="nps-sr"> pod {key}</span>
                            </button>
                            <button
                              type="button"
                              className="nps-linkbtn"
                              disabled={form !== null}
                              onClick={() => {
                                const result = deletePod(cluster, key);
                                if (result.ok)
                                  save(result.cluster, result.change, '[data-add-pod]');
                              }}
                            >
                              Delete<span className="nps-sr"> pod {key}</span>
                            </button>
                          </span>
                        )}
                      </div>
                    </li>
                  );
                })}
                {pods.length === 0 ? <li className="nps-muted nps-pod-empty">no pods</li> : null}
              </ul>
            </li>
          );
        })}
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
    </section>
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

/** "1 pod", "3 pods". */
function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}
