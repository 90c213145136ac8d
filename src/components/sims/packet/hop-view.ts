import type { HeaderStack, PacketHop, PacketWalk } from '~/sim/packet/walk-types';

// The hop list's pure side: the walk as numbered steps (request, then reply), each hop's header
// table with what changed since the hop before, its NAT badges, and what is announced on a step.

/** Which leg of the conversation a step belongs to. */
export type Leg = 'request' | 'reply';

/** One step of the walk: the hop, its leg, and its number in the whole walk (from 0). */
export interface WalkStep {
  readonly hop: PacketHop;
  readonly leg: Leg;
  readonly index: number;
  /** The hop before it in the same leg (undefined on a leg's first hop). */
  readonly previous: PacketHop | undefined;
}

/** How a header field compares with the hop before. */
export type FieldChange = 'same' | 'changed' | 'added' | 'removed';

/** One row of a hop's header table. */
export interface HeaderRow {
  readonly layer: 'inner' | 'outer';
  readonly label: string;
  readonly value: string;
  readonly change: FieldChange;
}

/** The request's hops, then the reply's, numbered through. */
export function walkSteps(walk: PacketWalk): WalkStep[] {
  const legs: [Leg, readonly PacketHop[]][] = [
    ['request', walk.hops],
    ['reply', walk.reply ?? []],
  ];
  const steps: WalkStep[] = [];
  for (const [leg, hops] of legs)
    hops.forEach((hop, i) => steps.push({ hop, leg, index: steps.length, previous: hops[i - 1] }));
  return steps;
}

type Inner = HeaderStack['inner'];
type Outer = NonNullable<HeaderStack['outer']>;

/** The inner header's rows, in table order, with their labels. */
const INNER_FIELDS: readonly [keyof Inner, string][] = [
  ['srcIp', 'Source IP'],
  ['dstIp', 'Destination IP'],
  ['srcMac', 'Source MAC'],
  ['dstMac', 'Destination MAC'],
  ['proto', 'Protocol'],
  ['srcPort', 'Source port'],
  ['dstPort', 'Destination port'],
];

/** The VXLAN wrapper's rows, in table order, with their labels. */
const OUTER_FIELDS: readonly [keyof Outer, string][] = [
  ['srcIp', 'Outer source IP'],
  ['dstIp', 'Outer destination IP'],
  ['srcMac', 'Outer source MAC'],
  ['dstMac', 'Outer destination MAC'],
  ['udpDstPort', 'Outer UDP port'],
  ['vni', 'VXLAN VNI'],
];

/** A field's change: unchanged on a leg's first hop, else compared with the hop before. */
function changeOf(before: string | number | undefined, now: string | number): FieldChange {
  return before === undefined || before === now ? 'same' : 'changed';
}

/** The outer rows: added where encapsulation starts, removed (old values) where it ends. */
function outerRows(previous: HeaderStack | undefined, current: HeaderStack): HeaderRow[] {
  const shown = current.outer ?? previous?.outer;
  if (!shown) return [];
  return OUTER_FIELDS.map(([field, label]) => {
    const value = shown[field];
    let change: FieldChange;
    if (!current.outer) change = 'removed';
    else if (previous && !previous.outer) change = 'added';
    else change = changeOf(previous?.outer?.[field], value);
    return { layer: 'outer', label, value: String(value), change };
  });
}

/** A hop's header table: outer rows first (only around encapsulation), then the inner packet. */
export function headerRows(previous: HeaderStack | undefined, current: HeaderStack): HeaderRow[] {
  const inner = INNER_FIELDS.map(([field, label]): HeaderRow => {
    const value = current.inner[field];
    return {
      layer: 'inner',
      label,
      value: String(value),
      change: changeOf(previous?.inner[field], value),
    };
  });
  return [...outerRows(previous, current), ...inner];
}

/** The NAT badges of a hop, e.g. "DNAT 10.96.0.10 → 10.244.1.5", with who did it. */
export function natBadges(walk: PacketWalk, hop: PacketHop): { text: string; by: string }[] {
  return walk.nats
    .filter((event) => event.hopId === hop.id)
    .map((event) => ({ text: `${event.kind} ${event.from} → ${event.to}`, by: event.by }));
}

/** What the live region says on a step, e.g. "Step 3 of 9, request: node-1, flannel.1. …". */
export function stepAnnouncement(step: WalkStep, total: number): string {
  const { hop } = step;
  return `Step ${String(step.index + 1)} of ${String(total)}, ${step.leg}: ${hop.at}, ${hop.device}. ${hop.action}`;
}
