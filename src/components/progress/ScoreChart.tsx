import type { RunPoint } from '~/progress/history';

interface Props {
  runs: readonly RunPoint[];
  /** What the chart shows, for its accessible name. */
  title: string;
}

/** The most papers the chart draws (the newest ones; the table lists every paper). */
export const CHART_RUNS = 12;
/** Height of the 0–100% plot in CSS pixels (one pixel per percent) and of the room above it. */
const PLOT = 100;
const TOP = 22;
/** The fewest slots the chart is divided into, so that one or two papers draw narrow bars. */
const MIN_SLOTS = 8;
/** Share of the width the bars take; the rest, on the right, holds the 50% and 100% marks. */
const BARS = 88;

/**
 * A paper's scores in time order as a column chart: an SVG drawn in percentages across and CSS
 * pixels down, so its text keeps its size at any width, with its figures as its text alternative.
 * Like the exam results' DomainChart, it stands next to a table with the same figures.
 */
export function ScoreChart({ runs, title }: Props) {
  const shown = runs.slice(-CHART_RUNS);
  const slot = BARS / Math.max(shown.length, MIN_SLOTS);
  const id = `pd-chart-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <div className="pd-chart-figure">
      <svg
        className="pd-chart"
        width="100%"
        height={TOP + PLOT + 2}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{describe(shown)}</desc>
        {[0, 50, 100].map((mark) => (
          <g key={mark}>
            <line
              x1="0"
              x2="100%"
              y1={TOP + PLOT - mark}
              y2={TOP + PLOT - mark}
              className={mark === 0 ? 'pd-chart-base' : 'pd-chart-grid'}
            />
            {mark > 0 && (
              <text x="100%" y={TOP + PLOT - mark - 4} textAnchor="end" className="pd-chart-mark">
                {mark}%
              </text>
            )}
          </g>
        ))}
        {shown.map((run, i) => (
          <g key={`${run.at}-${i}`}>
            <rect
              x={`${(i + 0.2) * slot}%`}
              y={TOP + PLOT - run.percent}
              width={`${slot * 0.6}%`}
              height={Math.max(run.percent, 1)}
              rx="2"
              className={`pd-chart-bar pd-chart-${run.mode}`}
            />
            <text
              x={`${(i + 0.5) * slot}%`}
              y={TOP + PLOT - run.percent - 6}
              textAnchor="middle"
              className="pd-chart-value"
            >
              {run.percent}%
            </text>
          </g>
        ))}
      </svg>
      <p className="pd-chart-legend" aria-hidden="true">
        <span>Oldest on the left.</span>
        {shown.some((run) => run.mode === 'exam') && (
          <span>
            <span className="pd-key" /> Exam mode
          </span>
        )}
        {shown.some((run) => run.mode === 'practice') && (
          <span>
            <span className="pd-key pd-key-practice" /> Practice mode
          </span>
        )}
      </p>
    </div>
  );
}

// A paper's day as the chart's description writes it.
function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });
}

// The chart's figures in words, oldest first.
function describe(runs: readonly RunPoint[]): string {
  const papers = runs.length === 1 ? '1 paper' : `${runs.length} papers`;
  const scores = runs
    .map(
      (run) =>
        `${formatDay(run.at)}: ${run.percent}%${run.mode === 'practice' ? ' (practice)' : ''}`,
    )
    .join('; ');
  return `Score of each paper as a percentage of its points, oldest first (${papers}). ${scores}`;
}
