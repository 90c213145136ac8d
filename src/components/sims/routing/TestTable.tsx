import type { TestRow } from './view';

/** The test requests for the current rules, each with its answer; rows can be added and removed. */
export function TestTable({
  id,
  rows,
  onAdd,
  onRemove,
}: {
  id: string;
  rows: TestRow[];
  onAdd: () => void;
  onRemove: (index: number) => void;
}) {
  return (
    <section aria-labelledby={`${id}-tests`}>
      <h4 id={`${id}-tests`}>Test requests for these rules</h4>
      {/* Scrolls sideways on a phone, so the keyboard must be able to reach it. */}
      <div
        className="routing-table-wrap"
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-tests`}
      >
        <table className="routing-table">
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">Status</th>
              <th scope="col">Answer</th>
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${String(i)}-${row.request}`}>
                <td>
                  <code>{row.request}</code>
                </td>
                <td className={row.status === '200' ? 'routing-ok' : 'routing-fail'}>
                  {row.status}
                </td>
                <td>{row.answer}</td>
                <td>
                  <button
                    type="button"
                    className="sim-btn sim-btn-quiet sim-btn-small"
                    onClick={() => onRemove(i)}
                  >
                    Remove<span className="sr-only"> {row.request}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" className="sim-btn sim-btn-secondary sim-btn-small" onClick={onAdd}>
        Add the current request
      </button>
    </section>
  );
}
