import { drillSummary } from '~/progress/drill-stats';
import type { Progress } from '~/progress/schema';
import type { CourseInfo } from './types';

/** Practice drill results per skill (answered, accuracy, best streak), once any were answered. */
export function DrillSummary({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const { overall, bySkill } = drillSummary(progress);
  if (overall.attempts === 0) return null;
  return (
    <section className="pd-card" aria-labelledby="pd-drills-heading">
      <h2 id="pd-drills-heading">Drills</h2>
      <p className="pd-summary">
        {overall.attempts} {overall.attempts === 1 ? 'question' : 'questions'} answered,{' '}
        {Math.round(overall.accuracy * 100)}% right; best streak {overall.bestStreak}
      </p>
      <div className="pd-table-wrap">
        <table className="pd-table">
          <caption>By skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Answered</th>
              <th scope="col">Accuracy</th>
              <th scope="col">Best streak</th>
            </tr>
          </thead>
          <tbody>
            {bySkill.map(({ skill, stats }) => (
              <tr key={skill}>
                <th scope="row">{skillLabel(skill, course)}</th>
                <td>{stats.attempts}</td>
                <td>{Math.round(stats.accuracy * 100)}%</td>
                <td>{stats.bestStreak}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A skill's title, linked to its drill page when the course knows it; else its id in words. */
export function skillLabel(skill: string, course: CourseInfo) {
  const known = course.drillSkills?.[skill];
  if (!known) return skill.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return <a href={known.href}>{known.title}</a>;
}
