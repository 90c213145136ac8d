import { useEffect, useId, useState } from 'react';
import type { Protocol } from '~/sim/netpol/types';
import type { SimProbe } from './model';

interface ProbeFormProps {
  probe: SimProbe;
  /** Container port names in the cluster, offered as suggestions. */
  portNames: string[];
  onChange: (probe: SimProbe) => void;
}

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];
const DEBOUNCE_MS = 300;

/** The port and protocol the grid is computed for; typing is debounced before the grid recomputes. */
export function ProbeForm({ probe, portNames, onChange }: ProbeFormProps) {
  const id = useId();
  const [port, setPort] = useState(String(probe.port));
  useEffect(() => setPort(String(probe.port)), [probe.port]);
  useEffect(() => {
    if (port === String(probe.port)) return;
    const timer = setTimeout(() => {
      const text = port.trim();
      onChange({ ...probe, port: /^\d+$/.test(text) ? Number(text) : text });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [port, probe, onChange]);

  return (
    <div className="nps-probe">
      <label htmlFor={`${id}-port`}>Port</label>
      <input
        id={`${id}-port`}
        className="sim-input sim-input-code nps-input-port"
        value={port}
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        list={portNames.length > 0 ? `${id}-names` : undefined}
        aria-describedby={`${id}-port-hint`}
        onChange={(event) => setPort(event.target.value)}
      />
      {portNames.length > 0 ? (
        <datalist id={`${id}-names`}>
          {portNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      ) : null}
      <span id={`${id}-port-hint`} className="sr-only">
        A number, or a container port name such as http
      </span>
      <label htmlFor={`${id}-protocol`}>Protocol</label>
      <select
        id={`${id}-protocol`}
        className="sim-input"
        value={probe.protocol}
        onChange={(event) => onChange({ ...probe, protocol: event.target.value as Protocol })}
      >
        {PROTOCOLS.map((p) => (
          <option key={p}>{p}</option>
        ))}
      </select>
    </div>
  );
}
