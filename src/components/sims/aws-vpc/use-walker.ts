import { useMemo, useState } from 'react';
import type { EndpointOption, RuleToggle, SubnetFacts, FlowResult } from '~/sim/aws-vpc';
import type { FlowChoice, VpcWalkerSeed, WalkerOutcome } from '~/lib/aws-vpc-seed';
import { useLazyEngine } from '../use-lazy-engine';
import { loadWalkerEngine } from './load-engine';

export type { FlowChoice } from '~/lib/aws-vpc-seed';

/** Everything the walker shows for the current state. */
export interface WalkerView {
  choice: FlowChoice;
  endpoints: EndpointOption[];
  toggles: RuleToggle[];
  off: ReadonlySet<string>;
  /** The engine's result, or the learner's mistake (e.g. a port out of range). */
  result: FlowResult | null;
  mistake: string | null;
  /** The subnets with the switched-off rules removed. */
  subnets: SubnetFacts[];
  /** Toggle keys of the rules that decided a step of the result shown. */
  used: ReadonlySet<string>;
  /** True while the learner's change waits for the engine (the last result stays on screen). */
  updating: boolean;
  /** True when the learner changed something and the engine could not load. */
  failed: boolean;
  /** Starts loading the engine (on any focus inside the walker). */
  load: () => void;
  setChoice: (change: Partial<FlowChoice>) => void;
  toggle: (key: string) => void;
  resetRules: () => void;
}

/** The toggle keys of the rules that decided a step of a result. */
function usedRules(result: FlowResult | null): ReadonlySet<string> {
  const hops = [...(result?.request.hops ?? []), ...(result?.reply?.hops ?? [])];
  return new Set(hops.flatMap((h) => (h.ruleKey ? [h.ruleKey] : [])));
}

/** A set with a key added, or removed when it was there. */
function flipped(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/**
 * The walker's state: the flow picked and the rules switched off. It opens on the build's first
 * view; the engine loads on the first focus or change, and from then on every verdict is its own.
 */
export function useWalker(seed: VpcWalkerSeed): WalkerView {
  const [choice, setChoiceState] = useState<FlowChoice>(seed.start);
  const [off, setOff] = useState<ReadonlySet<string>>(() => new Set(seed.startOff));
  const [changed, setChanged] = useState(false);
  const { engine, failed, load } = useLazyEngine(loadWalkerEngine);
  const outcome: WalkerOutcome = useMemo(
    () => (engine ? engine.walkChoice(seed.network, seed.endpoints, off, choice) : seed.first),
    [engine, seed, off, choice],
  );
  const lost = changed && !engine && failed;
  /** Starts loading the engine unless it is here already. */
  const ensureEngine = () => {
    if (!engine) void load();
  };
  /** Records a change and makes sure the engine is on its way. */
  const change = () => {
    setChanged(true);
    ensureEngine();
  };
  return {
    choice,
    endpoints: seed.endpoints,
    toggles: seed.toggles,
    off,
    result: lost ? null : outcome.result,
    mistake: lost ? null : outcome.mistake,
    subnets: outcome.subnets,
    used: usedRules(lost ? null : outcome.result),
    updating: changed && !engine && !failed,
    failed: lost,
    load: ensureEngine,
    setChoice: (update) => {
      change();
      setChoiceState((current) => ({ ...current, ...update }));
    },
    toggle: (key) => {
      change();
      setOff((current) => flipped(current, key));
    },
    resetRules: () => {
      change();
      setOff(new Set(seed.startOff));
    },
  };
}
