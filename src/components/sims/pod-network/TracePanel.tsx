import { useId, useState } from 'react';
import { endpointKey, listEndpoints, suggestTrace, tracePath } from '~/sim/packet/cluster';
import type { ClusterState, EndpointOption, PathTrace, TraceScope } from '~/sim/packet/cluster';

const SCOPES: Record<TraceScope, { icon: string; label: string }> = {
  loopback: { icon: '↺', label: 'Loopback: stays in one network namespace' },
  'same-node': { icon: '⇄', label: 'Same node: through the bridge only' },
  'cross-node': { icon: '⇆', label: 'Cross-node: routed over the node network' },
};

/** Two pickers (From, To) and the path of one packet between them, hop by hop. */
export function TracePanel({ cluster }: { cluster: ClusterState }) {
  const id = useId();
  const options = listEndpoints(cluster);
  const suggestion = suggestTrace(cluster);
  const [picked, setPicked] = useState<{ from: string | null; to: string | null }>({
    from: null,
    to: null,
  });
  /** The picked option if it still exists (pods and nodes come and go), else the suggested one. */
  const choose = (key: string | null, fallback: string | undefined) =>
    options.find((option) => option.key === key) ??
    options.find((option) => option.key === fallback);
  const from = choose(picked.from, suggestion ? endpointKey(suggestion.from) : undefined);
  const to = choose(picked.to, suggestion ? endpointKey(suggestion.to) : undefined);
  const trace = from && to ? tracePath(cluster, from.endpoint, to.endpoint) : null;

  return (
    <section className="sim-box" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pns-title">
        Trace a packet
      </h4>
      {from && to ? (
        <div className="pns-pickers">
          <EndpointSelect
            id={`${id}-from`}
            label="From"
            options={options}
            value={from.key}
            onChange={(key) => setPicked({ ...picked, from: key })}
          />
          <EndpointSelect
            id={`${id}-to`}
            label="To"
            options={options}
            value={to.key}
            onChange={(key) => setPicked({ ...picked, to: key })}
          />
        </div>
      ) : (
        <p className="pns-muted">Add a node to trace a packet.</p>
      )}
      {trace && <ScopeBadge scope={trace.scope} />}
      <p className="pns-summary" aria-live="polite">
        {trace?.summary ?? ''}
      </p>
      {trace && <TraceDetails trace={trace} />}
    </section>
  );
}

/** A labelled select of every pod and node, grouped. */
function EndpointSelect({
  id,
  label,
  options,
  value,
  onChange,
}: {
  id: string;
  label: string;
  options: EndpointOption[];
  value: string;
  onChange: (key: string) => void;
}) {
  /** The options of one kind (pods or nodes). */
  const group = (kind: EndpointOption['group']) =>
    options
      .filter((option) => option.group === kind)
      .map((option) => (
        <option key={option.key} value={option.key}>
          {option.label}
        </option>
      ));
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="sim-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <optgroup label="Pods">{group('pod')}</optgroup>
        <optgroup label="Nodes">{group('node')}</optgroup>
      </select>
    </div>
  );
}

/** The scope of a trace as an icon and words, coloured per scope as a bonus. */
function ScopeBadge({ scope }: { scope: TraceScope }) {
  const { icon, label } = SCOPES[scope];
  return (
    <p className={`pns-scope pns-scope-${scope}`}>
      <span aria-hidden="true" className="pns-scope-icon">
        {icon}
      </span>
      {label}
    </p>
  );
}

/** The addresses (unchanged, no NAT) and the ordered hops with the addresses each one carries. */
function TraceDetails({ trace }: { trace: PathTrace }) {
  return (
    <>
      <p className="pns-addresses">
        Source <code className="pns-ip">{trace.srcIp}</code> → destination{' '}
        <code className="pns-ip">{trace.dstIp}</code>{' '}
        <span className="pns-badge pns-badge-ok">
          <span aria-hidden="true">✓ </span>no NAT
        </span>
      </p>
      <ol className="pns-hops">
        {trace.hops.map((hop, index) => (
          <li key={index} className="pns-hop">
            <p className="pns-hop-head">
              <span className="pns-hop-where">{hop.location}</span>
              <code className="pns-hop-device">{hop.device}</code>
            </p>
            <p className="pns-hop-detail">{hop.detail}</p>
            <p className="pns-hop-ips">
              <code className="pns-ip">{hop.src}</code> → <code className="pns-ip">{hop.dst}</code>
              <span className="pns-muted"> unchanged</span>
            </p>
          </li>
        ))}
      </ol>
      {trace.notes.map((note) => (
        <p key={note} className="sim-warning">
          <strong>In real clusters: </strong>
          {note}
        </p>
      ))}
    </>
  );
}
