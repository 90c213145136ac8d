import { cidrContains, formatCidr, parseIpv4 } from '../ip';
import type { CompiledAcl, CompiledNetwork, CompiledPermission, Eni } from './compiled';
import { describeAclTraffic, describePacketPort, describePeers, describeTraffic } from './describe';
import type { Packet, RuleProtocol } from './types';

/** A filter's decision: allowed or not, the rule that decided ('*' for the NACL default), and why. */
export interface FilterDecision {
  allowed: boolean;
  rule: string;
  reason: string;
  /** The listToggles key of the rule that decided, when it is one that can be switched off. */
  ruleKey?: string | undefined;
}

/** Whether a rule's protocol and port range cover the packet's protocol and port. */
function coversPort(
  protocol: RuleProtocol,
  from: number,
  to: number,
  packet: Packet,
  port: number,
): boolean {
  if (protocol === '-1') return true;
  return protocol === packet.protocol && port >= from && port <= to;
}

/**
 * A network ACL's decision for a packet crossing the subnet edge: entries in RuleNumber order, the
 * first that matches decides; none matches: the final `*` deny. Stateless: replies are checked too.
 */
export function aclDecision(
  acl: CompiledAcl,
  direction: 'inbound' | 'outbound',
  packet: Packet,
): FilterDecision {
  const outbound = direction === 'outbound';
  const remote = parseIpv4(outbound ? packet.dst : packet.src);
  const port = packet.dstPort;
  const traffic = describePacketPort(packet, port);
  const peer = `${outbound ? 'to' : 'from'} ${outbound ? packet.dst : packet.src}`;
  for (const compiled of outbound ? acl.outbound : acl.inbound) {
    const { entry, cidr } = compiled;
    const range = entry.PortRange ?? { From: 0, To: 65535 };
    if (
      !cidrContains(cidr, remote) ||
      !coversPort(entry.Protocol, range.From, range.To, packet, port)
    )
      continue;
    const allowed = entry.RuleAction === 'allow';
    return {
      allowed,
      rule: String(entry.RuleNumber),
      ruleKey: `acl:${acl.id}:${outbound ? 'out' : 'in'}:${String(entry.RuleNumber)}`,
      reason: `NACL ${acl.id} ${direction} rule ${String(entry.RuleNumber)} ${allowed ? 'allows' : 'denies'} ${describeAclTraffic(compiled)} ${outbound ? 'to' : 'from'} ${formatCidr(cidr)} (${traffic} ${peer}).`,
    };
  }
  return {
    allowed: false,
    rule: '*',
    reason: `NACL ${acl.id} ${direction} rule * denies it: no numbered rule matches ${traffic} ${peer}.`,
  };
}

/** Whether one security group rule names the remote address (a CIDR, a prefix list, or a group's member). */
function namesPeer(network: CompiledNetwork, rule: CompiledPermission, remote: number): boolean {
  if (rule.cidrs.some((c) => cidrContains(c.cidr, remote))) return true;
  if (
    rule.prefixListIds.some((id) =>
      network.prefixLists.get(id)?.cidrs.some((c) => cidrContains(c, remote)),
    )
  )
    return true;
  return rule.groupIds.some((id) => network.members.get(id)?.has(remote) === true);
}

/**
 * The security groups of an ENI deciding a new connection: every rule of every group is checked,
 * any one that matches allows it; none: the implicit deny. (Replies never come here: groups are stateful.)
 */
export function groupDecision(
  network: CompiledNetwork,
  eni: Eni,
  direction: 'inbound' | 'outbound',
  packet: Packet,
): FilterDecision {
  const outbound = direction === 'outbound';
  const remoteText = outbound ? packet.dst : packet.src;
  const remote = parseIpv4(remoteText);
  for (const groupId of eni.groupIds) {
    const group = network.groups.get(groupId);
    const rules = outbound ? group?.outbound : group?.inbound;
    const index =
      rules?.findIndex(
        (r) =>
          coversPort(r.protocol, r.fromPort, r.toPort, packet, packet.dstPort) &&
          namesPeer(network, r, remote),
      ) ?? -1;
    const rule = index >= 0 ? rules?.[index] : undefined;
    if (rule) {
      return {
        allowed: true,
        rule: `${groupId} ${String(index + 1)}`,
        ruleKey: `sg:${groupId}:${outbound ? 'out' : 'in'}:${String(index + 1)}`,
        reason: `${groupId} ${direction} rule ${String(index + 1)} allows ${describeTraffic(rule.protocol, rule.fromPort, rule.toPort)} ${outbound ? 'to' : 'from'} ${describePeers(rule)}.`,
      };
    }
  }
  const groups = eni.groupIds.join(', ');
  return {
    allowed: false,
    rule: 'default deny',
    reason: `default deny: no ${direction} rule of ${groups} allows ${describePacketPort(packet, packet.dstPort)} ${outbound ? 'to' : 'from'} ${remoteText}.`,
  };
}
