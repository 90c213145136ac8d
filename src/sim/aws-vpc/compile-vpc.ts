import { cidrContains, cidrsOverlap, formatIpv4, InputError, lastAddress, type Cidr } from '../ip';
import { cidrAt, ipAt, uniqueId } from './checks';
import { compileAcl, compileGroup } from './compile-rules';
import type { CompiledAcl, CompiledGroup, CompiledSubnet, Eni } from './compiled';
import type { NetworkAcl, Vpc } from './types';

/** The id of the allow-all default ACL a VPC gets when its model lists none: vpc-a → acl-default-a. */
export function implicitDefaultAclId(vpcId: string): string {
  return `acl-default-${vpcId.replace(/^vpc-/, '')}`;
}

/** Checks a VPC's subnets (inside the VPC CIDR, not overlapping) and resolves their associations. */
export function compileSubnets(
  vpc: Vpc,
  cidr: Cidr,
  seen: Set<string>,
): Map<string, CompiledSubnet> {
  const subnets = new Map<string, CompiledSubnet>();
  for (const subnet of vpc.Subnets) {
    const id = uniqueId(seen, subnet.SubnetId, 'subnet');
    const block = cidrAt(subnet.CidrBlock, `${id} CidrBlock`);
    if (!cidrContains(cidr, block.network) || block.prefix < cidr.prefix) {
      throw new InputError(
        `${id}: ${subnet.CidrBlock} is not inside ${vpc.VpcId}'s CIDR ${vpc.CidrBlock}.`,
        id,
      );
    }
    if (block.prefix > 28 || block.prefix < 16) {
      throw new InputError(
        `${id}: a subnet's prefix is /16 to /28; ${subnet.CidrBlock} is not.`,
        id,
      );
    }
    for (const other of subnets.values()) {
      if (cidrsOverlap(other.cidr, block))
        throw new InputError(`${id}: ${subnet.CidrBlock} overlaps ${other.id}.`, id);
    }
    subnets.set(id, {
      id,
      vpcId: vpc.VpcId,
      cidr: block,
      routeTableId: associated(
        vpc.RouteTables,
        id,
        (t) => t.RouteTableId,
        (t) => t.SubnetIds,
        (t) => t.Main === true,
        'route table',
      ),
      aclId: associated(
        aclsOf(vpc),
        id,
        (a) => a.NetworkAclId,
        (a) => a.SubnetIds,
        (a) => a.IsDefault === true,
        'network ACL',
      ),
    });
  }
  return subnets;
}

/** A VPC's network ACLs, or one allow-all default ACL when it lists none. */
export function aclsOf(vpc: Vpc): NetworkAcl[] {
  return vpc.NetworkAcls ?? [{ NetworkAclId: implicitDefaultAclId(vpc.VpcId), IsDefault: true }];
}

/** Finds the one table (or ACL) a subnet is explicitly associated with, else the VPC's main/default one. */
function associated<T>(
  items: readonly T[],
  subnetId: string,
  idOf: (item: T) => string,
  subnetsOf: (item: T) => string[] | undefined,
  isFallback: (item: T) => boolean,
  what: string,
): string {
  const explicit = items.filter((item) => subnetsOf(item)?.includes(subnetId));
  if (explicit.length > 1) {
    throw new InputError(
      `${subnetId} is associated with two ${what}s (${explicit.map(idOf).join(', ')}); a subnet has exactly one.`,
      subnetId,
    );
  }
  const chosen = explicit[0] ?? items.find(isFallback);
  if (!chosen) {
    const fallback =
      what === 'route table' ? 'a Main: true route table' : 'an IsDefault: true network ACL';
    throw new InputError(
      `${subnetId} has no ${what}: associate one, or give the VPC ${fallback}.`,
      subnetId,
    );
  }
  return idOf(chosen);
}

