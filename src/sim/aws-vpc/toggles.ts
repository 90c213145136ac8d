import { aclsOf } from './compile-vpc';
import { defaultAclEntries, DEFAULT_EGRESS } from './compile-rules';
import { describeTraffic } from './describe';
import type { AwsNetwork, IpPermission, NetworkAcl, NetworkAclEntry, Route, Vpc } from './types';

/** A rule a learner can switch off: a security group rule, a network ACL entry, or a route. */
export interface RuleToggle {
  /** Stable key, e.g. "sg:sg-web:in:1", "acl:acl-app:out:100", "rtb:rtb-private:0.0.0.0/0". */
  key: string;
  kind: 'security-group' | 'network-acl' | 'route';
  /** The resource that holds the rule (sg-…, acl-…, rtb-…). */
  resource: string;
  /** The rule in a few words ("inbound 1: TCP 443 from 0.0.0.0/0"). */
  label: string;
}

/** Every rule of the network that can be switched off, grouped by resource in model order. */
export function listToggles(network: AwsNetwork): RuleToggle[] {
  return network.Vpcs.flatMap((vpc) => [
    ...groupToggles(vpc),
    ...aclToggles(vpc),
    ...routeToggles(vpc),
  ]);
}

/** The security group rules of a VPC (a group without egress rules shows AWS's default one). */
function groupToggles(vpc: Vpc): RuleToggle[] {
  return vpc.SecurityGroups.flatMap((g) => {
    const list = (rules: IpPermission[], dir: 'in' | 'out') =>
      rules.map((rule, i) => ({
        key: `sg:${g.GroupId}:${dir}:${String(i + 1)}`,
        kind: 'security-group' as const,
        resource: g.GroupId,
        label: `${dir === 'in' ? 'inbound' : 'outbound'} ${String(i + 1)}: ${permissionText(rule)} ${dir === 'in' ? 'from' : 'to'} ${peersText(rule)}`,
      }));
    return [
      ...list(g.IpPermissions ?? [], 'in'),
      ...list(g.IpPermissionsEgress ?? [DEFAULT_EGRESS], 'out'),
    ];
  });
}

/** A rule's protocol and ports in words. */
function permissionText(rule: IpPermission): string {
  return describeTraffic(
    rule.IpProtocol,
    rule.FromPort ?? 0,
    rule.ToPort ?? rule.FromPort ?? 65535,
  );
}

/** A rule's peers in words. */
function peersText(rule: IpPermission): string {
  const peers = [
    ...(rule.IpRanges ?? []).map((r) => r.CidrIp),
    ...(rule.PrefixListIds ?? []).map((p) => p.PrefixListId),
    ...(rule.UserIdGroupPairs ?? []).map((p) => p.GroupId),
  ];
  return peers.join(', ');
}

/** The numbered entries of a VPC's network ACLs (the `*` deny cannot be switched off). */
function aclToggles(vpc: Vpc): RuleToggle[] {
  return aclsOf(vpc).flatMap((acl) =>
    entriesOf(acl).map((e) => ({
      key: aclKey(acl.NetworkAclId, e),
      kind: 'network-acl' as const,
      resource: acl.NetworkAclId,
      label: `${e.Egress ? 'outbound' : 'inbound'} ${String(e.RuleNumber)}: ${e.RuleAction} ${describeTraffic(e.Protocol, e.PortRange?.From ?? 0, e.PortRange?.To ?? 65535)} ${e.Egress ? 'to' : 'from'} ${e.CidrBlock}`,
    })),
  );
}

/** An ACL's entries, AWS's defaults when none are written. */
function entriesOf(acl: NetworkAcl): NetworkAclEntry[] {
  return acl.Entries ?? defaultAclEntries(acl);
}

/** The key of one ACL entry. */
function aclKey(aclId: string, entry: NetworkAclEntry): string {
  return `acl:${aclId}:${entry.Egress ? 'out' : 'in'}:${String(entry.RuleNumber)}`;
}

/** The routes of a VPC's route tables (the local route cannot be switched off). */
function routeToggles(vpc: Vpc): RuleToggle[] {
  return vpc.RouteTables.flatMap((t) =>
    (t.Routes ?? []).map((r) => ({
      key: routeKey(t.RouteTableId, r),
      kind: 'route' as const,
      resource: t.RouteTableId,
      label: `${destinationOf(r)} → ${targetOf(r)}`,
    })),
  );
}

/** A route's destination as written. */
function destinationOf(route: Route): string {
  return route.DestinationCidrBlock ?? route.DestinationPrefixListId ?? '?';
}

/** A route's target as written. */
function targetOf(route: Route): string {
  return (
    route.GatewayId ??
    route.NatGatewayId ??
    route.VpcPeeringConnectionId ??
    route.TransitGatewayId ??
    '?'
  );
}

/** The key of one route. */
function routeKey(tableId: string, route: Route): string {
  return `rtb:${tableId}:${destinationOf(route)}`;
}

/** A copy of the network without the rules whose keys are in `off` (for "what if I remove this rule?"). */
export function withoutRules(network: AwsNetwork, off: ReadonlySet<string>): AwsNetwork {
  if (off.size === 0) return network;
  return {
    ...network,
    Vpcs: network.Vpcs.map((vpc) => ({
      ...vpc,
      SecurityGroups: vpc.SecurityGroups.map((g) => ({
        ...g,
        IpPermissions: (g.IpPermissions ?? []).filter(
          (_, i) => !off.has(`sg:${g.GroupId}:in:${String(i + 1)}`),
        ),
        IpPermissionsEgress: (g.IpPermissionsEgress ?? [DEFAULT_EGRESS]).filter(
          (_, i) => !off.has(`sg:${g.GroupId}:out:${String(i + 1)}`),
        ),
      })),
      NetworkAcls: aclsOf(vpc).map((acl) => ({
        ...acl,
        Entries: entriesOf(acl).filter((e) => !off.has(aclKey(acl.NetworkAclId, e))),
      })),
      RouteTables: vpc.RouteTables.map((t) => ({
        ...t,
        Routes: (t.Routes ?? []).filter((r) => !off.has(routeKey(t.RouteTableId, r))),
      })),
    })),
  };
}
