import { useId, useState } from 'react';
import type { SubmitEvent } from 'react';
import type { InputError, PodNetworkConfig, ResolvedConfig } from '~/sim/packet/cluster';

/** The form fields, in order, with the flag or setting each one stands for. */
const FIELDS = [
  {
    name: 'clusterCidr',
    label: 'Cluster CIDR',
    hint: '--cluster-cidr',
    numeric: false,
  },
  {
    name: 'nodeCidrMaskSize',
    label: 'Node CIDR mask size',
    hint: '--node-cidr-mask-size',
    numeric: true,
  },
  { name: 'maxPodsPerNode', label: 'Max pods per node', hint: 'kubelet maxPods', numeric: true },
] as const;

type FieldName = (typeof FIELDS)[number]['name'];

/** The text each settings field starts with. */
function draftsFrom(config: ResolvedConfig): Record<FieldName, string> {
  return {
    clusterCidr: config.clusterCidr,
    nodeCidrMaskSize: String(config.nodeCidrMaskSize),
    maxPodsPerNode: String(config.maxPodsPerNode),
  };
}

/** The cluster settings: drafts are only applied on submit; a refusal shows under its field. */
export function SettingsForm({
  config,
  onApply,
}: {
  config: ResolvedConfig;
  onApply: (config: PodNetworkConfig) => InputError | null;
}) {
  const id = useId();
  const [drafts, setDrafts] = useState(() => draftsFrom(config));
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [applied, setApplied] = useState('');
  // After a successful apply the engine returns the settings written canonically: show those.
  const [shownConfig, setShownConfig] = useState(config);
  if (shownConfig !== config) {
    setShownConfig(config);
    setDrafts(draftsFrom(config));
  }

  /** Hands the drafts to the engine; an empty number field becomes NaN so the engine can say so. */
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
    const mistake = onApply({
      clusterCidr: drafts.clusterCidr,
      nodeCidrMaskSize: number(drafts.nodeCidrMaskSize),
      maxPodsPerNode: number(drafts.maxPodsPerNode),
    });
    setError(mistake ? { field: mistake.field ?? '', message: mistake.message } : null);
    setApplied(
      mistake
        ? ''
        : 'Applied: the cluster was rebuilt with these settings and its pod IPs handed out again.',
    );
  };

  const known = FIELDS.some((field) => field.name === error?.field);
  return (
    <form className="sim-box" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pns-title">
        Settings
      </h4>
      <div className="sim-fields">
        {FIELDS.map((field) => {
          const fieldError = error?.field === field.name ? error.message : null;
          return (
            <div className="sim-field" key={field.name}>
              <label htmlFor={`${id}-${field.name}`}>{field.label}</label>
              <input
                id={`${id}-${field.name}`}
                className="sim-input sim-input-code"
                type="text"
                inputMode={field.numeric ? 'numeric' : 'text'}
                autoComplete="off"
                spellCheck={false}
                value={drafts[field.name]}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={`${id}-${field.name}-hint${fieldError ? ` ${id}-${field.name}-error` : ''}`}
                onChange={(event) => {
                  setDrafts({ ...drafts, [field.name]: event.target.value });
                  setApplied('');
                }}
              />
              <span id={`${id}-${field.name}-hint`} className="sim-hint pns-hint">
                {field.hint}
              </span>
              {fieldError && (
                <p id={`${id}-${field.name}-error`} role="alert" className="sim-error">
                  {fieldError}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {error && !known && (
        <p role="alert" className="sim-error">
          {error.message}
        </p>
      )}
      <div className="pns-row">
        <button type="submit" className="sim-btn">
          Apply
        </button>
        <p role="status" className="sim-ok">
          {applied}
        </p>
      </div>
    </form>
  );
}
