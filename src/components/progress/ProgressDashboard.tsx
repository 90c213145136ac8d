import { ErrorBoundary } from '~/components/ErrorBoundary';
import { ReviewDueLink } from '~/components/review/ReviewDueLink';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { emptyProgress } from '~/progress/document';
import { $progress } from '~/progress/store';
import { AccuracyTables } from './AccuracyTables';
import { Backups } from './Backups';
import { ChallengeSummary } from './ChallengeSummary';
import { DrillSummary } from './DrillSummary';
import { ExamHistory } from './ExamHistory';
import { ModuleCompletion } from './ModuleCompletion';
import { RecentActivity } from './RecentActivity';
import { SafetyPanel } from './SafetyPanel';
import { TransferPanel } from './TransferPanel';
import { WeakestTopics } from './WeakestTopics';
import type { CourseInfo } from './types';
import './progress.css';

const EMPTY = emptyProgress();

/** The "Your progress" page: completion, accuracy, activity, and the learner's data controls. */
export default function ProgressDashboard({ course }: { course: CourseInfo }) {
  return (
    <ErrorBoundary name="progress dashboard" subject="progress page">
      <Dashboard course={course} />
    </ErrorBoundary>
  );
}

// The page's sections, all reading the one progress document.
function Dashboard({ course }: { course: CourseInfo }) {
  const progress = useHydratedStore($progress, EMPTY);
  return (
    <div className="progress-dashboard">
      <ReviewDueLink progress={progress} questions={course.questions} />
      <ModuleCompletion progress={progress} course={course} />
      <ExamHistory progress={progress} course={course} />
      <WeakestTopics progress={progress} course={course} />
      <ChallengeSummary progress={progress} course={course} />
      <DrillSummary progress={progress} course={course} />
      <AccuracyTables progress={progress} course={course} />
      <RecentActivity progress={progress} course={course} />
      <section className="pd-card" aria-labelledby="pd-data-heading">
        <h2 id="pd-data-heading">Your data</h2>
        <SafetyPanel progress={progress} />
        <TransferPanel progress={progress} />
        <Backups />
      </section>
    </div>
  );
}
