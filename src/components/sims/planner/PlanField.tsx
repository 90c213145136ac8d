/** A labelled text field with a hint and, when the engine refused its value, the reason under it. */
export function PlanField({
  id,
  label,
  hint,
  value,
  error,
  numeric = false,
  disabled = false,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string | null;
  numeric?: boolean;
  disabled?: boolean;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="sim-input sim-input-code"
        type="text"
        inputMode={numeric ? 'numeric' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="sim-hint plan-hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={`${id}-error`} className="sim-error plan-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
