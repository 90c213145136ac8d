import { parse } from 'yaml';

// A hand-written checker for the one-VPC networks the flow-verdict generator shows (security
// groups with CIDR or group peers, TCP network ACL entries, a default route to an internet
// gateway or none), reading the network back from the stem, so the tests check the engine's
// key by another code path. It returns the text of the answer it expects.

interface Rule {
  IpProtocol: string;
  FromPort?: number;
  ToPort?: number;
  IpRanges?: { CidrIp: string }[];
  UserIdGroupPairs?: { GroupId: string }[];
}

interface Entry {
  RuleNumber: number;
  Protocol: string;
  RuleAction: 'allow' | 'deny';
  Egress: boolean;
  CidrBlock: string;
  PortRange?: { From: number; To: number };
}

interface Vpc {
  CidrBlock: string;
  Subnets: { SubnetId: string }[];
  RouteTables: {
    RouteTableId: string;
    Main?: boolean;
    SubnetIds?: string[];
    Routes?: { DestinationCidrBlock?: string; GatewayId?: string }[];
  }[];
  NetworkAcls: { NetworkAclId: string; SubnetIds: string[]; Entries?: Entry[] }[];
  SecurityGroups: { GroupId: string; IpPermissions?: Rule[]; IpPermissionsEgress?: Rule[] }[];
  Instances: {
    InstanceId: string;
    SubnetId: string;
    PrivateIpAddress: string;
    PublicIpAddress?: string;
    SecurityGroupIds: string[];
  }[];
}

type Instance = Vpc['Instances'][number];

/** Whether an IPv4 address lies in a CIDR block. */
function contains(cidr: string, ip: string): boolean {
  const value = (text: string) =>
    text.split('.').reduce((sum, part) => sum * 256 + Number(part), 0);
  const [base = '', bits = '0'] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(value(ip) / size) === Math.floor(value(base) / size);
}

/** Reads the VPC and the flow back from a question's stem. */
export function vpcFromPrompt(prompt: string) {
  const yamlText = /```yaml\n([\s\S]*?)\n```/.exec(prompt)?.[1] ?? '';
  const vpc = (parse(yamlText) as { Vpcs: Vpc[] }).Vpcs[0] as Vpc;
  const flow =
    /\n(instance (\S+)|the internet host (\S+)) opens a TCP connection to (instance (\S+)|the internet host (\S+)) on port (\d+)/.exec(
      prompt,
    );
  return {
    vpc,
    from: flow?.[2] ?? flow?.[3] ?? '',
    to: flow?.[5] ?? flow?.[6] ?? '',
    port: Number(flow?.[7]),
  };
}

/** Whether security groups let TCP `port` to or from `peerIp` (no egress list: AWS's allow-all). */
function groupsAllow(vpc: Vpc, owner: Instance, out: boolean, peerIp: string, port: number) {
  const everything: Rule = { IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] };
  const peer = vpc.Instances.find((i) => i.PrivateIpAddress === peerIp);
  return vpc.SecurityGroups.filter((g) => owner.SecurityGroupIds.includes(g.GroupId)).some((g) =>
    ((out ? (g.IpPermissionsEgress ?? [everything]) : g.IpPermissions) ?? []).some(
      (r) =>
        (r.IpProtocol === '-1' ||
          (r.IpProtocol === 'tcp' &&
            port >= (r.FromPort ?? 0) &&
            port <= (r.ToPort ?? r.FromPort ?? 0))) &&
        ((r.IpRanges ?? []).some((range) => contains(range.CidrIp, peerIp)) ||
          (r.UserIdGroupPairs ?? []).some((pair) => peer?.SecurityGroupIds.includes(pair.GroupId))),
    ),
  );
}

/** Whether the subnet's network ACL lets TCP `port` out to, or in from, `peerIp` (first match, then deny). */
function aclAllows(vpc: Vpc, subnet: string, egress: boolean, peerIp: string, port: number) {
  const acl = vpc.NetworkAcls.find((a) => a.SubnetIds.includes(subnet));
  const first = (acl?.Entries ?? [])
    .filter((e) => e.Egress === egress)
    .sort((a, b) => a.RuleNumber - b.RuleNumber)
    .find(
      (e) =>
        (e.Protocol === '-1' ||
          (e.Protocol === 'tcp' &&
            port >= (e.PortRange?.From ?? 0) &&
            port <= (e.PortRange?.To ?? 0))) &&
        contains(e.CidrBlock, peerIp),
    );
  return first?.RuleAction === 'allow';
}

/** Whether a subnet's route table sends `ip` to the internet gateway. */
function routesOut(vpc: Vpc, subnet: string, ip: string): boolean {
  const table =
    vpc.RouteTables.find((t) => t.SubnetIds?.includes(subnet)) ??
    vpc.RouteTables.find((t) => t.Main === true);
  return (table?.Routes ?? []).some(
    (r) => r.GatewayId?.startsWith('igw-') === true && contains(r.DestinationCidrBlock ?? '', ip),
  );
}

/** The expected answer text for a flow, checked step by step in the order AWS applies them. */
export function expectedAnswer(vpc: Vpc, fromId: string, toId: string, port: number): string {
  const EPHEMERAL = 49152;
  const src = vpc.Instances.find((i) => i.InstanceId === fromId);
  const dst = vpc.Instances.find((i) => i.InstanceId === toId);
  const srcIp = src?.PrivateIpAddress ?? fromId;
  const dstIp = dst?.PrivateIpAddress ?? toId;
  const acl = (i: Instance) =>
    vpc.NetworkAcls.find((a) => a.SubnetIds.includes(i.SubnetId))?.NetworkAclId ?? '';
  const sg = (i: Instance) => i.SecurityGroupIds.join(', ');
  if (src) {
    if (!groupsAllow(vpc, src, true, dstIp, port))
      return `Denied by security group ${sg(src)} (outbound)`;
    if (!dst && !routesOut(vpc, src.SubnetId, dstIp))
      return 'No route: the request has nowhere to go';
    if (!aclAllows(vpc, src.SubnetId, true, dstIp, port))
      return `Denied by network ACL ${acl(src)} (outbound, on the request)`;
  }
  if (dst) {
    if (!aclAllows(vpc, dst.SubnetId, false, srcIp, port))
      return `Denied by network ACL ${acl(dst)} (inbound, on the request)`;
    if (!groupsAllow(vpc, dst, false, srcIp, port))
      return `Denied by security group ${sg(dst)} (inbound)`;
    if (!src && !routesOut(vpc, dst.SubnetId, srcIp))
      return 'No route: the reply has nowhere to go';
    if (!aclAllows(vpc, dst.SubnetId, true, srcIp, EPHEMERAL))
      return `Denied by network ACL ${acl(dst)} (outbound, on the reply)`;
  }
  if (src && !aclAllows(vpc, src.SubnetId, false, dstIp, EPHEMERAL))
    return `Denied by network ACL ${acl(src)} (inbound, on the reply)`;
  return 'Allowed: the request arrives and the reply comes back';
}
