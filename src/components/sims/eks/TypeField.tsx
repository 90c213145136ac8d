import type { TypeLookup } from './type-lookup';

/** The instance-type field: a text box with suggestions from the table and its message. */
export function TypeField({
  id,
  text,
  lookup,
  onText,
  onFocus,
}: {
  id: string;
  text: string;
  lookup: TypeLookup;
  onText: (text: string) => void;
  onFocus: () => void;
}) {
  const errorId = `${id}-type-error`;
  return (
    <div className="sim-field eks-type">
      <label htmlFor={`${id}-type`}>EC2 instance type</label>
      <input
        id={`${id}-type`}
        className="sim-input"
        list={`${id}-types`}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={lookup.error !== null}
        aria-describedby={lookup.error === null ? undefined : errorId}
        onFocus={onFocus}
        onChange={(event) => onText(event.target.value)}
      />
      <datalist id={`${id}-types`}>
        {lookup.suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {lookup.error !== null && (
        <p id={errorId} className="sim-error">
          {lookup.error}
        </p>
      )}
    </div>
  );
}
