import { examHistory, type PaperHistory, type RunPoint } from '~/progress/history';
import type { Progress } from '~/progress/schema';
import { CHART_RUNS, ScoreChart } from './ScoreChart';
import type { CourseInfo } from './types';

type Paper = NonNullable<CourseInfo['papers']>[string];

/** "Scores over time": per exam paper, its scores as a chart and table, and each domain's latest and best. */
export function ExamHistory({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const papers = course.papers ?? {};
  const history = examHistory(progress, Object.keys(papers));
  return (
    <section className="pd-card" aria-labelledby="pd-history-heading">
      <h2 id="pd-history-heading">Scores over time</h2>
      {history.length === 0 ? (
        <p>
          You have not taken an exam paper yet:{' '}
          <a href={course.links?.exams ?? '/exams/'}>pick one on the exams page</a>.
        </p>
      ) : (
        history.map((entry) => (
          <PaperScores key={entry.exam} entry={entry} paper={papers[entry.exam]} />
        ))
      )}
    </section>
  );
}

// One paper kind: a summary line, the chart, the table of every paper, and its domains.
function PaperScores({ entry, paper }: { entry: PaperHistory; paper: Paper | undefined }) {
  const title = paper?.title ?? entry.exam;
  const latest = entry.runs.at(-1);
  const best = Math.max(...entry.runs.map((run) => run.percent));
  const count = entry.runs.length;
  return (
    <div className="pd-paper">
      <h3>{title}</h3>
      <p className="pd-note">
        {count === 1 ? '1 paper' : `${count} papers`}; latest {latest?.percent ?? 0}%, best {best}%
        {count > CHART_RUNS ? ` (the chart shows the newest ${CHART_RUNS})` : ''}
      </p>
      <ScoreChart runs={entry.runs} title={`${title}: score per paper`} />
      <details className="pd-details">
        <summary>Every paper as a table</summary>
        <RunTable runs={entry.runs} title={title} />
      </details>
      {entry.domains.length > 0 && (
        <div className="pd-table-wrap">
          <table className="pd-table">
            <caption>
              By domain<span className="sr-only"> ({title})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">Latest</th>
                <th scope="col">Best</th>
              </tr>
            </thead>
            <tbody>
              {entry.domains.map((domain) => (
                <tr key={domain.id}>
                  <th scope="row">{paper?.domains[domain.id] ?? domain.id}</th>
                  <td>{domain.latest}%</td>
                  <td>{domain.best}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

// Every paper of one kind, oldest first: the chart's text alternative for those who want numbers.
function RunTable({ runs, title }: { runs: readonly RunPoint[]; title: string }) {
  const scaled = runs.some((run) => run.scaled !== undefined);
  return (
    <div className="pd-table-wrap">
      <table className="pd-table">
        <caption className="sr-only">{title}: every paper, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Taken</th>
            <th scope="col">Score</th>
            {scaled && <th scope="col">Scaled</th>}
          </tr>
        </thead>
        <tbody>
          {runs.map((run, i) => (
            <tr key={`${run.at}-${i}`}>
              <th scope="row">
                <time dateTime={run.at} title={formatTaken(run.at)}>
                  {formatDay(run.at)}
                </time>
                {run.mode === 'practice' && <span className="pd-tag"> practice</span>}
                {run.timedOut && <span className="pd-tag"> timed out</span>}
              </th>
              <td>
                {run.percent}%{' '}
                <span className="pd-tag">
                  {run.points} of {run.maxPoints} points
                </span>
              </td>
              {scaled && <td>{run.scaled ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// The day a paper was finished, in the learner's own format.
function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

// When a paper was finished, to the minute, in the learner's own format.
function formatTaken(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
