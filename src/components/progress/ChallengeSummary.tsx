import { passedChallenges } from '~/progress/selectors';
import type { Progress } from '~/progress/schema';
import type { CourseInfo } from './types';

/** How many simulator challenges the learner has passed, each listed with a tick. */
export function ChallengeSummary({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const entries = Object.entries(course.challenges);
  if (entries.length === 0) return null;
  const passed = passedChallenges(progress);
  const done = entries.filter(([id]) => passed.has(id)).length;
  return (
    <section className="pd-card" aria-labelledby="pd-challenges-heading">
      <h2 id="pd-challenges-heading">Challenges</h2>
      <p className="pd-summary">
        {done} of {entries.length} {entries.length === 1 ? 'challenge' : 'challenges'} passed
      </p>
      <progress max={entries.length} value={done} aria-hidden="true" className="pd-bar" />
      <ul className="pd-lessons">
        {entries.map(([id, challenge]) => (
          <li key={id} data-complete={passed.has(id)}>
            <span aria-hidden="true" className="pd-tick">
              {passed.has(id) ? '✓' : '○'}
            </span>
            <a href={challenge.href}>{challenge.title}</a>
            <span className="sr-only">{passed.has(id) ? '(passed)' : '(not passed yet)'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
