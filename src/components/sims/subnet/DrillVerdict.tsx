// What the drill shows once a question is checked: part of the chunk that loads with the engine.
import type { DrillField, FieldCheck } from '~/sim/subnet';

/** What the status line announces after a check. */
export function verdictMessage(fields: readonly FieldCheck[]): string {
  const total = fields.length;
  const right = fields.filter((f) => f.correct).length;
  if (right === total)
    return total === 1 ? 'Correct.' : `Correct: all ${String(total)} answers are right.`;
  if (total === 1)
    return 'Not right: the expected answer is shown under the box, with the worked solution below.';
  return `${String(right)} of ${String(total)} answers right. The expected answers are shown under each box, with the worked solution below.`;
}

/** The worked solution of a checked question, one step per line. */
export function DrillExplanation({ id, steps }: { id: string; steps: readonly string[] }) {
  return (
    <section className="subnet-explain" aria-labelledby={id}>
      <p id={id} className="subnet-explain-title">
        Worked solution
      </p>
      <ol className="subnet-steps">
        {steps.map((step, index) => (
          <li key={`${String(index)}-${step}`}>{step}</li>
        ))}
      </ol>
    </section>
  );
}

/** Right, or wrong with the expected answer and, when the text was not even valid, why. */
export function Verdict({
  id,
  check,
  field,
}: {
  id: string;
  check: FieldCheck;
  field: DrillField;
}) {
  if (check.correct) {
    return (
      <p id={id} className="sim-ok">
        ✓ Right
      </p>
    );
  }
  const expected =
    field.kind === 'choice'
      ? (field.choices?.find((c) => c.value === check.expected)?.label ?? check.expected)
      : check.expected;
  return (
    <p id={id} className="subnet-wrong">
      ✗ {check.given.trim() === '' ? 'No answer' : 'Not quite'}; expected <code>{expected}</code>
      {check.problem && <span className="subnet-problem">{check.problem}</span>}
    </p>
  );
}
