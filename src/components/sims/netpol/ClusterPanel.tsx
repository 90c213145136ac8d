import { lazy, Suspense, useId, useRef, useState } from 'react';
import { deleteNamespace, deletePod } from './cluster-edit';
import type { SimCluster } from './model';
import type { Sim } from './use-sim';
import { ClusterHeading, ClusterList } from './ClusterList';

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

/** The playground's cluster: the list with Add, Edit and Delete, and the forms they open. */
export function ClusterPanel({ sim }: { sim: Sim }) {
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
        <ClusterHeading id={`${id}-title`} cluster={cluster} />
        <span className="nps-row">
          <button
            type="button"
            className="sim-btn sim-btn-secondary sim-btn-small"
            data-add-namespace=""
            disabled={form !== null}
            onClick={() => setForm({ kind: 'namespace', original: null })}
          >
            Add namespace
          </button>
          <button
            type="button"
            className="sim-btn sim-btn-secondary sim-btn-small"
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
      <ClusterList
        cluster={cluster}
        namespaceActions={(name) => (
          <EditDeleteActions
            what={`namespace ${name}`}
            disabled={form !== null}
            onEdit={() => setForm({ kind: 'namespace', original: name })}
            onDelete={() => {
              const result = deleteNamespace(cluster, name);
              if (result.ok) save(result.cluster, result.change, '[data-add-namespace]');
            }}
          />
        )}
        podActions={(pod, key) => (
          <EditDeleteActions
            what={`pod ${key}`}
            disabled={form !== null}
            onEdit={() => setForm({ kind: 'pod', original: key, namespace: pod.namespace })}
            onDelete={() => {
              const result = deletePod(cluster, key);
              if (result.ok) save(result.cluster, result.change, '[data-add-pod]');
            }}
          />
        )}
      />
    </section>
  );
}

/** Edit and Delete for one namespace or pod; `what` completes their names for screen readers. */
function EditDeleteActions(props: {
  what: string;
  disabled: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  return (
    <span className="nps-pod-actions">
      <button
        type="button"
        className="nps-linkbtn"
        disabled={props.disabled}
        onClick={props.onEdit}
      >
        Edit<span className="sr-only"> {props.what}</span>
      </button>
      <button
        type="button"
        className="nps-linkbtn"
        disabled={props.disabled}
        onClick={props.onDelete}
      >
        Delete<span className="sr-only"> {props.what}</span>
      </button>
    </span>
  );
}
