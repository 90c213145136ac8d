import { useId } from 'react';
import { WALK_PATHS, WALK_STYLES } from '~/sim/packet/walk-types';
import type { MtuReport, WalkPath, WalkStyle } from '~/sim/packet/walk-types';
import type { WalkMistake, WalkerState } from './walker-state';
import { PATH_LABELS, STYLE_LABELS, mtuVerdict } from './walker-state';

/** What the controls need: the settings, the walk's MTU verdict, the mistake, and a way to change. */
export interface WalkControlsProps {
  state: WalkerState;
  mtu: MtuReport | null;
  mistake: WalkMistake | null;
  onChange: (patch: Partial<WalkerState>) => void;
  /** Called when a control gets focus: the walker starts loading its engine then. */
  onFocus: () => void;
}

/** The path and style pickers, the external SNAT switch (VPC CNI only), the MTUs and the comparison. */
export function WalkControls({ state, mtu, mistake, onChange, onFocus }: WalkControlsProps) {
  const id = useId();
  return (
    <fieldset className="pkt-controls sim-box" onFocus={onFocus}>
      <legend className="pkt-legend">Packet and network</legend>
      <div className="sim-fields">
        <div className="sim-field">
          <label htmlFor={`${id}-path`}>Path</label>
          <select
            id={`${id}-path`}
            className="sim-input"
            value={state.path}
            onChange={(event) => onChange({ path: event.target.value as WalkPath })}
          >
            {WALK_PATHS.map((path) => (
              <option key={path} value={path}>
                {PATH_LABELS[path]}
              </option>
            ))}
          </select>
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-style`}>Pod network</label>
          <select
            id={`${id}-style`}
            className="sim-input"
            value={state.style}
            onChange={(event) => onChange({ style: event.target.value as WalkStyle })}
          >
            {WALK_STYLES.map((style) => (
              <option key={style} value={style}>
                {STYLE_LABELS[style]}
              </option>
            ))}
          </select>
          {state.style === 'vpc-cni' && (
            <div className="pkt-check">
              <input
                id={`${id}-snat`}
                type="checkbox"
                checked={state.externalSnat}
                onChange={(event) => onChange({ externalSnat: event.target.checked })}
              />
              <label htmlFor={`${id}-snat`}>
                External SNAT (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)
              </label>
            </div>
          )}
        </div>
        <MtuField
          id={`${id}-underlay`}
          label="Node network MTU"
          hint="1500 on most networks; 9001 with AWS jumbo frames."
          value={state.underlayMtu}
          placeholder={String(mtu?.underlay ?? 1500)}
          error={mistake?.field === 'underlayMtu' ? mistake.message : null}
          onChange={(underlayMtu) => onChange({ underlayMtu })}
        />
        <MtuField
          id={`${id}-pod`}
          label="Pod MTU"
          hint={mtu ? `${mtuVerdict(mtu)} Empty: the CNI's default.` : ''}
          value={state.podMtu}
          placeholder={mtu ? String(mtu.podMtu) : ''}
          error={mistake?.field === 'podMtu' ? mistake.message : null}
          problem={mtu && !mtu.ok ? (mtu.problem ?? '') : null}
          mtuNote={mtu ? mtuVerdict(mtu) : ''}
          onChange={(podMtu) => onChange({ podMtu })}
        />
      </div>
      <div className="pkt-check">
        <input
          id={`${id}-compare`}
          type="checkbox"
          checked={state.compare}
          onChange={(event) => onChange({ compare: event.target.checked })}
        />
        <label htmlFor={`${id}-compare`}>Compare VXLAN, BGP and eBPF on this path</label>
      </div>
      {mistake?.field === '' && (
        <p className="sim-error" role="alert">
          {mistake.message}
        </p>
      )}
    </fieldset>
  );
}

/** The props of one MTU field. */
interface MtuFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  placeholder: string;
  /** The learner's mistake in this field (not a number, out of range). */
  error: string | null;
  /** The MTU verdict when the value is valid but breaks traffic. */
  problem?: string | null;
  /** The MTU report's verdict, put before the problem. */
  mtuNote?: string;
  onChange: (value: string) => void;
}

/** One MTU input with its hint, its InputError or the MTU report's problem beside it. */
function MtuField(props: MtuFieldProps) {
  const { id, label, hint, value, placeholder, error, problem, mtuNote, onChange } = props;
  const message = error ?? problem ?? null;
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="sim-input sim-input-code"
        type="text"
        inputMode="numeric"
        value={value}
        placeholder={placeholder}
        aria-invalid={message !== null}
        aria-describedby={`${id}-note`}
        onChange={(event) => onChange(event.target.value)}
      />
      {message === null ? (
        <p id={`${id}-note`} className="sim-hint">
          {hint}
        </p>
      ) : (
        <p id={`${id}-note`} className={error ? 'sim-error' : 'sim-warning'}>
          {problem && !error && mtuNote ? <strong>{mtuNote} </strong> : null}
          {message}
        </p>
      )}
    </div>
  );
}
