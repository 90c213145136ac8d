import { isInputError } from '~/sim/ip/input-error';
import { walkPacket } from '~/sim/packet/walk';
import type { PacketWalk, WalkScenario } from '~/sim/packet/walk-types';
import {
  COMPARED_STYLES,
  isMistake,
  scenarioFromState,
  type WalkMistake,
  type WalkerState,
} from './walker-state';

// Turns the walker's settings into what it shows, with the packet engine: the walk, the three
// walks of the comparison, or the learner's mistake. The build makes the first view with this
// same call (PacketWalker.astro); the browser loads it on the first change (load-engine.ts).

/** Everything the island shows for one state of its settings. */
export interface WalkView {
  readonly walk: PacketWalk | null;
  /** The path walked with vxlan, bgp and ebpf, when the comparison is on. */
  readonly compare: readonly PacketWalk[] | null;
  readonly mistake: WalkMistake | null;
}

/** The field an engine error is about, as the controls name it. */
function fieldOf(field: string | undefined): WalkMistake['field'] {
  if (field === undefined) return '';
  if (/pod/i.test(field)) return 'podMtu';
  return /mtu|underlay/i.test(field) ? 'underlayMtu' : '';
}

/** Walks a scenario, turning an InputError into the learner's mistake. */
function tryWalk(scenario: WalkScenario): PacketWalk | WalkMistake {
  try {
    return walkPacket(scenario);
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { field: fieldOf(error.field), message: error.message };
  }
}

/** The walk, the comparison and any mistake for the learner's settings. */
export function computeWalkView(state: WalkerState): WalkView {
  const scenario = scenarioFromState(state);
  if (isMistake(scenario)) return { walk: null, compare: null, mistake: scenario };
  const walk = tryWalk(scenario);
  if ('message' in walk) return { walk: null, compare: null, mistake: walk };
  if (!state.compare) return { walk, compare: null, mistake: null };
  const compare: PacketWalk[] = [];
  for (const style of COMPARED_STYLES) {
    const again = scenarioFromState(state, style);
    const other = style === state.style || isMistake(again) ? walk : tryWalk(again);
    if ('message' in other) return { walk, compare: null, mistake: other };
    compare.push(other);
  }
  return { walk, compare, mistake: null };
}
