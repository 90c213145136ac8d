import { formatCount } from './format';
import type { VlsmRowView } from './vlsm-rows';

/** The allocations in the order the requests were listed: hosts needed, block, usable, wasted. */
export function VlsmTable({ rows }: { rows: readonly VlsmRowView[] }) {
  return (
    <div className="plan-table-wrap">
      <table className="plan-table">
        <caption>Allocations, in the order you listed them (the largest was placed first)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="plan-num">
              Hosts needed
            </th>
            <th scope="col">CIDR</th>
            <th scope="col" className="plan-num">
              Usable
            </th>
            <th scope="col" className="plan-num">
              Wasted
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="plan-num">{formatCount(row.hosts)}</td>
              <td>
                <code>{row.cidr}</code>
              </td>
              <td className="plan-num">{formatCount(row.usable)}</td>
              <td className="plan-num">{formatCount(row.wasted)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
