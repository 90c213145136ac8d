import type { FieldError, SizingSettings } from './eks-model';

/** A range slider with its number shown beside it. */
function Slider({
  id,
  label,
  value,
  max,
  onValue,
}: {
  id: string;
  label: string;
  value: number;
  max: number;
  onValue: (value: number) => void;
}) {
  return (
    <div className="sim-field eks-slider">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={max}
        value={value}
        onChange={(event) => onValue(Number(event.target.value))}
      />
      <output htmlFor={id}>{value}</output>
    </div>
  );
}

/** A labelled checkbox. */
function Toggle({
  id,
  label,
  checked,
  onChecked,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChecked: (checked: boolean) => void;
}) {
  return (
    <div className="sim-field eks-toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChecked(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A text field for a count, with its error beside it. */
function CountField({
  id,
  label,
  hint,
  value,
  error,
  onText,
}: {
  id: string;
  label: string;
  hint: string;
  value: string;
  error: FieldError | null;
  onText: (text: string) => void;
}) {
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="sim-input"
        inputMode="numeric"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onText(event.target.value)}
      />
      <p id={`${id}-hint`} className={error === null ? 'sim-hint' : 'sim-error'}>
        {error === null ? hint : error.message}
      </p>
    </div>
  );
}

/** The VPC CNI's settings: modes, warm targets, the subnet, and vCPUs when the table lacks them. */
export function SettingsPanel({
  id,
  settings,
  vcpusKnown,
  error,
  onChange,
}: {
  id: string;
  settings: SizingSettings;
  vcpusKnown: boolean;
  error: FieldError | null;
  onChange: (patch: Partial<SizingSettings>) => void;
}) {
  const errorFor = (field: string) => (error?.field === field ? error : null);
  const other = error !== null && error.field !== 'vcpus' && error.field !== 'subnet';
  return (
    <fieldset className="eks-settings">
      <legend>VPC CNI settings</legend>
      <Toggle
        id={`${id}-prefix`}
        label="Prefix delegation (ENABLE_PREFIX_DELEGATION)"
        checked={settings.prefixDelegation}
        onChecked={(prefixDelegation) => onChange({ prefixDelegation })}
      />
      <Toggle
        id={`${id}-custom`}
        label="Custom networking (pods in another subnet)"
        checked={settings.customNetworking}
        onChecked={(customNetworking) => onChange({ customNetworking })}
      />
      {settings.prefixDelegation ? (
        <Slider
          id={`${id}-warm-prefix`}
          label="WARM_PREFIX_TARGET"
          value={settings.warmPrefixTarget}
          max={4}
          onValue={(warmPrefixTarget) => onChange({ warmPrefixTarget })}
        />
      ) : (
        <Slider
          id={`${id}-warm-eni`}
          label="WARM_ENI_TARGET"
          value={settings.warmEniTarget}
          max={3}
          onValue={(warmEniTarget) => onChange({ warmEniTarget })}
        />
      )}
      <Slider
        id={`${id}-warm-ip`}
        label="WARM_IP_TARGET (0 = not set)"
        value={settings.warmIpTarget}
        max={30}
        onValue={(warmIpTarget) => onChange({ warmIpTarget })}
      />
      <Slider
        id={`${id}-min-ip`}
        label="MINIMUM_IP_TARGET (0 = not set)"
        value={settings.minimumIpTarget}
        max={60}
        onValue={(minimumIpTarget) => onChange({ minimumIpTarget })}
      />
      <CountField
        id={`${id}-subnet`}
        label="Free addresses in the pod subnet"
        hint="Empty means plenty. Try 12 to run the subnet dry."
        value={settings.subnetText}
        error={errorFor('subnet')}
        onText={(subnetText) => onChange({ subnetText })}
      />
      {!vcpusKnown && (
        <CountField
          id={`${id}-vcpus`}
          label="vCPUs of this type"
          hint="Our data has vCPUs for 19 types only; the cap (110, or 250 above 30 vCPUs) needs them."
          value={settings.vcpusText}
          error={errorFor('vcpus')}
          onText={(vcpusText) => onChange({ vcpusText })}
        />
      )}
      {other && error !== null && (
        <p className="sim-error" role="alert">
          {error.message}
        </p>
      )}
    </fieldset>
  );
}
