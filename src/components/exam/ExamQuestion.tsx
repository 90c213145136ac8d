import { forwardRef, useId } from 'react';
import type { Answer, PartQuestion, Question } from '~/quiz';
import { InlineText } from '~/components/InlineText';
import { PromptText } from '~/components/PromptText';
import { ChoiceBody } from './ChoiceBody';
import { MatchingBody, OrderingBody, TypedBody } from './OtherBodies';
import { ReferenceLinks } from '~/components/quiz/ReferenceLinks';
import './question.css';

interface Props {
  question: Question;
  number: number;
  total: number;
  answer: Answer | undefined;
  /** Absent when the answer can no longer change. */
  onAnswer: ((answer: Answer | undefined) => void) | undefined;
  /** Show the key and every explanation. */
  revealed: boolean;
  flagged?: boolean;
}

/** One question of a paper: its number, prompt and answer controls; revealed, the key and why. */
export const ExamQuestion = forwardRef<HTMLHeadingElement, Props>(function ExamQuestion(
  { question, number, total, answer, onAnswer, revealed, flagged = false },
  headingRef,
) {
  const id = useId();
  return (
    <section className="exam-question" aria-labelledby={`${id}-number`}>
      <h2 className="exam-question-number" id={`${id}-number`} ref={headingRef} tabIndex={-1}>
        Question {number} of {total}
        {flagged && <span className="exam-flag-badge"> · Flagged</span>}
      </h2>
      <div className="exam-prompt">
        <PromptText text={question.prompt} />
      </div>
      {question.type === 'scenario' ? (
        question.parts.map((part, i) => (
          <div className="exam-part" key={part.id}>
            <h3>
              Part {i + 1} of {question.parts.length}
            </h3>
            <div className="exam-prompt">
              <PromptText text={part.prompt} />
            </div>
            <PartBody
              question={part}
              answer={answer?.kind === 'parts' ? answer.parts[part.id] : undefined}
              onAnswer={onAnswer && ((a) => onAnswer(partsAnswer(answer, part.id, a)))}
              revealed={revealed}
              name={`${id}-${part.id}`}
            />
          </div>
        ))
      ) : (
        <PartBody
          question={question}
          answer={answer}
          onAnswer={onAnswer}
          revealed={revealed}
          name={id}
        />
      )}
      {revealed && <Closing question={question} />}
    </section>
  );
});

// The answer controls of one stand-alone question or scenario part.
function PartBody(props: {
  question: PartQuestion;
  answer: Answer | undefined;
  onAnswer: ((answer: Answer | undefined) => void) | undefined;
  revealed: boolean;
  name: string;
}) {
  const { question } = props;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceBody {...props} question={question} />;
    case 'ordering':
      return <OrderingBody {...props} question={question} />;
    case 'matching':
      return <MatchingBody {...props} question={question} />;
    case 'typed':
      return <TypedBody {...props} question={question} />;
  }
}

// A scenario's answer with one part's answer changed (a part cleared is dropped).
function partsAnswer(
  answer: Answer | undefined,
  partId: string,
  part: Answer | undefined,
): Answer | undefined {
  const parts = { ...(answer?.kind === 'parts' ? answer.parts : {}) };
  if (part === undefined) delete parts[partId];
  else parts[partId] = part;
  return Object.keys(parts).length === 0 ? undefined : { kind: 'parts', parts };
}

// The closing explanation and the documentation to read.
function Closing({ question }: { question: Question }) {
  return (
    <div className="exam-closing">
      {question.explanation && (
        <p>
          <InlineText text={question.explanation} />
        </p>
      )}
      <ReferenceLinks references={question.references} className="exam-refs" />
    </div>
  );
}
