import type { LookupResult } from '~/sim/route-table/types';
import { MatchesTable } from './MatchesTable';

/** The result of a lookup: the decision, the reason, the matching routes and the steps. */
export function ResultPanel({
  result,
  stale,
  id,
}: {
  result: LookupResult;
  stale: boolean;
  id: string;
}) {
  const { decision } = result;
  return (
    <div className="rtl-result" data-stale={stale ? 'true' : undefined}>
      {stale && (
        <p className="sim-hint">Still showing the last good result, for {result.destination}.</p>
      )}
      <section aria-labelledby={`${id}-decision`}>
        <h4 id={`${id}-decision`}>Forwarding decision for {result.destination}</h4>
        <p className={`rtl-decision rtl-decision-${decision.action}`}>{decision.text}</p>
        <p className="rtl-reason">{result.reason}</p>
      </section>
      <section aria-labelledby={`${id}-matches`}>
        <h4 id={`${id}-matches`}>Matching routes</h4>
        <MatchesTable matches={result.matches} destination={result.destination} />
      </section>
      <section aria-labelledby={`${id}-steps`}>
        <h4 id={`${id}-steps`}>Step by step</h4>
        <ol className="rtl-steps">
          {result.steps.map((step) => (
            <li key={`${step.kind}-${step.text}`}>{step.text}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
