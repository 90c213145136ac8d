import { useState } from 'react';
import {
  isCompleteSelection,
  isCorrect,
  quizScore,
  requiredChoices,
  type QuizQuestion,
} from '~/quiz';
import { $progress, recordAttempt, restartQuiz } from '~/progress/store';
import { emptyProgress } from '~/progress/document';
import { currentQuizAnswers } from '~/progress/selectors';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { QuestionCard, type CardQuestion } from './QuestionCard';
import './quiz.css';

interface Props {
  bankId: string;
  questions: CardQuestion[];
}

/** A lesson quiz: answers are checked on request, explained per option, and saved to progress. */
export default function QuizIsland(props: Props) {
  return (
    <ErrorBoundary name="quiz">
      <Quiz {...props} />
    </ErrorBoundary>
  );
}

const EMPTY = emptyProgress();

// The quiz body: one card per question and the running score.
function Quiz({ bankId, questions }: Props) {
  const progress = useHydratedStore($progress, EMPTY);
  const answers = currentQuizAnswers(
    progress,
    bankId,
    questions.map((q) => q.id),
  );
  const score = quizScore(questions, answers);
  const [round, setRound] = useState(0);

  const check = (question: QuizQuestion, selected: string[], ms: number) => {
    const correct = isCorrect(question, selected);
    recordAttempt({ question: question.id, selected, correct, ms, source: 'quiz' });
  };
  const retry = () => {
    restartQuiz(bankId);
    setRound((r) => r + 1);
  };

  return (
    <div className="quiz-island" data-bank={bankId}>
      <ol className="quiz-list">
        {questions.map((question, index) => (
          <li key={`${round}-${question.id}`}>
            <QuestionCard
              question={question}
              number={index + 1}
              total={questions.length}
              required={requiredChoices(question)}
              answer={answers[question.id]}
              canCheck={(selected) => isCompleteSelection(question, selected)}
              onCheck={(selected, ms) => check(question, selected, ms)}
            />
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
