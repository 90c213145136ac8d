import { lazy } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { QuizBody, type QuizProps } from './QuizIsland';

// Ordering, matching, typed and scenario cards, loaded when the quiz first renders one.
const PracticeCard = lazy(() => import('./PracticeCard'));

/** A lesson quiz that also has ordering, matching, typed or scenario questions. */
export default function MixedQuizIsland(props: QuizProps) {
  return (
    <ErrorBoundary name="quiz">
      <QuizBody {...props} Other={PracticeCard} />
    </ErrorBoundary>
  );
}
