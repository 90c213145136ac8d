import { useMemo } from 'react';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { drillSummary, type DrillStats } from '~/progress/drill-stats';
import { emptyProgress } from '~/progress/document';
import { $progress } from '~/progress/store';
// The skill titles' own file, not the engine's index or drills.ts: through those, the island's chunk
// would hold every question generator, which a lesson loads only on the learner's first action.
import { drillSkillTitle } from '~/sim/subnet/drill-skill-titles';
import type { DrillSkill } from '~/sim/subnet';

const EMPTY = emptyProgress();
const ZERO: DrillStats = { attempts: 0, correct: 0, accuracy: 0, currentStreak: 0, bestStreak: 0 };

/** The learner's streak and accuracy, from their saved progress (so it survives a reload). */
export function DrillStatsBar({
  skill,
  skills,
}: {
  skill: DrillSkill;
  skills: readonly DrillSkill[];
}) {
  const progress = useHydratedStore($progress, EMPTY);
  const summary = useMemo(() => drillSummary(progress), [progress]);
  const statsOf = (id: string) => summary.bySkill.find((s) => s.skill === id)?.stats ?? ZERO;
  const current = statsOf(skill);
  return (
    <div className="subnet-stats">
      <p className="subnet-stats-line">
        <span>
          Streak <strong>{summary.overall.currentStreak}</strong> (best {summary.overall.bestStreak}
          )
        </span>
        <span>
          {drillSkillTitle(skill)}: {current.attempts} answered
          {current.attempts > 0 && `, ${String(Math.round(current.accuracy * 100))}% right`}
        </span>
      </p>
      {skills.length > 1 && summary.overall.attempts > 0 && (
        <details className="subnet-stats-details">
          <summary>Accuracy per skill</summary>
          <ul>
            {skills.map((id) => {
              const stats = statsOf(id);
              return (
                <li key={id}>
                  {drillSkillTitle(id)}:{' '}
                  {stats.attempts === 0
                    ? 'not tried yet'
                    : `${String(Math.round(stats.accuracy * 100))}% of ${String(stats.attempts)}, best streak ${String(stats.bestStreak)}`}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
