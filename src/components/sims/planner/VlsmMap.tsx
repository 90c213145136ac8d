import { cssPercent, formatCount } from './format';
import type { VlsmLayout } from './vlsm-rows';

/** The base block as one bar, each subnet and free block a segment, with a list that says the same. */
export function VlsmMap({ layout }: { layout: VlsmLayout }) {
  return (
    <figure className="plan-strips">
      <figcaption className="sim-hint">
        {layout.base} from its first address to its last: {formatCount(layout.used)} of{' '}
        {formatCount(layout.addresses)} addresses allocated,{' '}
        {formatCount(layout.addresses - layout.used)} free.
      </figcaption>
      <div className="plan-map" aria-hidden="true">
        {layout.segments.map((segment) => (
          <span
            key={segment.cidr}
            className={`plan-seg plan-seg-${segment.kind}`}
            style={{ left: cssPercent(segment.offset), width: cssPercent(segment.fraction) }}
            title={`${segment.label}: ${segment.cidr}`}
          >
            {segment.kind === 'subnet' ? segment.cidr : ''}
          </span>
        ))}
      </div>
      <ol className="plan-map-list">
        {layout.segments.map((segment) => (
          <li key={segment.cidr}>
            <code>{segment.cidr}</code> {segment.label} ({formatCount(segment.addresses)} addresses)
          </li>
        ))}
      </ol>
    </figure>
  );
}
