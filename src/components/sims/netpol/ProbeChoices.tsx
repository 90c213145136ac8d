import { useId } from 'react';
import type { SimProbe } from './model';

interface ProbeChoicesProps {
  probe: SimProbe;
  choices: SimProbe[];
  onChange: (probe: SimProbe) => void;
}

/** A challenge's probe: one of the ports and protocols its task names. */
export function ProbeChoices({ probe, choices, onChange }: ProbeChoicesProps) {
  const id = useId();
  const index = choices.findIndex((c) => c.port === probe.port && c.protocol === probe.protocol);
  return (
    <div className="nps-probe">
      <label htmlFor={`${id}-probe`}>Probe</label>
      <select
        id={`${id}-probe`}
        className="sim-input"
        value={String(Math.max(index, 0))}
        onChange={(event) => {
          const chosen = choices[Number(event.target.value)];
          if (chosen) onChange(chosen);
        }}
      >
        {choices.map((choice, i) => (
          <option key={`${choice.protocol}/${String(choice.port)}`} value={String(i)}>
            {choice.protocol} {String(choice.port)}
          </option>
        ))}
      </select>
    </div>
  );
}
