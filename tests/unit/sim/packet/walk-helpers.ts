import type { PacketHop } from '~/sim/packet';

/** One hop as a short readable row: where, which device, the inner MACs and addresses, and any NAT. */
export function row(hop: PacketHop): string {
  const { inner, outer } = hop.headers;
  const base = `${hop.id} ${hop.at} ${hop.device} | ${inner.srcMac} > ${inner.dstMac} | ${inner.srcIp}:${String(inner.srcPort)} > ${inner.dstIp}:${String(inner.dstPort)}`;
  const wrapped = outer
    ? ` | outer ${outer.srcMac} > ${outer.dstMac} ${outer.srcIp} > ${outer.dstIp} udp/${String(outer.udpDstPort)} vni ${String(outer.vni)}`
    : '';
  return `${base}${wrapped}${hop.nat ? ` | ${hop.nat}` : ''}`;
}

/** The rows of a list of hops. */
export function rows(hops: readonly PacketHop[] | undefined): string[] {
  return (hops ?? []).map(row);
}

/** The rule of the hop with this id. */
export function ruleOf(hops: readonly PacketHop[] | undefined, id: string): string | undefined {
  return hops?.find((hop) => hop.id === id)?.rule;
}
