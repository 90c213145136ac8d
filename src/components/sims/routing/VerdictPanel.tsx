import type { VerdictView } from './view';

/** The verdict for the request: status and backend (announced), the winning rule, and every reason. */
export function VerdictPanel({ id, verdict }: { id: string; verdict: VerdictView }) {
  const tone = verdict.status === 200 ? 'ok' : verdict.status === null ? 'none' : 'fail';
  return (
    <section className="routing-verdict" aria-labelledby={`${id}-verdict`}>
      <h4 id={`${id}-verdict`}>Verdict</h4>
      <p className={`routing-headline routing-${tone}`} role="status">
        {verdict.headline}
      </p>
      {verdict.winner && <p className="routing-winner">Winner: {verdict.winner}</p>}
      <ol className="routing-reasons">
        {verdict.reasons.map((reason, i) => (
          <li key={`${String(i)}-${reason}`}>{reason}</li>
        ))}
      </ol>
    </section>
  );
}
