import type { ReactNode } from 'react';
import { DEMO_PODS } from './demo-cluster';
import type { LookupKind, ResolverInput } from './resolver-model';

// The resolver's choices: pod, dnsPolicy, ndots, the name (with its mistake beside it) and the
// record type. Every change goes straight to `onChange`.

const POLICIES = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'] as const;
const NDOTS = [
  ['policy', 'as the policy sets'],
  ['1', '1'],
  ['2', '2'],
  ['5', '5'],
] as const;
const KINDS: [LookupKind, string][] = [
  ['A+AAAA', 'A + AAAA (what curl asks)'],
  ['A', 'A'],
  ['AAAA', 'AAAA'],
  ['SRV', 'SRV'],
  ['PTR', 'PTR (type an IP)'],
  ['TXT', 'TXT'],
];

/** A labelled select. */
function Select(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: ReactNode;
}) {
  return (
    <div className="sim-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className="sim-input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.children}
      </select>
    </div>
  );
}

/** The form of choices; `error` is the engine's message about the name, shown beside it. */
export function ResolverForm(props: {
  id: string;
  input: ResolverInput;
  error: string | null;
  onChange: (patch: Partial<ResolverInput>) => void;
}) {
  const { id, input, error, onChange } = props;
  return (
    <form className="sim-box sim-fields dns-form" onSubmit={(e) => e.preventDefault()} noValidate>
      <Select id={`${id}-pod`} label="Pod" value={input.pod} onChange={(pod) => onChange({ pod })}>
        {DEMO_PODS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
      <Select
        id={`${id}-policy`}
        label="dnsPolicy"
        value={input.policy}
        onChange={(v) => onChange({ policy: v as ResolverInput['policy'] })}
      >
        {POLICIES.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </Select>
      <Select
        id={`${id}-ndots`}
        label="ndots (dnsConfig option)"
        value={input.ndots}
        onChange={(v) => onChange({ ndots: v as ResolverInput['ndots'] })}
      >
        {NDOTS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
      <div className="sim-field">
        <label htmlFor={`${id}-name`}>Name to look up</label>
        <input
          id={`${id}-name`}
          className="sim-input sim-input-code"
          value={input.name}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          aria-invalid={error !== null}
          aria-describedby={`${id}-${error === null ? 'hint' : 'error'}`}
          onChange={(e) => onChange({ name: e.target.value })}
        />
        {error === null ? (
          <p id={`${id}-hint`} className="sim-hint">
            Try web, web.shop, db-0.db, payments, api.example.com or a trailing dot.
          </p>
        ) : (
          <p id={`${id}-error`} className="sim-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <Select
        id={`${id}-kind`}
        label="Record type"
        value={input.kind}
        onChange={(v) => onChange({ kind: v as LookupKind })}
      >
        {KINDS.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </Select>
    </form>
  );
}
