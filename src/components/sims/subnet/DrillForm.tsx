import type { ComponentType } from 'react';
import type { DrillField, DrillQuestion, FieldCheck } from '~/sim/subnet';

/** How a checked box shows its verdict (from the engine's chunk: only needed once checked). */
export type VerdictView = ComponentType<{ id: string; check: FieldCheck; field: DrillField }>;

interface DrillFormProps {
  /** Prefix for element ids, unique on the page. */
  idBase: string;
  question: DrillQuestion;
  answers: Record<string, string>;
  /** The verdict per field once checked, by field id. */
  checks: Record<string, FieldCheck> | null;
  onAnswer: (fieldId: string, value: string) => void;
  /** Renders a box's verdict; present once the engine has loaded (and so whenever `checks` is). */
  Verdict: VerdictView | undefined;
}

/** The question's givens and one labelled answer box per field, with its verdict once checked. */
export function DrillForm({
  idBase,
  question,
  answers,
  checks,
  onAnswer,
  Verdict,
}: DrillFormProps) {
  return (
    <>
      <p className="subnet-drill-prompt">{question.prompt}</p>
      {question.given.length > 0 && (
        <dl className="subnet-given">
          {question.given.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="sim-fields subnet-drill-fields">
        {question.fields.map((field) => (
          <AnswerField
            key={field.id}
            id={`${idBase}-${field.id}`}
            field={field}
            value={answers[field.id] ?? ''}
            check={checks?.[field.id]}
            onChange={(value) => onAnswer(field.id, value)}
            Verdict={Verdict}
          />
        ))}
      </div>
    </>
  );
}

interface AnswerFieldProps {
  id: string;
  field: DrillField;
  value: string;
  check: FieldCheck | undefined;
  onChange: (value: string) => void;
  Verdict: VerdictView | undefined;
}

// One answer box (a text input, or a list for a choice) and, once checked, right or wrong.
function AnswerField({ id, field, value, check, onChange, Verdict }: AnswerFieldProps) {
  const feedbackId = `${id}-feedback`;
  const common = {
    id,
    value,
    'aria-invalid': check ? !check.correct : undefined,
    'aria-describedby': check ? feedbackId : undefined,
  };
  return (
    <div
      className="sim-field"
      data-verdict={check ? (check.correct ? 'right' : 'wrong') : undefined}
    >
      <label htmlFor={id}>{field.label}</label>
      {field.kind === 'choice' ? (
        <select
          {...common}
          className="sim-input"
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">Choose…</option>
          {(field.choices ?? []).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          className="sim-input sim-input-code"
          readOnly={check !== undefined}
          inputMode={field.kind === 'number' ? 'numeric' : 'text'}
          placeholder={field.placeholder}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {check && Verdict && <Verdict id={feedbackId} check={check} field={field} />}
    </div>
  );
}
