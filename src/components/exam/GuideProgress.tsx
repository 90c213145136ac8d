import { ErrorBoundary } from '~/components/ErrorBoundary';
import { useHydratedStore } from '~/components/use-hydrated-store';
import { accuracyPerDomain } from '~/lib/exam-guide-map';
import { practiceHash } from '~/lib/review-pool';
import { emptyProgress } from '~/progress/document';
import { $progress } from '~/progress/store';

/** One domain row as the page passes it (the build-time mapping, without the topic details). */
export interface GuideDomainRow {
  id: string;
  title: string;
  weight: number;
  questions: number;
  practiceKey: string;
}

interface Props {
  /** The blueprint's id and name (for the table's caption). */
  exam: { id: string; name: string };
  domains: GuideDomainRow[];
  domainsByQuestion: Record<string, string[]>;
  /** The review page's address, where a practice session runs. */
  reviewHref: string;
}

const EMPTY = emptyProgress();

/** An exam's domains with the learner's accuracy on each and a one-click practice session. */
export default function GuideProgress(props: Props) {
  return (
    <ErrorBoundary name="exam guide progress" subject="accuracy per domain">
      <DomainTable {...props} />
    </ErrorBoundary>
  );
}

// The table: weight, questions on offer, accuracy so far, and the practice link per domain.
function DomainTable({ exam, domains, domainsByQuestion, reviewHref }: Props) {
  const progress = useHydratedStore($progress, EMPTY);
  const rows = accuracyPerDomain(
    Object.values(progress.attempts),
    domainsByQuestion,
    domains.map((d) => d.id),
  );
  const answered = rows.some((r) => r.attempts > 0);
  return (
    <>
      <p className="guide-table-intro">
        <strong>Your accuracy per domain.</strong>{' '}
        {answered
          ? 'It counts every answer you gave in lesson quizzes, reviews and exams, retries included.'
          : 'Answer questions anywhere in Podnet (lesson quizzes, reviews, exams) and it shows here.'}
      </p>
      <div
        className="guide-table-wrap"
        role="region"
        aria-label={`${exam.name}: domains`}
        tabIndex={0}
      >
        <table className="guide-table">
          <caption className="sr-only">Domains of {exam.name}</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Weight</th>
              <th scope="col">Questions</th>
              <th scope="col">Your accuracy</th>
              <th scope="col">Practice</th>
            </tr>
          </thead>
          <tbody>
            {domains.map((domain, i) => (
              <DomainRow key={domain.id} domain={domain} row={rows[i]} reviewHref={reviewHref} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

// One domain: its accuracy as a number and a meter, and its practice link.
function DomainRow({
  domain,
  row,
  reviewHref,
}: {
  domain: GuideDomainRow;
  row: ReturnType<typeof accuracyPerDomain>[number] | undefined;
  reviewHref: string;
}) {
  const attempts = row?.attempts ?? 0;
  const percent = attempts === 0 ? 0 : Math.round(((row?.correct ?? 0) / attempts) * 100);
  return (
    <tr data-domain={domain.id}>
      <th scope="row">
        <a href={`#domain-${domain.practiceKey.replace(/[^a-z0-9]+/gi, '-')}`}>{domain.title}</a>
      </th>
      <td data-label="Weight">{domain.weight}%</td>
      <td data-label="Questions">{domain.questions}</td>
      <td data-label="Your accuracy" data-accuracy>
        {attempts === 0 ? (
          <span className="guide-muted">not yet</span>
        ) : (
          <span className="guide-rate">
            <meter min={0} max={100} low={60} high={80} optimum={100} value={percent}>
              {percent}%
            </meter>
            {percent}% of {attempts} {attempts === 1 ? 'answer' : 'answers'}
          </span>
        )}
      </td>
      <td data-label="Practice">
        {domain.questions === 0 ? (
          <span className="guide-muted">no questions yet</span>
        ) : (
          <a
            className="guide-practise"
            href={`${reviewHref}${practiceHash('exam', domain.practiceKey, domain.title)}`}
          >
            Practise<span className="sr-only"> {domain.title}</span>
          </a>
        )}
      </td>
    </tr>
  );
}
