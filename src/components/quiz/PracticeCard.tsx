import { useRef, useState } from 'react';
import { checkAnswer, isAnswerComplete, type Answer } from '~/quiz';
import type { Response } from '~/progress/schema';
import type { CurrentAnswer } from '~/progress/selectors';
import { questionAnchor } from '~/search/records';
import { ExamQuestion } from '~/components/exam/ExamQuestion';
import type { CardQuestion } from '~/lib/card-question';
import { responseOf } from '~/lib/response';

// The lesson quiz's and the review page's card for the kinds that are not a choice of options
// (ordering, matching, typed answers, scenarios). It reuses the exam's question bodies and is
// loaded on demand, so that a quiz of choice questions alone never downloads it.

/** The props of a practice card. */
export interface PracticeCardProps {
  question: CardQuestion;
  number: number;
  total: number;
  /** The checked answer, once there is one. */
  answer: CurrentAnswer | undefined;
  /** Called with the checked answer and the milliseconds since the card was shown. */
  onCheck: (checked: CheckedAnswer, ms: number) => void;
}

/** A checked answer as an attempt records it: no option letters, the whole response, the verdict. */
export interface CheckedAnswer {
  selected: string[];
  response: Response;
  correct: boolean;
}

/** One question: answer, check, then see the key and why. */
export default function PracticeCard({
  question,
  number,
  total,
  answer,
  onCheck,
}: PracticeCardProps) {
  const [draft, setDraft] = useState<Answer | undefined>(undefined);
  const shownAt = useRef(performance.now());
  const checked = answer !== undefined;
  const complete = isAnswerComplete(question, draft);
  const check = () => {
    if (draft === undefined || !complete) return;
    const given = {
      selected: [],
      response: responseOf(draft),
      correct: checkAnswer(question, draft),
    };
    onCheck(given, Math.round(performance.now() - shownAt.current));
  };

  return (
    <div
      id={questionAnchor(question.id)}
      className={`question practice-card ${checked ? (answer.correct ? 'is-correct' : 'is-wrong') : ''}`}
    >
      <ExamQuestion
        question={question}
        number={number}
        total={total}
        answer={checked ? answer.response : draft}
        onAnswer={checked ? undefined : setDraft}
        revealed={checked}
      />
      {checked ? (
        <div className="question-result" role="status">
          <p className="question-verdict">{answer.correct ? '✓ Correct.' : '✗ Not quite.'}</p>
          {question.read && (
            <p className="question-read">
              Read: <a href={question.read.href}>{question.read.title}</a>
            </p>
          )}
        </div>
      ) : (
        <>
          <button type="button" className="button" disabled={!complete} onClick={check}>
            Check answer
          </button>
          {!complete && <p className="question-hint">{incompleteHint(question)}</p>}
        </>
      )}
    </div>
  );
}

// What is still missing before the answer can be checked.
function incompleteHint(question: CardQuestion): string {
  switch (question.type) {
    case 'ordering':
      return 'Move the items into order, or choose "Use this order", then check.';
    case 'matching':
      return 'Choose where each item goes (or "none"), then check.';
    case 'typed':
      return 'Type your answer, then check.';
    case 'scenario':
      return 'Answer every part, then check.';
    default:
      return 'Choose your answer, then check.';
  }
}
