import { useId } from 'react';
import type { EndpointOption } from '~/sim/aws-vpc';
import type { FlowChoice } from './use-walker';

/** The kinds of flow ends, in picker order, with their group labels. */
const GROUPS: { prefix: string; label: string }[] = [
  { prefix: 'instance:', label: 'Instances' },
  { prefix: 'internet:', label: 'Internet' },
  { prefix: 'onPremises:', label: 'On premises' },
  { prefix: 'service:', label: 'AWS services' },
];

/** The flow's two ends, protocol and port. */
export function FlowForm({
  choice,
  endpoints,
  mistake,
  onChange,
}: {
  choice: FlowChoice;
  endpoints: EndpointOption[];
  mistake: string | null;
  onChange: (change: Partial<FlowChoice>) => void;
}) {
  const id = useId();
  const portError = mistake?.startsWith('port:') ?? false;
  return (
    <fieldset className="vpc-flow sim-box">
      <legend className="vpc-legend">Connection</legend>
      <div className="sim-fields">
        <EndpointSelect
          id={`${id}-from`}
          label="From"
          options={endpoints.filter((e) => e.canStart)}
          value={choice.fromKey}
          onChange={(fromKey) => onChange({ fromKey })}
        />
        <EndpointSelect
          id={`${id}-to`}
          label="To"
          options={endpoints}
          value={choice.toKey}
          onChange={(toKey) => onChange({ toKey })}
        />
        <div className="sim-field">
          <label htmlFor={`${id}-protocol`}>Protocol</label>
          <select
            id={`${id}-protocol`}
            className="sim-input"
            value={choice.protocol}
            onChange={(event) =>
              onChange({ protocol: event.target.value === 'udp' ? 'udp' : 'tcp' })
            }
          >
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
          </select>
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-port`}>Destination port</label>
          <input
            id={`${id}-port`}
            className="sim-input sim-input-code"
            type="number"
            inputMode="numeric"
            min={0}
            max={65535}
            value={choice.port}
            aria-invalid={portError}
            aria-describedby={portError ? `${id}-port-error` : undefined}
            onChange={(event) => onChange({ port: event.target.value })}
          />
          {portError && (
            <p id={`${id}-port-error`} className="sim-error">
              {mistake}
            </p>
          )}
        </div>
      </div>
      {mistake && !portError && <p className="sim-error">{mistake}</p>}
    </fieldset>
  );
}

/** A labelled select of flow ends, grouped by kind. */
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
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="sim-input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {GROUPS.map(({ prefix, label: groupLabel }) => {
          const group = options.filter((o) => o.key.startsWith(prefix));
          return group.length === 0 ? null : (
            <optgroup key={prefix} label={groupLabel}>
              {group.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}
