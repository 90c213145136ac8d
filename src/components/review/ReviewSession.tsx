import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { QuestionCard } from '~/components/quiz/QuestionCard';
import { isChoiceCard } from '~/lib/card-question';
import type { PoolQuestion } from '~/lib/review-pool';
import type { Response } from '~/progress/schema';
import type { CurrentAnswer } from '~/progress/selectors';
import { isCompleteSelection, isCorrect, requiredChoices } from '~/quiz/scoring';

// Ordering, matching, typed and scenario questions: loaded when a session reaches one.
const PracticeCard = lazy(() => import('~/components/quiz/PracticeCard'));

/** What a learner gave: option letters, and the whole answer of the other kinds. */
export interface GivenAnswer {
  selected: string[];
  response?: Response | undefined;
}

interface Props {
  title: string;
  questions: PoolQuestion[];
  /** Records one checked answer (and reschedules its question). */
  onAnswer: (question: PoolQuestion, given: GivenAnswer, correct: boolean, ms: number) => void;
  /** Leaves the session, back to the review overview. */
  onClose: () => void;
}

/** A review session: its questions one at a time, each explained after it is checked. */
export function ReviewSession({ title, questions, onAnswer, onClose }: Props) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<CurrentAnswer[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [index]);
  const question = questions[index];
  const answer = answers[index];
  const finished = question === undefined;

  const record = (q: PoolQuestion, given: GivenAnswer, correct: boolean, ms: number) => {
    setAnswers((list) => [...list, { ...given, correct, at: new Date().toISOString() }]);
    onAnswer(q, given, correct, ms);
  };

  return (
    <section className="review-session" aria-labelledby="review-session-heading">
      <div className="review-session-bar">
        <h2 id="review-session-heading" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button secondary" onClick={onClose}>
          {finished ? 'Back to review' : 'Stop'}
        </button>
      </div>
      {finished ? (
        <SessionSummary answers={answers} onClose={onClose} />
      ) : (
        <>
          {isChoiceCard(question) ? (
            <QuestionCard
              key={`${index}-${question.id}`}
              question={question}
              number={index + 1}
              total={questions.length}
              required={requiredChoices(question)}
              answer={answer}
              canCheck={(selected) => isCompleteSelection(question, selected)}
              onCheck={(selected, ms) =>
                record(question, { selected }, isCorrect(question, selected), ms)
              }
            />
          ) : (
            <Suspense fallback={<p className="question">Loading the question…</p>}>
              <PracticeCard
                key={`${index}-${question.id}`}
                question={question}
                number={index + 1}
                total={questions.length}
                answer={answer}
                onCheck={({ correct, ...given }, ms) => record(question, given, correct, ms)}
              />
            </Suspense>
          )}
          {answer && (
            <LessonLink
              question={question}
              onNext={() => setIndex((i) => i + 1)}
              last={index + 1 === questions.length}
            />
          )}
        </>
      )}
    </section>
  );
}

// After a checked answer: the lesson to reread, and the way on.
function LessonLink({
  question,
  onNext,
  last,
}: {
  question: PoolQuestion;
  onNext: () => void;
  last: boolean;
}) {
  return (
    <div className="review-next">
      {question.lessonHref && (
        <p className="review-lesson-link">
          From the lesson <a href={question.lessonHref}>{question.lessonTitle}</a>
        </p>
      )}
      <button type="button" className="button" onClick={onNext}>
        {last ? 'Finish' : 'Next question'}
      </button>
    </div>
  );
}

// The end of a session: how it went.
function SessionSummary({ answers, onClose }: { answers: CurrentAnswer[]; onClose: () => void }) {
  const right = answers.filter((a) => a.correct).length;
  return (
    <div className="review-summary" role="status">
      <p>
        <strong>
          Session done: {right} of {answers.length} right.
        </strong>{' '}
        Wrong answers come back in a few minutes, right ones after a longer gap.
      </p>
      <button type="button" className="button" onClick={onClose}>
        Back to review
      </button>
    </div>
  );
}
