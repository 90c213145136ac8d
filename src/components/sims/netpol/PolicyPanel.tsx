import { lazy, Suspense, useId, useRef, useState } from 'react';
import { keyOfPolicy, type PolicyInput, type PolicyItem } from './model';
import { otherPolicyKeys } from './sim-state';
import type { Sim } from './use-sim';
import { PanelHeading } from './PanelHeading';

// The editor and the YAML parser load on the first Edit or Add policy, not with the page.
const PolicyEditor = lazy(() => import('./PolicyEditor'));
// The highlighter loads when a policy's YAML is first opened.
const HighlightedYaml = lazy(() => import('./HighlightedYaml'));

/** Which editor is open: a policy's (by id) or a new one. */
type Editing = { kind: 'edit'; id: string } | { kind: 'add' } | null;

/** The policy list: switch each on or off, read its summary and YAML, edit, add or delete. */
export function PolicyPanel({ sim, title = 'Policies' }: { sim: Sim; title?: string }) {
  const id = useId();
  const { state, dispatch, summaries, updating, loadEngine } = sim;
  const { model } = state;
  const [editing, setEditingState] = useState<Editing>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Opening the editor loads the engine too: the edited policy's summary needs it.
  const setEditing = (next: Editing) => {
    if (next) loadEngine();
    setEditingState(next);
  };

  // Closes the editor and puts the focus back on the control that opened it.
  const close = (focusSelector: string) => {
    setEditing(null);
    requestAnimationFrame(() =>
      listRef.current?.parentElement?.querySelector<HTMLElement>(focusSelector)?.focus(),
    );
  };
  const apply = (inputs: PolicyInput[]) => {
    if (editing?.kind === 'edit') {
      dispatch({ type: 'replace-policy', id: editing.id, with: inputs });
      close(`[data-edit="${editing.id}"]`);
    } else {
      dispatch({ type: 'add-policies', policies: inputs });
      close('[data-add-policy]');
    }
  };
  const editor = (item: PolicyItem | null) => (
    <Suspense fallback={<p className="nps-muted">Loading the editor…</p>}>
      <PolicyEditor
        initialText={item?.yaml ?? null}
        model={model}
        otherKeys={otherPolicyKeys(model, item?.id ?? null)}
        onApply={apply}
        onCancel={() => close(item ? `[data-edit="${item.id}"]` : '[data-add-policy]')}
      />
    </Suspense>
  );

  return (
    <section className="nps-panel nps-policies" aria-labelledby={`${id}-title`}>
      <div className="nps-panel-head">
        <PanelHeading id={`${id}-title`} className="nps-panel-title">
          {title}{' '}
          <span className="nps-muted">
            ({String(model.policies.filter((p) => p.enabled).length)} of{' '}
            {String(model.policies.length)} on)
          </span>
        </PanelHeading>
        <button
          type="button"
          className="sim-btn sim-btn-secondary sim-btn-small"
          data-add-policy=""
          disabled={editing !== null}
          onClick={() => setEditing({ kind: 'add' })}
        >
          Add policy
        </button>
      </div>
      {model.policies.length === 0 && editing === null ? (
        <p className="nps-muted">
          No policies: every pod accepts every connection and may open any.
        </p>
      ) : null}
      <ul ref={listRef} className="nps-policy-list" aria-busy={updating}>
        {model.policies.map((item) =>
          editing?.kind === 'edit' && editing.id === item.id ? (
            <li key={item.id} className="nps-policy is-editing">
              {editor(item)}
            </li>
          ) : (
            <PolicyRow
              key={item.id}
              item={item}
              summary={summaries.get(item.policy) ?? 'Updating…'}
              busy={editing !== null}
              onToggle={() => dispatch({ type: 'toggle', id: item.id })}
              onEdit={() => setEditing({ kind: 'edit', id: item.id })}
              onDelete={() => {
                dispatch({ type: 'delete-policy', id: item.id });
                requestAnimationFrame(() =>
                  listRef.current?.parentElement
                    ?.querySelector<HTMLElement>('[data-add-policy]')
                    ?.focus(),
                );
              }}
            />
          ),
        )}
        {editing?.kind === 'add' ? <li className="nps-policy is-editing">{editor(null)}</li> : null}
      </ul>
    </section>
  );
}

interface PolicyRowProps {
  item: PolicyItem;
  summary: string;
  busy: boolean;
  onToggle: () => void;
  onEdit: () => void;
  onDelete: () => void;
}

/** One policy: the switch, its name, what it does, its YAML on request, and Edit / Delete. */
function PolicyRow({ item, summary, busy, onToggle, onEdit, onDelete }: PolicyRowProps) {
  const key = keyOfPolicy(item.policy);
  const [open, setOpen] = useState(false);
  return (
    <li className={`nps-policy${item.enabled ? '' : ' is-off'}`}>
      <div className="nps-policy-head">
        <label className="nps-switch">
          <input type="checkbox" checked={item.enabled} onChange={onToggle} />
          <span className="nps-switch-track" aria-hidden="true" />
          <span className="sr-only">Apply {key}</span>
        </label>
        <span className="nps-policy-name">
          <span className="nps-policy-ns">{item.policy.metadata.namespace ?? 'default'}/</span>
          {item.policy.metadata.name}
        </span>
        <span className="nps-policy-actions">
          <button
            type="button"
            className="nps-linkbtn"
            data-edit={item.id}
            disabled={busy}
            onClick={onEdit}
          >
            Edit<span className="sr-only"> {key}</span>
          </button>
          <button type="button" className="nps-linkbtn" disabled={busy} onClick={onDelete}>
            Delete<span className="sr-only"> {key}</span>
          </button>
        </span>
      </div>
      <p className="nps-policy-summary">{summary}</p>
      <details className="nps-yaml-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          YAML<span className="sr-only"> of {key}</span>
        </summary>
        {open ? (
          <pre className="nps-yaml" tabIndex={0} aria-label={`YAML of ${key}`}>
            <code>
              <Suspense fallback={item.yaml.trimEnd()}>
                <HighlightedYaml text={item.yaml.trimEnd()} />
              </Suspense>
            </code>
          </pre>
        ) : null}
      </details>
    </li>
  );
}
