import type { HeaderStack, InnerHeaders, NatEvent, NatKind, PacketHop } from './walk-types';

/** The addresses and ports of a packet, without its MACs (they change at every layer-2 hop). */
export interface Flow {
  readonly srcIp: string;
  readonly srcPort: number;
  readonly dstIp: string;
  readonly dstPort: number;
  readonly proto: InnerHeaders['proto'];
}

/** A hop before it is numbered, with the NAT it does described inline. */
export interface HopDraft {
  readonly at: string;
  readonly device: string;
  readonly action: string;
  readonly rule?: string;
  readonly headers: HeaderStack;
  readonly nat?: NatKind;
  readonly natEvent?: Omit<NatEvent, 'hopId' | 'kind'>;
}

/** The inner headers of a flow in a frame between two MACs. */
export function innerOf(flow: Flow, srcMac: string, dstMac: string): InnerHeaders {
  return { srcMac, dstMac, ...flow };
}

/** A hop that carries only the inner headers. */
export function plainHop(
  at: string,
  device: string,
  action: string,
  flow: Flow,
  macs: readonly [string, string],
  rule?: string,
): HopDraft {
  const headers = { inner: innerOf(flow, macs[0], macs[1]) };
  return rule === undefined
    ? { at, device, action, headers }
    : { at, device, action, rule, headers };
}

/** The flow after a NAT rewrites its source or destination address and port. */
export function rewritten(flow: Flow, field: 'src' | 'dst', ip: string, port: number): Flow {
  return field === 'src'
    ? { ...flow, srcIp: ip, srcPort: port }
    : { ...flow, dstIp: ip, dstPort: port };
}

/** The reply to a flow: source and destination swapped. */
export function reversed(flow: Flow): Flow {
  return {
    srcIp: flow.dstIp,
    srcPort: flow.dstPort,
    dstIp: flow.srcIp,
    dstPort: flow.srcPort,
    proto: flow.proto,
  };
}

/** Marks a hop as the place a NAT happens, recording what it changed and who changed it. */
export function withNat(
  hop: HopDraft,
  nat: NatKind,
  field: 'src' | 'dst',
  from: string,
  to: string,
  by: string,
): HopDraft {
  return { ...hop, nat, natEvent: { field, from, to, by } };
}

/** Numbers the hops (h1, h2 … or r1, r2 … for a reply) and collects their NAT events. */
export function numberHops(
  drafts: readonly HopDraft[],
  prefix: 'h' | 'r',
): { hops: PacketHop[]; nats: NatEvent[] } {
  const hops: PacketHop[] = [];
  const nats: NatEvent[] = [];
  drafts.forEach((draft, index) => {
    const id = `${prefix}${String(index + 1)}`;
    const { natEvent, ...rest } = draft;
    hops.push({ id, ...rest });
    if (natEvent && draft.nat) nats.push({ hopId: id, kind: draft.nat, ...natEvent });
  });
  return { hops, nats };
}

/** Formats an address and port the way conntrack and iptables print them. */
export function endpoint(ip: string, port: number): string {
  return `${ip}:${String(port)}`;
}
