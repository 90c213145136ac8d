import { recentActivity, type Activity } from '~/progress/stats';
import type { Progress } from '~/progress/schema';
import { skillLabel } from './DrillSummary';
import type { CourseInfo } from './types';

/** The learner's latest lessons, answers and challenge runs. */
export function RecentActivity({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const items = recentActivity(progress, 10);
  return (
    <section className="pd-card" aria-labelledby="pd-activity-heading">
      <h2 id="pd-activity-heading">Recent activity</h2>
      {items.length === 0 ? (
        <p>Nothing yet. Start with the first lesson on the course map.</p>
      ) : (
        <ol className="pd-activity">
          {items.map((item) => (
            <li key={`${item.kind}-${item.at}-${keyOf(item)}`}>
              <time dateTime={item.at}>{formatTime(item.at)}</time>
              <span>{describe(item, course)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// A short readable sentence for one activity (titles come from the course, not from stored data).
function describe(item: Activity, course: CourseInfo) {
  if (item.kind === 'lesson') {
    const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.id === item.id);
    const title = lesson ? (
      <a href={lesson.href}>{lesson.title}</a>
    ) : (
      'a lesson no longer in the course'
    );
    return (
      <>
        {item.completed ? 'Completed ' : 'Marked as not complete: '}
        {title}
      </>
    );
  }
  if (item.kind === 'challenge') {
    const challenge = course.challenges[item.challenge];
    const title = challenge ? <a href={challenge.href}>{challenge.title}</a> : 'a challenge';
    return (
      <>
        {item.passed ? '✓ Passed challenge ' : '✗ Tried challenge '}
        {title}
      </>
    );
  }
  if (item.kind === 'drill') {
    return (
      <>
        {item.correct ? '✓ Drill answered correctly' : '✗ Drill answered incorrectly'}:{' '}
        {skillLabel(item.skill, course)}
      </>
    );
  }
  const question = course.questions[item.question];
  const bank = question ? course.banks[question.bank] : undefined;
  const where = bank?.href ? (
    <a href={`${bank.href}#question-${item.question}`}>{bank.title}</a>
  ) : (
    (bank?.title ?? 'a quiz')
  );
  return (
    <>
      {item.correct ? '✓ Answered correctly' : '✗ Answered incorrectly'}: a question in {where}
    </>
  );
}

// A stable key part for a list item.
function keyOf(item: Activity): string {
  if (item.kind === 'lesson') return item.id;
  if (item.kind === 'challenge') return item.challenge;
  return item.kind === 'drill' ? item.skill : item.question;
}

// A local date and time, short.
function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
