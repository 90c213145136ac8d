import { useId } from 'react';

/** The JSON editor with the validator's problems and the unknown-plugin warnings beside it. */
export function ConfigEditor({
  text,
  problems,
  warnings,
  onChange,
  onReset,
}: {
  text: string;
  problems: string[];
  warnings: string[];
  onChange: (text: string) => void;
  onReset: () => void;
}) {
  const id = useId();
  const clean = problems.length === 0;
  return (
    <div className="cni-editor">
      <div className="sim-field">
        <label htmlFor={`${id}-config`}>Network configuration list (JSON)</label>
        <textarea
          id={`${id}-config`}
          className="sim-input sim-input-code cni-textarea"
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          rows={Math.min(24, Math.max(10, text.split('\n').length + 1))}
          value={text}
          aria-invalid={!clean}
          aria-describedby={`${id}-problems`}
          onChange={(event) => onChange(event.target.value)}
        />
        <button type="button" className="sim-btn sim-btn-quiet sim-btn-small" onClick={onReset}>
          Reset to the preset
        </button>
      </div>
      <section id={`${id}-problems`} className="cni-problems" aria-live="polite">
        <h4 className="cni-heading">Validation</h4>
        {clean ? (
          <p className="sim-ok">Valid: the runtime accepts this list.</p>
        ) : (
          <ul className="cni-list">
            {problems.map((problem) => (
              <li key={problem} className="sim-error">
                <strong>Problem:</strong> {problem}
              </li>
            ))}
          </ul>
        )}
        {warnings.length > 0 && (
          <ul className="cni-list">
            {warnings.map((warning) => (
              <li key={warning} className="sim-warning">
                <strong>Warning:</strong> {warning}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
