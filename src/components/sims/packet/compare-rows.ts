import type { PacketHop, PacketWalk } from '~/sim/packet/walk-types';
import { STYLE_SHORT } from './walker-state';

// The comparison's facts, read off three walks of the same path (never typed in): how many hops,
// whether the packet is wrapped, the pod's MTU, where addresses are rewritten, and whether any
// iptables rule moved it.

/** One fact about one walk. */
export interface CompareFact {
  readonly label: string;
  readonly value: string;
}

/** One style's column: its name and its facts in a fixed order. */
export interface CompareColumn {
  readonly style: string;
  readonly facts: readonly CompareFact[];
}

/** Every hop of a walk, request then reply. */
function allHops(walk: PacketWalk): readonly PacketHop[] {
  return [...walk.hops, ...(walk.reply ?? [])];
}

/** True when a rule is printed like iptables-save (-A CHAIN … -j TARGET) or names iptables. */
export function isIptablesRule(rule: string): boolean {
  return /(^|\s)-A\s+\S+|\s-j\s+\S+|\biptables\b/.test(rule);
}

/** "9 there, 7 back" or "5". */
function hopCount(walk: PacketWalk): string {
  const there = String(walk.hops.length);
  return walk.reply ? `${there} there, ${String(walk.reply.length)} back` : there;
}

/** "Yes: VXLAN, outer UDP 8472, VNI 1", or "No". */
function encapsulation(walk: PacketWalk): string {
  const wrapped = allHops(walk).find((hop) => hop.headers.outer);
  const outer = wrapped?.headers.outer;
  return outer
    ? `Yes: VXLAN, outer UDP ${String(outer.udpDstPort)}, VNI ${String(outer.vni)}`
    : 'No';
}

/** "1450 (1500 − 50)". */
function podMtu(walk: PacketWalk): string {
  const { mtu } = walk;
  const sum = `${String(mtu.underlay)} − ${String(mtu.overhead)}`;
  return `${String(mtu.podMtu)} (max ${String(mtu.maxPodMtu)} = ${sum})${mtu.ok ? '' : ': too big'}`;
}

/** "DNAT at node-1 (eth0) by kube-proxy; …", or "Nowhere" (the reply's un-NATs are implied). */
function natPlaces(walk: PacketWalk): string {
  const hops = allHops(walk);
  const forward = walk.nats.filter((event) => event.kind === 'DNAT' || event.kind === 'SNAT');
  const places = forward.map((event) => {
    const hop = hops.find((h) => h.id === event.hopId);
    const where = hop ? ` at ${hop.at} (${hop.device})` : '';
    return `${event.kind}${where} by ${event.by}`;
  });
  return places.length > 0 ? places.join('; ') : 'Nowhere';
}

/** "Yes (3 rules)" or "No". */
function iptablesUse(walk: PacketWalk): string {
  const count = allHops(walk).filter((hop) => hop.rule && isIptablesRule(hop.rule)).length;
  if (count === 0) return 'No';
  return `Yes (${String(count)} ${count === 1 ? 'hop' : 'hops'})`;
}

/** The comparison's columns, one per walk, with the same facts in the same order. */
export function compareColumns(walks: readonly PacketWalk[]): CompareColumn[] {
  return walks.map((walk) => ({
    style: STYLE_SHORT[walk.scenario.style],
    facts: [
      { label: 'Hops', value: hopCount(walk) },
      { label: 'Encapsulated', value: encapsulation(walk) },
      { label: 'MTU in the pod', value: podMtu(walk) },
      { label: 'NAT', value: natPlaces(walk) },
      { label: 'iptables rules used', value: iptablesUse(walk) },
    ],
  }));
}
