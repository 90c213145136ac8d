import type { PacketWalk } from '~/sim/packet/walk-types';
import { compareColumns } from './compare-rows';
import { PATH_LABELS } from './walker-state';

/** The same path walked with VXLAN, BGP and eBPF, side by side (stacked on a phone). */
export function CompareView({ walks }: { walks: readonly PacketWalk[] }) {
  const path = walks[0]?.scenario.path;
  return (
    <section className="pkt-compare" aria-label="Comparison of pod network styles">
      <h4 className="pkt-leg-title">
        {path ? PATH_LABELS[path] : ''}: VXLAN, BGP and eBPF side by side
      </h4>
      <div className="pkt-compare-grid">
        {compareColumns(walks).map((column, i) => (
          <section key={column.style} className="pkt-compare-card">
            <h5 className="pkt-compare-title">{column.style}</h5>
            <dl>
              {column.facts.map((fact) => (
                <div key={fact.label}>
                  <dt>{fact.label}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
            <p className="sim-hint">{walks[i]?.summary}</p>
          </section>
        ))}
      </div>
    </section>
  );
}
