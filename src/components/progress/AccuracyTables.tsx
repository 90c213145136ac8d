import { accuracyBy, type Accuracy } from '~/progress/stats';
import type { Progress } from '~/progress/schema';
import type { CourseInfo } from './types';

/** Quiz accuracy per topic, per exam domain and per exam, as tables (numbers, not just bars). */
export function AccuracyTables({ progress, course }: { progress: Progress; course: CourseInfo }) {
  const byBank = accuracyBy(progress, course.questions, 'bank');
  if (byBank.length === 0) {
    return (
      <section className="pd-card" aria-labelledby="pd-accuracy-heading">
        <h2 id="pd-accuracy-heading">Quiz accuracy</h2>
        <p>No answers yet. Each lesson ends with a quiz; your results will show up here.</p>
      </section>
    );
  }
  return (
    <section className="pd-card" aria-labelledby="pd-accuracy-heading">
      <h2 id="pd-accuracy-heading">Quiz accuracy</h2>
      <p className="pd-note">Every answer counts, retries included.</p>
      <AccuracyTable
        caption="By topic"
        rows={byBank}
        label={(key) => course.banks[key]?.title ?? key}
        href={(key) => course.banks[key]?.href ?? null}
      />
      <AccuracyTable
        caption="By exam domain"
        rows={accuracyBy(progress, course.questions, 'domain')}
      />
      <AccuracyTable
        caption="By exam"
        rows={accuracyBy(progress, course.questions, 'exam')}
        label={(key) => course.exams[key] ?? key}
      />
    </section>
  );
}

interface TableProps {
  caption: string;
  rows: Accuracy[];
  label?: (key: string) => string;
  href?: (key: string) => string | null;
}

// One accuracy table with a meter per row (the meter repeats the percentage shown as text).
function AccuracyTable({ caption, rows, label = (k) => k, href = () => null }: TableProps) {
  if (rows.length === 0) return null;
  return (
    <div className="pd-table-wrap">
      <table className="pd-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}</th>
            <th scope="col">Questions</th>
            <th scope="col">Answers</th>
            <th scope="col">Correct</th>
            <th scope="col">Accuracy</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const link = href(row.key);
            const percent = Math.round(row.rate * 100);
            return (
              <tr key={row.key}>
                <th scope="row">{link ? <a href={link}>{label(row.key)}</a> : label(row.key)}</th>
                <td>{row.questions}</td>
                <td>{row.attempts}</td>
                <td>{row.correct}</td>
                <td>
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
                    {percent}%
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
