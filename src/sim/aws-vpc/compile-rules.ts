import { InputError } from '../ip';
import { cidrAt, portAt } from './checks';
import type { CompiledAcl, CompiledAclEntry, CompiledGroup, CompiledPermission } from './compiled';
import type {
  IpPermission,
  NetworkAcl,
  NetworkAclEntry,
  RuleProtocol,
  SecurityGroup,
} from './types';

const PROTOCOLS: readonly RuleProtocol[] = ['tcp', 'udp', 'icmp', '-1'];

/** The entries AWS gives a default network ACL: rule 100 allows all traffic in both directions. */
const DEFAULT_ACL_ENTRIES: NetworkAclEntry[] = [false, true].map((Egress) => ({
  RuleNumber: 100,
  Protocol: '-1',
  RuleAction: 'allow',
  Egress,
  CidrBlock: '0.0.0.0/0',
}));

/** The outbound rule AWS gives every new security group: all traffic to anywhere. */
export const DEFAULT_EGRESS: IpPermission = {
  IpProtocol: '-1',
  IpRanges: [{ CidrIp: '0.0.0.0/0' }],
};

/** An ACL's entries when none are written: a default ACL allows everything, a custom one nothing (only `*`). */
export function defaultAclEntries(acl: NetworkAcl): NetworkAclEntry[] {
  return acl.IsDefault ? DEFAULT_ACL_ENTRIES : [];
}

/** Checks a rule's protocol, naming where it was written. */
function protocolAt(value: unknown, where: string): RuleProtocol {
  if (!PROTOCOLS.includes(value as RuleProtocol)) {
    throw new InputError(
      `${where}: protocol '${String(value)}' is not one of tcp, udp, icmp or -1 (all protocols).`,
      where,
    );
  }
  return value as RuleProtocol;
}

/** Compiles a network ACL: checks every entry and sorts each direction by RuleNumber. */
export function compileAcl(acl: NetworkAcl): CompiledAcl {
  const entries = acl.Entries ?? defaultAclEntries(acl);
  const compiled = entries.map((entry) => compileAclEntry(acl.NetworkAclId, entry));
  const direction = (egress: boolean): CompiledAclEntry[] => {
    const list = compiled.filter((c) => c.entry.Egress === egress);
    const numbers = new Set<number>();
    for (const { entry } of list) {
      if (numbers.has(entry.RuleNumber)) {
        throw new InputError(
          `${acl.NetworkAclId}: two ${egress ? 'outbound' : 'inbound'} entries use rule number ${String(entry.RuleNumber)}; each number is used once per direction.`,
          acl.NetworkAclId,
        );
      }
      numbers.add(entry.RuleNumber);
    }
    return list.sort((a, b) => a.entry.RuleNumber - b.entry.RuleNumber);
  };
  return { id: acl.NetworkAclId, inbound: direction(false), outbound: direction(true) };
}

/** Checks one NACL entry: its number (1–32766), protocol, action, CIDR and port range. */
function compileAclEntry(aclId: string, entry: NetworkAclEntry): CompiledAclEntry {
  const where = `${aclId} rule ${String(entry.RuleNumber)}`;
  const n = entry.RuleNumber;
  if (!Number.isInteger(n) || n < 1 || n > 32766) {
    throw new InputError(
      `${aclId}: rule number ${String(n)} is out of range; network ACL rule numbers go from 1 to 32766.`,
      aclId,
    );
  }
  const protocol = protocolAt(entry.Protocol, where);
  if (entry.RuleAction !== 'allow' && entry.RuleAction !== 'deny') {
    throw new InputError(`${where}: RuleAction must be allow or deny.`, where);
  }
  if (typeof entry.Egress !== 'boolean') {
    throw new InputError(`${where}: Egress must be true (outbound) or false (inbound).`, where);
  }
  const cidr = cidrAt(entry.CidrBlock, `${where} CidrBlock`);
  if (protocol === 'tcp' || protocol === 'udp') {
    if (!entry.PortRange) {
      throw new InputError(`${where}: a ${protocol} entry needs a PortRange (From, To).`, where);
    }
    const from = portAt(entry.PortRange.From, `${where} PortRange.From`);
    const to = portAt(entry.PortRange.To, `${where} PortRange.To`);
    if (from > to)
      throw new InputError(
        `${where}: PortRange.From ${String(from)} is above To ${String(to)}.`,
        where,
      );
  }
  return { entry, cidr };
}

/** Compiles a security group; no IpPermissionsEgress means AWS's default allow-all outbound rule. */
export function compileGroup(group: SecurityGroup, vpcId: string): CompiledGroup {
  const egress = group.IpPermissionsEgress ?? [
    { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
  ];
  const compile = (list: IpPermission[], dir: string) =>
    list.map((p, i) => compilePermission(p, `${group.GroupId} ${dir} rule ${String(i + 1)}`));
  return {
    group,
    vpcId,
    inbound: compile(group.IpPermissions ?? [], 'inbound'),
    outbound: compile(egress, 'outbound'),
  };
}

/** Checks one security group rule: protocol, ports, and at least one source or destination. */
function compilePermission(permission: IpPermission, where: string): CompiledPermission {
  const protocol = protocolAt(permission.IpProtocol, where);
  let [fromPort, toPort] = [0, 65535];
  if (protocol === 'tcp' || protocol === 'udp') {
    if (permission.FromPort === undefined) {
      throw new InputError(
        `${where}: a ${protocol} rule needs FromPort (and ToPort for a range).`,
        where,
      );
    }
    fromPort = portAt(permission.FromPort, `${where} FromPort`);
    toPort = portAt(permission.ToPort ?? permission.FromPort, `${where} ToPort`);
    if (fromPort > toPort)
      throw new InputError(
        `${where}: FromPort ${String(fromPort)} is above ToPort ${String(toPort)}.`,
        where,
      );
  }
  const cidrs = (permission.IpRanges ?? []).map((r) => ({
    cidr: cidrAt(r.CidrIp, `${where} CidrIp`),
    text: r.CidrIp,
  }));
  const prefixListIds = (permission.PrefixListIds ?? []).map((p) => p.PrefixListId);
  const groupIds = (permission.UserIdGroupPairs ?? []).map((p) => p.GroupId);
  if (cidrs.length + prefixListIds.length + groupIds.length === 0) {
    throw new InputError(
      `${where}: name at least one IpRanges CIDR, prefix list or security group.`,
      where,
    );
  }
  return { permission, protocol, fromPort, toPort, cidrs, prefixListIds, groupIds };
}
