import type { Tally } from '~/quiz';

interface Props {
  domains: readonly Tally[];
  /** The heading the chart and table belong to. */
  titleId: string;
}

/** Height of one domain's row in the chart (label above, bar below), in CSS pixels. */
const ROW = 52;
/** Share of the width the bar's track takes; the rest holds the percentage. */
const TRACK = 84;

/**
 * The per-domain result as a horizontal bar chart (an SVG with a text alternative, drawn in CSS
 * pixels and percentages so that its text keeps its size at any width) and the same figures in a
 * table, which is what screen readers and small screens rely on.
 */
export function DomainChart({ domains, titleId }: Props) {
  const summary = domains
    .map((d) =>
      d.maxPoints === 0
        ? `${d.title}: no questions`
        : `${d.title}: ${d.percent}% (${d.points} of ${d.maxPoints} points)`,
    )
    .join('; ');
  return (
    <div className="exam-domains">
      <svg
        className="exam-chart"
        width="100%"
        height={domains.length * ROW}
        role="img"
        aria-labelledby={`${titleId}-chart-title ${titleId}-chart-desc`}
      >
        <title id={`${titleId}-chart-title`}>Points earned per domain, as a percentage</title>
        <desc id={`${titleId}-chart-desc`}>{summary}</desc>
        {domains.map((d, i) => {
          const y = i * ROW;
          return (
            <g key={d.id}>
              <text x="0" y={y + 15} className="exam-chart-label">
                {d.title}
              </text>
              <rect
                x="0"
                y={y + 22}
                width={`${TRACK}%`}
                height="20"
                rx="4"
                className="exam-chart-track"
              />
              <rect
                x="0"
                y={y + 22}
                width={`${(TRACK * d.percent) / 100}%`}
                height="20"
                rx="4"
                className="exam-chart-bar"
              />
              <text x="100%" y={y + 38} textAnchor="end" className="exam-chart-value">
                {d.maxPoints === 0 ? '—' : `${d.percent}%`}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="exam-table">
        <caption className="sr-only">Result per domain</caption>
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Right</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>
                {d.correct} of {d.questions}
              </td>
              <td>{d.maxPoints === 0 ? 'no questions' : `${d.percent}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
