import type { Answer, MultipleQuestion, SingleQuestion } from '~/quiz';
import { InlineText } from '~/components/InlineText';

interface Props {
  question: SingleQuestion | MultipleQuestion;
  answer: Answer | undefined;
  /** Absent when the answer can no longer change. */
  onAnswer: ((answer: Answer | undefined) => void) | undefined;
  revealed: boolean;
  name: string;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];

/** "Choose one." or "Choose two." as the exams word it. */
export function chooseHint(question: SingleQuestion | MultipleQuestion): string {
  const n = question.type === 'single' ? 1 : question.choose;
  return `Choose ${WORDS[n] ?? String(n)}.`;
}

/** The letter shown for the option at a position: A, B, C … */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The selection of a choice answer (none for other kinds). */
export function selectionOf(answer: Answer | undefined): readonly string[] {
  return answer?.kind === 'choice' ? answer.selected : [];
}

/** Single or multiple choice: radio buttons or checkboxes, then, revealed, every option's verdict. */
export function ChoiceBody({ question, answer, onAnswer, revealed, name }: Props) {
  const selected = selectionOf(answer);
  const multiple = question.type === 'multiple';
  const toggle = (id: string) => {
    if (!onAnswer) return;
    if (!multiple) return onAnswer({ kind: 'choice', selected: [id] });
    const next = selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id];
    onAnswer(next.length === 0 ? undefined : { kind: 'choice', selected: next });
  };
  const hint = multiple
    ? `${chooseHint(question)} ${selected.length} of ${question.choose} chosen.`
    : chooseHint(question);
  return (
    <fieldset className="exam-options-set">
      <legend className="exam-hint">{hint}</legend>
      <ul className="exam-options">
        {question.options.map((option, index) => {
          const chosen = selected.includes(option.id);
          const verdict = !revealed
            ? 'open'
            : option.correct
              ? 'right'
              : chosen
                ? 'wrong'
                : 'neutral';
          return (
            <li key={option.id} className={`exam-option exam-option-${verdict}`}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={name}
                  value={option.id}
                  checked={chosen}
                  disabled={!onAnswer}
                  onChange={() => toggle(option.id)}
                />
                <span className="exam-option-letter" aria-hidden="true">
                  {optionLetter(index)}
                </span>
                <span className="exam-option-text">
                  <InlineText text={option.text} />
                </span>
              </label>
              {revealed && (
                <p className="exam-option-explanation">
                  <strong>
                    {option.correct
                      ? '✓ Correct answer'
                      : chosen
                        ? '✗ Your choice, incorrect'
                        : '✗ Incorrect'}
                    {option.correct && chosen ? ' — you chose it' : ''}
                    {option.correct && !chosen ? ' — you did not choose it' : ''}:{' '}
                  </strong>
                  <InlineText text={option.explanation} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
