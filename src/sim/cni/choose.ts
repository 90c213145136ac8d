import { InputError } from '../ip/input-error';
import {
  FACTS_CHECKED,
  NEED_LABELS,
  NEEDS,
  PLUGINS,
  type Need,
  type PluginFacts,
  type PluginId,
  type Support,
} from './plugin-facts';

// Ranks the CNI plugins of plugin-facts.ts against the needs a learner ticks: a full "yes" counts
// 2, "partial" 1, "no" and "unconfirmed" nothing. Ties go to maintained plugins, then to the
// fixed order of PLUGINS, so the ranking is stable and explainable.

/** One need as a plugin meets it, with the reason and the page that says so. */
export interface NeedVerdict {
  need: Need;
  label: string;
  support: Support;
  reason: string;
  source: string;
  checked: string;
}

/** A plugin's place in the ranking: its score, whether it meets every need, and why. */
export interface PluginVerdict {
  plugin: PluginId;
  name: string;
  maintained: boolean;
  status: string;
  statusSource: string;
  /** 2 per need fully met, 1 per need partly met. */
  score: number;
  /** True when every need asked for is fully met ("yes"). */
  meetsAll: boolean;
  needs: NeedVerdict[];
}

/** Points a level of support earns. */
const POINTS: Readonly<Record<Support, number>> = { yes: 2, partial: 1, no: 0, unconfirmed: 0 };

/** Ranks every plugin against the needs (duplicates ignored; no needs ranks by status and order). */
export function choosePlugins(needs: readonly Need[]): PluginVerdict[] {
  const wanted = NEEDS.filter((need) => needs.includes(need));
  const verdicts = PLUGINS.map((plugin) => verdictFor(plugin, wanted));
  return verdicts
    .map((verdict, order) => ({ verdict, order }))
    .sort(
      (a, b) =>
        b.verdict.score - a.verdict.score ||
        Number(b.verdict.maintained) - Number(a.verdict.maintained) ||
        a.order - b.order,
    )
    .map(({ verdict }) => verdict);
}

/** One plugin's verdict for the wanted needs. */
function verdictFor(plugin: PluginFacts, wanted: readonly Need[]): PluginVerdict {
  const needs = wanted.map((need): NeedVerdict => {
    const { support, reason, source } = plugin.facts[need];
    return { need, label: NEED_LABELS[need], support, reason, source, checked: FACTS_CHECKED };
  });
  return {
    plugin: plugin.id,
    name: plugin.name,
    maintained: plugin.maintained,
    status: plugin.status,
    statusSource: plugin.statusSource,
    score: needs.reduce((sum, verdict) => sum + POINTS[verdict.support], 0),
    meetsAll: needs.every((verdict) => verdict.support === 'yes'),
    needs,
  };
}

/** Whether a text names a need. */
export function isNeed(text: string): text is Need {
  return (NEEDS as readonly string[]).includes(text);
}

/** Reads a comma-separated list of needs ("policy,encryption"); an unknown name is refused. */
export function parseNeeds(text: string): Need[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !isNeed(name));
  if (unknown.length > 0) {
    throw new InputError(
      `Unknown need ${unknown.map((name) => `"${name}"`).join(', ')}: choose from ${NEEDS.join(', ')}.`,
      'needs',
    );
  }
  return NEEDS.filter((need) => names.includes(need));
}
