import type { PacketWalk } from '~/sim/packet/walk-types';
import { headerRows, natBadges, type FieldChange, type Leg, type WalkStep } from './hop-view';
import type { StepChoice } from './use-packet-walker';

/** How a header row's change is said in words (colour is never the only cue). */
const CHANGE_WORDS: Readonly<Record<FieldChange, string>> = {
  same: '',
  changed: 'changed',
  added: 'added',
  removed: 'removed',
};

/** The request's hops, then the reply's, up to the current step (or all of them). */
export function HopList({
  walk,
  steps,
  step,
}: {
  walk: PacketWalk;
  steps: readonly WalkStep[];
  step: StepChoice;
}) {
  const shown = step === 'all' ? steps : steps.slice(0, step + 1);
  const undone = walk.reply?.some((hop) => hop.nat) ?? false;
  const legs: [Leg, string][] = [
    ['request', 'Request'],
    ['reply', undone ? 'Reply, un-NATed by conntrack' : 'Reply'],
  ];
  return (
    <div className="pkt-legs">
      {legs.map(([leg, title]) => {
        const hops = shown.filter((s) => s.leg === leg);
        if (hops.length === 0) return null;
        return (
          <section key={leg} className="pkt-leg">
            <h4 className="pkt-leg-title">{title}</h4>
            <ol className="pkt-hops" start={(hops[0]?.index ?? 0) + 1}>
              {hops.map((s) => (
                <HopItem key={s.hop.id} walk={walk} step={s} current={s.index === step} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

/** One hop: where, which device, what happens, the rule, the NAT badges and the headers. */
function HopItem({ walk, step, current }: { walk: PacketWalk; step: WalkStep; current: boolean }) {
  const { hop } = step;
  return (
    <li
      className={`pkt-hop${current ? ' pkt-hop-current' : ''}`}
      aria-current={current ? 'step' : undefined}
    >
      <p className="pkt-hop-head">
        <span className="pkt-hop-at">{hop.at}</span>
        <code className="pkt-hop-device">{hop.device}</code>
        {natBadges(walk, hop).map((badge) => (
          <span key={badge.text} className="pkt-nat-group">
            <span className="pkt-nat">{badge.text}</span>{' '}
            <span className="pkt-nat-by">by {badge.by}</span>
          </span>
        ))}
      </p>
      <p>{hop.action}</p>
      {hop.rule && (
        <pre className="pkt-rule">
          <code>{hop.rule}</code>
        </pre>
      )}
      <HeaderTable step={step} />
    </li>
  );
}

/** The hop's headers: the VXLAN wrapper's rows where it is added or removed, then the inner packet. */
function HeaderTable({ step }: { step: WalkStep }) {
  const rows = headerRows(step.previous?.headers, step.hop.headers);
  return (
    <table className="pkt-headers">
      <caption className="sr-only">Headers at this hop</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.layer}-${row.label}`} className={`pkt-${row.layer} pkt-${row.change}`}>
            <th scope="row">{row.label}</th>
            <td>
              <code>{row.value}</code>
              {row.change !== 'same' && (
                <span className="pkt-change">{CHANGE_WORDS[row.change]}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
