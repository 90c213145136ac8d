import type { MatchStatus, RouteMatch } from '~/sim/route-table/types';

/** What each status reads as in the verdict column (never colour alone). */
const STATUS_TEXT: Record<MatchStatus, string> = {
  winner: 'Winner',
  tie: 'Tie',
  'shorter-prefix': 'Shorter prefix',
  'higher-distance': 'Higher AD',
  'higher-metric': 'Higher metric',
};

/** The routes that contain the destination, the winner first and highlighted, each with its reason. */
export function MatchesTable({
  matches,
  destination,
}: {
  matches: readonly RouteMatch[];
  destination: string;
}) {
  if (matches.length === 0) {
    return <p className="rtl-none">No route in the table contains {destination}.</p>;
  }
  return (
    <div
      className="rtl-scroll"
      role="region"
      aria-label={`Routes that contain ${destination}`}
      tabIndex={0}
    >
      <table className="rtl-matches">
        <caption className="sr-only">Routes that contain {destination}, the winner first</caption>
        <thead>
          <tr>
            <th scope="col">Route</th>
            <th scope="col">AD/metric</th>
            <th scope="col">Next hop, interface</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {matches.map(({ route, status, reason }) => (
            <tr
              key={route.line}
              className={status === 'winner' || status === 'tie' ? 'rtl-winner' : undefined}
            >
              <th scope="row">
                <code>
                  {route.code} {route.prefix}
                </code>
              </th>
              <td>
                <code>
                  [{route.distance}/{route.metric}]
                </code>
              </td>
              <td className="rtl-via">
                {route.nextHop === null && route.exitInterface === null && '—'}
                {route.nextHop !== null && <code>{route.nextHop}</code>}
                {route.exitInterface !== null && <code>{route.exitInterface}</code>}
              </td>
              <td>
                <strong>{STATUS_TEXT[status]}</strong>
                <span className="rtl-why">{reason}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
