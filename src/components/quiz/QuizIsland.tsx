import { ErrorBoundary } from '~/components/ErrorBoundary';
import { QuizBody, type QuizProps } from './QuizBody';

/** A lesson quiz of single-choice and multiple-response questions: checked, explained, saved. */
export default function QuizIsland(props: QuizProps) {
  return (
    <ErrorBoundary name="quiz">
      <QuizBody {...props} />
    </ErrorBoundary>
  );
}
