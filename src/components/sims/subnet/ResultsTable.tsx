/** The figures of the block an address is in, one row each (worded by calculator-model.ts). */
export function ResultsTable({
  input,
  rows,
}: {
  input: string;
  rows: readonly [string, string][];
}) {
  return (
    <table className="subnet-results">
      <caption className="sr-only">The subnet of {input}</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