/** Compiles a VPC's network ACLs, refusing associations with subnets that do not exist. */
export function compileAcls(
  vpc: Vpc,
  subnets: Map<string, CompiledSubnet>,
  seen: Set<string>,
): Map<string, CompiledAcl> {
  const acls = new Map<string, CompiledAcl>();
  for (const acl of aclsOf(vpc)) {
    uniqueId(seen, acl.NetworkAclId, 'network ACL');
    for (const s of acl.SubnetIds ?? []) {
      if (!subnets.has(s))
        throw new InputError(
          `${acl.NetworkAclId} is associated with ${s}, which is not a subnet of ${vpc.VpcId}.`,
          acl.NetworkAclId,
        );
    }
    acls.set(acl.NetworkAclId, compileAcl(acl));
  }
  return acls;
}

/** Compiles a VPC's security groups into the network-wide index. */
export function compileGroups(
  vpc: Vpc,
  groups: Map<string, CompiledGroup>,
  seen: Set<string>,
): void {
  for (const group of vpc.SecurityGroups) {
    uniqueId(seen, group.GroupId, 'security group');
    groups.set(group.GroupId, compileGroup(group, vpc.VpcId));
  }
}

/** Checks an ENI's private address: inside its subnet and not one of the five addresses AWS reserves. */
export function privateIpIn(subnet: CompiledSubnet, text: string, owner: string): number {
  const ip = ipAt(text, `${owner} PrivateIpAddress`);
  if (!cidrContains(subnet.cidr, ip)) {
    throw new InputError(`${owner}: ${text} is not inside its subnet ${subnet.id}.`, owner);
  }
  const offset = ip - subnet.cidr.network;
  if (offset < 4 || ip === lastAddress(subnet.cidr)) {
    throw new InputError(
      `${owner}: ${text} is reserved by AWS (the first four addresses of a subnet and its last one); use ${formatIpv4(subnet.cidr.network + 10)}, for example.`,
      owner,
    );
  }
  return ip;
}

/** The ENIs of a VPC's instances and NAT gateways, checked against its subnets and groups. */
export function compileEnis(
  vpc: Vpc,
  subnets: Map<string, CompiledSubnet>,
  groups: Map<string, CompiledGroup>,
  seen: Set<string>,
): Eni[] {
  const subnetOf = (id: string, owner: string): CompiledSubnet => {
    const subnet = subnets.get(id);
    if (!subnet)
      throw new InputError(`${owner} is in subnet ${id}, which ${vpc.VpcId} does not have.`, owner);
    return subnet;
  };
  const instances = (vpc.Instances ?? []).map((i): Eni => {
    const id = uniqueId(seen, i.InstanceId, 'instance');
    const subnet = subnetOf(i.SubnetId, id);
    for (const g of i.SecurityGroupIds) {
      if (groups.get(g)?.vpcId !== vpc.VpcId)
        throw new InputError(
          `${id} uses security group ${g}, which ${vpc.VpcId} does not have.`,
          id,
        );
    }
    if (i.SecurityGroupIds.length === 0)
      throw new InputError(`${id} has no security group; an ENI carries at least one.`, id);
    return {
      kind: 'instance',
      id,
      label: i.Name ? `${id} (${i.Name})` : id,
      vpcId: vpc.VpcId,
      subnetId: subnet.id,
      privateIp: privateIpIn(subnet, i.PrivateIpAddress, id),
      publicIp:
        i.PublicIpAddress === undefined ? null : ipAt(i.PublicIpAddress, `${id} PublicIpAddress`),
      groupIds: [...i.SecurityGroupIds],
    };
  });
  const nats = (vpc.NatGateways ?? []).map((n): Eni => {
    const id = uniqueId(seen, n.NatGatewayId, 'NAT gateway');
    const subnet = subnetOf(n.SubnetId, id);
    return {
      kind: 'nat',
      id,
      label: id,
      vpcId: vpc.VpcId,
      subnetId: subnet.id,
      privateIp: privateIpIn(subnet, n.PrivateIpAddress, id),
      publicIp: ipAt(n.PublicIpAddress, `${id} PublicIpAddress`),
      groupIds: [],
    };
  });
  return [...instances, ...nats];
}
