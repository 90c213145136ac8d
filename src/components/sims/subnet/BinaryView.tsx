import type { BinaryRow } from './calculator-model';

/** The address, mask and network in binary, with the network bits set apart from the host bits. */
export function BinaryView({ rows, prefix }: { rows: readonly BinaryRow[]; prefix: number }) {
  return (
    <figure className="subnet-binary">
      <dl className="subnet-binary-rows">
        {rows.map((row) => (
          <div key={row.label} className="subnet-binary-row">
            <dt>{row.label}</dt>
            <dd className="subnet-binary-dotted">{row.value}</dd>
            <dd className="subnet-binary-bits">
              <span className="subnet-bits-net">{row.networkBits}</span>
              {prefix > 0 && prefix < 32 && (
                <span className="subnet-bits-bar" aria-hidden="true">
                  |
                </span>
              )}
              <span className="subnet-bits-host">{row.hostBits}</span>
            </dd>
          </div>
        ))}
      </dl>
      <figcaption className="sim-hint">
        The first {prefix} {prefix === 1 ? 'bit is' : 'bits are'} the network part
        <span aria-hidden="true"> (highlighted, up to the bar)</span>, the last {32 - prefix} the
        host part.
      </figcaption>
    </figure>
  );
}
