import { practiceHash } from '~/lib/review-pool';
import { weakestTopics, type WeakSpot } from '~/progress/history';
import type { Progress } from '~/progress/schema';
import type { CourseInfo } from './types';

/** The fewest answers a domain or topic needs before it can be called weak. */
export const MIN_ANSWERS = 3;

/**
 * "Weakest topics": the domains (or topics) with the lowest accuracy over every answer — lesson
 * quizzes, exams and reviews — each with the lesson that teaches it and a way to practise.
 */
export function WeakestTopics({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const spots = weakestTopics(progress, course.questions, { minAnswers: MIN_ANSWERS, limit: 5 });
  return (
    <section className="pd-card" aria-labelledby="pd-weak-heading">
      <h2 id="pd-weak-heading">Weakest topics</h2>
      {spots.length === 0 ? (
        <p>
          Nothing stands out yet: a domain or topic shows here once you have answered at least{' '}
          {MIN_ANSWERS} of its questions and missed some.
        </p>
      ) : (
        <>
          <p className="pd-note">
            Lowest accuracy first, over every answer in quizzes, exams and reviews (at least{' '}
            {MIN_ANSWERS} answers each).
          </p>
          <ol className="pd-weak">
            {spots.map((spot) => (
              <WeakItem key={`${spot.kind}:${spot.key}`} spot={spot} course={course} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

// One weak domain or topic: its name, accuracy and answers, and where to study and practise it.
function WeakItem({ spot, course }: { spot: WeakSpot; course: CourseInfo }) {
  const percent = Math.round(spot.rate * 100);
  const lesson = lessonOf(spot.bank, course);
  const name = spot.kind === 'domain' ? spot.key : (course.banks[spot.key]?.title ?? spot.key);
  return (
    <li>
      <div className="pd-weak-head">
        <strong>{name}</strong>
        <span className="pd-rate">
          <meter
            min={0}
            max={100}
            low={60}
            high={80}
            optimum={100}
            value={percent}
            aria-hidden="true"
          />
          {percent}% right
        </span>
      </div>
      <p className="pd-weak-meta">
        {spot.correct} of {spot.attempts} answers right.{' '}
        {lesson && (
          <>
            Study: <a href={lesson.href}>{lesson.title}</a>.{' '}
          </>
        )}
        {course.links && (
          <a href={`${course.links.review}${practiceHash(spot.kind, spot.key)}`}>
            Practise this<span className="sr-only">: {name}</span>
          </a>
        )}
      </p>
    </li>
  );
}

// The lesson whose quiz is the given bank: its title (the bank's when no lesson matches) and page.
function lessonOf(bank: string, course: CourseInfo): { title: string; href: string } | null {
  const info = course.banks[bank];
  if (!info?.href) return null;
  for (const module of course.modules) {
    const lesson = module.lessons.find((l) => l.href === info.href);
    if (lesson) return { title: lesson.title, href: lesson.href };
  }
  return { title: info.title, href: info.href };
}
