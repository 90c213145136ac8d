import type { PlanRange } from '~/sim/subnet';
import { cssPercent, formatCount, readablePercent } from './format';

const ROLE_LABELS: Record<PlanRange['role'], string> = {
  pods: 'pods',
  services: 'Services',
  other: 'outside network',
};

/** One bar per range, each on its own scale, with the addresses another range also claims marked. */
export function RangeStrips({ ranges }: { ranges: readonly PlanRange[] }) {
  return (
    <figure className="plan-strips">
      <figcaption className="sim-hint">
        Each bar is one range from its first address to its last; a red mark is a part another range
        also claims.
      </figcaption>
      <ul className="plan-strip-list">
        {ranges.map((range) => (
          <li key={range.name} className={`plan-strip plan-strip-${range.role}`}>
            <p className="plan-strip-head">
              <span className="plan-strip-name">{range.name}</span> <code>{range.cidr}</code>{' '}
              <span className="sim-hint">
                ({ROLE_LABELS[range.role]}: {range.first} – {range.last},{' '}
                {formatCount(range.addresses)} addresses)
              </span>
            </p>
            <div className="plan-bar" aria-hidden="true">
              {range.clashes.map((clash) => (
                <span
                  key={clash.with}
                  className="plan-bar-clash"
                  style={{ left: cssPercent(clash.offset), width: cssPercent(clash.fraction) }}
                />
              ))}
            </div>
            <p className="plan-strip-text">
              {range.clashes.length === 0
                ? 'No overlap.'
                : range.clashes
                    .map(
                      (clash) =>
                        `Shares ${clash.range} with ${clash.with} (${readablePercent(clash.fraction)} of this range).`,
                    )
                    .join(' ')}
            </p>
          </li>
        ))}
      </ul>
    </figure>
  );
}
