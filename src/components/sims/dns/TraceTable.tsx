import type { ResolverView } from './resolver-model';

/** The class of a result cell, so answers, misses and forwards read at a glance. */
function cellClass(result: string): string {
  if (result.startsWith('NOERROR') || result.endsWith('upstream NOERROR')) return 'dns-hit';
  if (result.startsWith('FORWARDED')) return 'dns-forward';
  return 'dns-miss';
}

/** Every name the stub resolver sent, in order, with the answer to each question. */
export function TraceTable({ view, caption }: { view: ResolverView; caption: string }) {
  return (
    <table className="dns-trace">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Name sent</th>
          {view.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.rows.map((row, i) => (
          <tr key={row.name}>
            <td>{i + 1}</td>
            <td>
              <code>{row.name}</code>
            </td>
            {row.results.map((result, k) => (
              <td key={view.columns[k] ?? k} className={cellClass(result)}>
                {result}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
