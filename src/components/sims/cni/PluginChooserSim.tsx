import { useId, useState } from 'react';
import { ErrorBoundary } from '~/components/ErrorBoundary';
import { choosePlugins } from '~/sim/cni/choose';
import { FACTS_CHECKED, NEED_LABELS, NEEDS, type Need } from '~/sim/cni/plugin-facts';
import type { NeedVerdict, PluginVerdict } from '~/sim/cni/choose';
import { scoreText, SUPPORT_TEXT } from './chooser-model';
import './plugin-chooser.css';

/** The plugin chooser: tick needs, see the plugins ranked with the reasons and sources. */
export function PluginChooserSim({ initialNeeds }: { initialNeeds: Need[] }) {
  return (
    <ErrorBoundary name="CNI plugin chooser">
      <Chooser initialNeeds={initialNeeds} />
    </ErrorBoundary>
  );
}

/** The needs form and the ranking it produces. */
function Chooser({ initialNeeds }: { initialNeeds: Need[] }) {
  const id = useId();
  const [needs, setNeeds] = useState<Need[]>(initialNeeds);
  const ranking = choosePlugins(needs);
  /** Ticks or unticks a need, keeping the chooser's order. */
  const toggle = (need: Need) =>
    setNeeds((current) =>
      NEEDS.filter((n) => (n === need ? !current.includes(n) : current.includes(n))),
    );
  return (
    <div className="chooser">
      <fieldset className="sim-box chooser-needs">
        <legend className="chooser-legend">What does your cluster need?</legend>
        {NEEDS.map((need) => (
          <label key={need} className="chooser-need" htmlFor={`${id}-${need}`}>
            <input
              id={`${id}-${need}`}
              type="checkbox"
              checked={needs.includes(need)}
              onChange={() => toggle(need)}
            />
            {NEED_LABELS[need]}
          </label>
        ))}
      </fieldset>
      <p className="chooser-summary" role="status">
        {needs.length === 0
          ? 'Tick what your cluster needs to rank the plugins.'
          : `Best match: ${ranking[0]?.name ?? ''} (${scoreText(ranking[0]?.score ?? 0, needs.length, ranking[0]?.meetsAll ?? false)}).`}
      </p>
      <ol className="chooser-list">
        {ranking.map((verdict, index) => (
          <PluginCard
            key={verdict.plugin}
            verdict={verdict}
            rank={index + 1}
            needCount={needs.length}
          />
        ))}
      </ol>
      <p className="sim-hint">
        Facts checked against each project’s documentation on {FACTS_CHECKED}. “Not confirmed” means
        the documentation did not settle it.
      </p>
    </div>
  );
}

/** One plugin: rank, name, score, status, then one line per ticked need. */
function PluginCard({
  verdict,
  rank,
  needCount,
}: {
  verdict: PluginVerdict;
  rank: number;
  needCount: number;
}) {
  return (
    <li className={`chooser-card ${verdict.maintained ? '' : 'chooser-card-stale'}`}>
      <h4 className="chooser-name">
        <span className="chooser-rank">{rank}.</span> {verdict.name}{' '}
        <span className="chooser-score">
          {scoreText(verdict.score, needCount, verdict.meetsAll)}
        </span>
      </h4>
      <p className="chooser-status">
        <strong>{verdict.maintained ? 'Status:' : '⚠ Status: unmaintained.'}</strong>{' '}
        {verdict.status}{' '}
        <a href={verdict.statusSource}>
          Source<span className="chooser-visually-hidden"> for {verdict.name}’s status</span>
        </a>
      </p>
      {verdict.needs.length > 0 && (
        <table className="chooser-table">
          <thead>
            <tr>
              <th scope="col">Need</th>
              <th scope="col">Meets it?</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {verdict.needs.map((need) => (
              <NeedRow key={need.need} need={need} />
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}

/** One need of one plugin: the label, the symbol and word, the reason with its source. */
function NeedRow({ need }: { need: NeedVerdict }) {
  const { symbol, word } = SUPPORT_TEXT[need.support];
  return (
    <tr className={`chooser-row chooser-${need.support}`}>
      <th scope="row" data-label="Need">
        {need.label}
      </th>
      <td data-label="Meets it?">
        <span aria-hidden="true">{symbol}</span> {word}
      </td>
      <td data-label="Why">
        {need.reason}{' '}
        <a href={need.source}>
          Source<span className="chooser-visually-hidden"> for {need.label}</span>
        </a>{' '}
        <span className="chooser-checked">(checked {need.checked})</span>
      </td>
    </tr>
  );
}
