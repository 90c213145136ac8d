import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import type { CurrentAnswer } from '~/progress/selectors';
import { InlineText } from '~/components/InlineText';
import { PromptText } from '~/components/PromptText';
import { questionAnchor } from '~/search/records';
import type { ChoiceCardQuestion } from '~/lib/card-question';
import { ReferenceLinks } from './ReferenceLinks';

interface Props {
  question: ChoiceCardQuestion;
  number: number;
  total: number;
  required: number;
  answer: CurrentAnswer | undefined;
  canCheck: (selected: string[]) => boolean;
  /** Called with the choice and the milliseconds since the question came into view. */
  onCheck: (selected: string[], ms: number) => void;
}

/** One choice question: choose, check, then read why each option is right or wrong. */
export function QuestionCard({
  question,
  number,
  total,
  required,
  answer,
  canCheck,
  onCheck,
}: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const shownAt = useShownAt(formRef);
  const checked = answer !== undefined;
  const shown = checked ? answer.selected : selected;
  const multiple = question.type === 'multiple';

  const toggle = (optionId: string) => {
    if (checked) return;
    if (!multiple) return setSelected([optionId]);
    setSelected((s) => (s.includes(optionId) ? s.filter((x) => x !== optionId) : [...s, optionId]));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (canCheck(selected)) onCheck(selected, Math.round(performance.now() - shownAt()));
  };
  const hint = multiple
    ? `Choose ${required}. ${selected.length} of ${required} chosen.`
    : 'Choose one.';

  return (
    <form
      ref={formRef}
      id={questionAnchor(question.id)}
      className={`question ${checked ? (answer.correct ? 'is-correct' : 'is-wrong') : ''}`}
      onSubmit={submit}
    >
      <fieldset>
        <legend>
          <span className="question-number">
            Question {number} of {total}
          </span>
          <span className="question-prompt">
            <PromptText text={question.prompt} />
          </span>
        </legend>
        {!checked && (
          <p className="question-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <ul className="options">
          {question.options.map((option) => {
            const isChosen = shown.includes(option.id);
            const verdict = checked
              ? option.correct
                ? 'right'
                : isChosen
                  ? 'wrong'
                  : 'neutral'
              : 'open';
            return (
              <li key={option.id} className={`option option-${verdict}`}>
                <label>
                  <input
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${id}-choice`}
                    value={option.id}
                    checked={isChosen}
                    disabled={checked}
                    onChange={() => toggle(option.id)}
                  />
                  <span className="option-letter">{option.id.toUpperCase()}.</span>
                  <span className="option-text">
                    <InlineText text={option.text} />
                  </span>
                </label>
                {checked && (
                  <p className="option-explanation">
                    <span className="option-verdict">
                      {option.correct
                        ? '✓ Correct answer'
                        : isChosen
                          ? '✗ Your choice, incorrect'
                          : '✗ Incorrect'}
                      {option.correct && isChosen ? ' — you chose it' : ''}
                      {option.correct && !isChosen ? ' — you missed it' : ''}:{' '}
                    </span>
                    <InlineText text={option.explanation} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      {checked ? (
        <div className="question-result" role="status">
          <p className="question-verdict">{answer.correct ? '✓ Correct.' : '✗ Not quite.'}</p>
          {question.explanation && (
            <p>
              <InlineText text={question.explanation} />
            </p>
          )}
          {question.read && (
            <p className="question-read">
              Read: <a href={question.read.href}>{question.read.title}</a>
            </p>
          )}
          <ReferenceLinks references={question.references} className="question-refs" />
        </div>
      ) : (
        <button
          type="submit"
          className="button"
          disabled={!canCheck(selected)}
          aria-describedby={`${id}-hint`}
        >
          Check answer
        </button>
      )}
    </form>
  );
}

// When the question first came into view (performance.now()), to record how long it took to answer.
function useShownAt(ref: { current: HTMLElement | null }): () => number {
  const shown = useRef<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        shown.current ??= performance.now();
        observer.disconnect();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return () => shown.current ?? performance.now();
}
