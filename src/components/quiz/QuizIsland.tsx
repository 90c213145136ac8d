// The lesson quiz island, and its body, which MixedQuizIsland reuses with the cards of the other
// question kinds (one module, so that a quiz of choice questions loads one chunk).
import { Suspense, useEffect, useState, type ComponentType } from 'react';
import { isCompleteSelection, isCorrect, quizScore, requiredChoices } from '~/quiz/scoring';
import { $progress, recordAttempt, restartQuiz } from '~/progress/store';
import { emptyProgress } from '~/progress/document';
import { currentQuizAnswers } from '~/progress/selectors';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { isChoiceCard, type CardQuestion, type ChoiceCardQuestion } from '~/lib/card-question';
import { PromptText } from '~/components/PromptText';
import { questionAnchor } from '~/search/records';
import { QuestionCard } from './QuestionCard';
import type { CheckedAnswer, PracticeCardProps } from './PracticeCard';
import './quiz.css';

/** The props of a lesson quiz island. */
export interface QuizProps {
  bankId: string;
  questions: CardQuestion[];
}

const EMPTY = emptyProgress();

/** A lesson quiz of single-choice and multiple-response questions: checked, explained, saved. */
export default function QuizIsland(props: QuizProps) {
  return (
    <ErrorBoundary name="quiz">
      <QuizBody {...props} />
    </ErrorBoundary>
  );
}

/**
 * A lesson quiz's body: one card per question and the running score. `Other` renders the kinds
 * that are not a choice of options; only the island of a bank that has such questions passes it,
 * so a quiz of choice questions never ships that code.
 */
export function QuizBody({
  bankId,
  questions,
  Other,
}: QuizProps & { Other?: ComponentType<PracticeCardProps> }) {
  const progress = useHydratedStore($progress, EMPTY);
  const answers = currentQuizAnswers(
    progress,
    bankId,
    questions.map((q) => q.id),
  );
  const score = quizScore(questions, answers);
  const [round, setRound] = useState(0);
  // The other kinds' cards load in the browser only: the server (and the first render, which must
  // match it) shows their prompt, so no React streaming script is written into the page.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const check = (question: ChoiceCardQuestion, selected: string[], ms: number) => {
    const correct = isCorrect(question, selected);
    recordAttempt({ question: question.id, selected, correct, ms, source: 'quiz' });
  };
  const checkOther = (question: CardQuestion, given: CheckedAnswer, ms: number) =>
    recordAttempt({ question: question.id, ...given, ms, source: 'quiz' });
  const retry = () => {
    restartQuiz(bankId);
    setRound((r) => r + 1);
  };

  return (
    <div className="quiz-island" data-bank={bankId}>
      <ol className="quiz-list">
        {questions.map((question, index) => (
          <li key={`${round}-${question.id}`}>
            {isChoiceCard(question) ? (
              <QuestionCard
                question={question}
                number={index + 1}
                total={questions.length}
                required={requiredChoices(question)}
                answer={answers[question.id]}
                canCheck={(selected) => isCompleteSelection(question, selected)}
                onCheck={(selected, ms) => check(question, selected, ms)}
              />
            ) : Other && mounted ? (
              <Suspense fallback={<CardPlaceholder question={question} number={index + 1} />}>
                <Other
                  question={question}
                  number={index + 1}
                  total={questions.length}
                  answer={answers[question.id]}
                  onCheck={(given, ms) => checkOther(question, given, ms)}
                />
              </Suspense>
            ) : (
              <CardPlaceholder question={question} number={index + 1} />
            )}
          </li>
        ))}
      </ol>
      <div className="quiz-score" role="status">
        {score.answered === 0 ? (
          <p>Answer the questions above; each one is explained after you check it.</p>
        ) : (
          <p>
            <strong>
              Score: {score.correct} of {score.total} correct
            </strong>
            {score.answered < score.total && ` (${score.total - score.answered} still to answer)`}
            {score.answered === score.total &&
              score.correct === score.total &&
              ' — all correct, well done.'}
          </p>
        )}
        {score.answered > 0 && (
          <button type="button" className="button secondary" onClick={retry}>
            Try the quiz again
          </button>
        )}
      </div>
    </div>
  );
}

// A card whose controls are still loading: its number and prompt, so the page reads whole.
function CardPlaceholder({ question, number }: { question: CardQuestion; number: number }) {
  return (
    <div className="question" id={questionAnchor(question.id)}>
      <p className="question-number">Question {number}</p>
      <PromptText text={question.prompt} />
      <p className="question-hint">Loading the answer controls…</p>
    </div>
  );
}
