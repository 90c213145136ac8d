import type { CompiledAclEntry, CompiledPermission } from './compiled';
import type { Packet, RuleProtocol } from './types';

// Phrases shared by the hops' sentences: protocols, ports and peers as a reader would say them.

/** "TCP 443", "UDP 53", "TCP 1024-65535", "all traffic", "ICMP". */
export function describeTraffic(protocol: RuleProtocol, from: number, to: number): string {
  if (protocol === '-1') return 'all traffic';
  if (protocol === 'icmp') return 'ICMP';
  const ports =
    from === to
      ? String(from)
      : from === 0 && to === 65535
        ? 'all ports'
        : `${String(from)}-${String(to)}`;
  return `${protocol.toUpperCase()} ${ports}`;
}

/** The packet's protocol and the port a rule checks ("TCP 443"). */
export function describePacketPort(packet: Packet, port: number): string {
  return `${packet.protocol.toUpperCase()} ${String(port)}`;
}

/** A NACL entry's traffic ("TCP 1024-65535", "all traffic"). */
export function describeAclTraffic({ entry }: CompiledAclEntry): string {
  return describeTraffic(entry.Protocol, entry.PortRange?.From ?? 0, entry.PortRange?.To ?? 65535);
}

/** The peers a security group rule names ("0.0.0.0/0", "sg-web", "pl-s3"). */
export function describePeers(rule: CompiledPermission): string {
  return [...rule.cidrs.map((c) => c.text), ...rule.prefixListIds, ...rule.groupIds].join(', ');
}

/** A packet's addresses and ports ("10.0.1.10:49152 → 10.0.2.20:5432"). */
export function describePacket(packet: Packet): string {
  return `${packet.src}:${String(packet.srcPort)} → ${packet.dst}:${String(packet.dstPort)}`;
}
