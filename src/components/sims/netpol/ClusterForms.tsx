import { useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import {
  saveNamespace,
  savePod,
  type EditResult,
  type NamespaceForm as NsFields,
  type PodForm as PodFields,
} from './cluster-edit';
import { formatLabels, formatPorts } from './cluster-input';
import type { SimCluster } from './model';

interface FormProps {
  cluster: SimCluster;
  original: string | null;
  onSave: (cluster: SimCluster, change: string) => void;
  onCancel: () => void;
}

/** Adds or changes a namespace: its name and labels. */
export function NamespaceForm({ cluster, original, onSave, onCancel }: FormProps) {
  const existing = cluster.namespaces.find((ns) => ns.name === original);
  const [fields, setFields] = useState<NsFields>({
    name: existing?.name ?? '',
    labels: formatLabels(existing?.labels ?? {}),
  });
  return (
    <EditForm
      title={original === null ? 'Add a namespace' : `Edit namespace ${original}`}
      submit={() => saveNamespace(cluster, original, fields)}
      onSave={onSave}
      onCancel={onCancel}
    >
      {(problem) => (
        <>
          <Field
            name="name"
            label="Name"
            hint="e.g. shop"
            problem={problem}
            value={fields.name}
            onChange={(name) => setFields({ ...fields, name })}
          />
          <Field
            name="labels"
            label="Labels"
            hint="e.g. team=shop, env=prod"
            problem={problem}
            value={fields.labels}
            onChange={(labels) => setFields({ ...fields, labels })}
          />
        </>
      )}
    </EditForm>
  );
}

/** Adds or changes a pod: namespace, name, labels, IP, container ports and node. */
export function PodForm({
  cluster,
  original,
  namespace,
  onSave,
  onCancel,
}: FormProps & { namespace: string }) {
  const pod = cluster.pods.find((p) => `${p.namespace}/${p.name}` === original);
  const [fields, setFields] = useState<PodFields>({
    namespace: pod?.namespace ?? namespace,
    name: pod?.name ?? '',
    labels: formatLabels(pod?.labels ?? {}),
    ip: pod?.ip ?? '',
    ports: formatPorts(pod?.ports ?? []),
    node: pod?.node ?? cluster.nodes?.[0]?.name ?? '',
  });
  const set = (change: Partial<PodFields>) => setFields({ ...fields, ...change });
  const id = useId();
  return (
    <EditForm
      title={original === null ? 'Add a pod' : `Edit pod ${original}`}
      submit={() => savePod(cluster, original, fields)}
      onSave={onSave}
      onCancel={onCancel}
    >
      {(problem) => (
        <>
          <div className="sim-field">
            <label htmlFor={`${id}-ns`}>Namespace</label>
            <select
              id={`${id}-ns`}
              className="sim-input"
              data-field="namespace"
              value={fields.namespace}
              onChange={(e) => set({ namespace: e.target.value })}
            >
              {cluster.namespaces.map((ns) => (
                <option key={ns.name}>{ns.name}</option>
              ))}
            </select>
          </div>
          <Field
            name="name"
            label="Name"
            hint="e.g. web"
            problem={problem}
            value={fields.name}
            onChange={(name) => set({ name })}
          />
          <Field
            name="labels"
            label="Labels"
            hint="e.g. app=web, tier=front"
            problem={problem}
            value={fields.labels}
            onChange={(labels) => set({ labels })}
          />
          <Field
            name="ip"
            label="Pod IP"
            hint="IPv4, e.g. 10.244.1.25"
            problem={problem}
            value={fields.ip}
            onChange={(ip) => set({ ip })}
          />
          <Field
            name="ports"
            label="Container ports"
            hint="e.g. http:8080/TCP, dns:53/UDP"
            problem={problem}
            value={fields.ports}
            onChange={(ports) => set({ ports })}
          />
          {(cluster.nodes ?? []).length > 0 ? (
            <div className="sim-field">
              <label htmlFor={`${id}-node`}>Node</label>
              <select
                id={`${id}-node`}
                className="sim-input"
                data-field="node"
                value={fields.node}
                onChange={(e) => set({ node: e.target.value })}
              >
                <option value="">(none)</option>
                {(cluster.nodes ?? []).map((node) => (
                  <option key={node.name}>{node.name}</option>
                ))}
              </select>
            </div>
          ) : null}
        </>
      )}
    </EditForm>
  );
}

/** A problem to show under one field. */
type Problem = { field: string; message: string } | null;

interface EditFormProps {
  title: string;
  submit: () => EditResult;
  onSave: (cluster: SimCluster, change: string) => void;
  onCancel: () => void;
  children: (problem: Problem) => ReactNode;
}

/** A small form: Save runs the edit and shows its problem beside the field; Esc or Cancel closes. */
function EditForm({ title, submit, onSave, onCancel, children }: EditFormProps) {
  const id = useId();
  const [problem, setProblem] = useState<Problem>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);
  useEffect(() => {
    if (problem)
      formRef.current?.querySelector<HTMLElement>(`[data-field="${problem.field}"]`)?.focus();
  }, [problem]);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = submit();
    if (result.ok) onSave(result.cluster, result.change);
    else setProblem({ field: result.field, message: result.problem });
  };
  return (
    <form
      ref={formRef}
      className="nps-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-title`} className="nps-form-title">
        {title}
      </p>
      <div className="sim-fields">{children(problem)}</div>
      <div className="nps-row">
        <button type="submit" className="sim-btn sim-btn-small">
          Save
        </button>
        <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  name: string;
  label: string;
  hint: string;
  value: string;
  problem: Problem;
  onChange: (value: string) => void;
}

/** A labelled text field with its hint, and its problem when it has one. */
function Field({ name, label, hint, value, problem, onChange }: FieldProps) {
  const id = useId();
  const wrong = problem?.field === name;
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="sim-input"
        data-field={name}
        value={value}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={wrong}
        aria-describedby={`${id}-hint${wrong ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span id={`${id}-hint`} className="sim-hint">
        {hint}
      </span>
      {wrong ? (
        <span id={`${id}-problem`} className="nps-field-problem" role="alert">
          {problem.message}
        </span>
      ) : null}
    </div>
  );
}
