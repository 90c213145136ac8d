import { cidrsOverlap, InputError } from '../ip';
import { cidrAt, uniqueId } from './checks';
import { compileAcls, compileEnis, compileGroups, compileSubnets } from './compile-vpc';
import { compileRouteTables } from './compile-routes';
import type {
  CompiledGroup,
  CompiledNetwork,
  CompiledTransitGateway,
  CompiledVpc,
  Eni,
} from './compiled';
import type { AwsNetwork } from './types';

/** Checks a whole network model and indexes it for the walker; bad input throws an InputError. */
export function compileNetwork(network: AwsNetwork): CompiledNetwork {
  if (!Array.isArray(network.Vpcs) || network.Vpcs.length === 0) {
    throw new InputError('The network has no VPC: list at least one under Vpcs.', 'Vpcs');
  }
  const seen = new Set<string>();
  const compiled: CompiledNetwork = {
    vpcs: new Map(),
    groups: new Map<string, CompiledGroup>(),
    prefixLists: new Map(),
    peerings: new Map(),
    transitGateways: new Map(),
    natGateways: new Map(),
    instances: new Map(),
    publicOwners: new Map(),
    members: new Map(),
    onPremises: [],
  };
  compilePrefixLists(network, compiled, seen);
  const vpcCidrs = new Map(
    network.Vpcs.map((v) => [
      uniqueId(seen, v.VpcId, 'VPC'),
      cidrAt(v.CidrBlock, `${v.VpcId} CidrBlock`),
    ]),
  );
  for (const vpc of network.Vpcs) {
    const cidr = vpcCidrs.get(vpc.VpcId) ?? cidrAt(vpc.CidrBlock, vpc.VpcId);
    if (vpc.InternetGatewayId !== undefined)
      uniqueId(seen, vpc.InternetGatewayId, 'internet gateway');
    const subnets = compileSubnets(vpc, cidr, seen);
    const acls = compileAcls(vpc, subnets, seen);
    compileGroups(vpc, compiled.groups, seen);
    const enis = new Map<number, Eni>();
    for (const eni of compileEnis(vpc, subnets, compiled.groups, seen)) addEni(compiled, enis, eni);
    compiled.vpcs.set(vpc.VpcId, {
      id: vpc.VpcId,
      cidr,
      internetGatewayId: vpc.InternetGatewayId ?? null,
      subnets,
      acls,
      enis,
      routeTables: new Map(),
    });
  }
  compileConnections(network, compiled, seen);
  for (const vpc of network.Vpcs) {
    const target = compiled.vpcs.get(vpc.VpcId) as CompiledVpc;
    target.routeTables = compileRouteTables(vpc, target.cidr, compiled, seen);
    for (const subnet of target.subnets.values()) {
      if (!target.routeTables.has(subnet.routeTableId)) {
        throw new InputError(
          `${subnet.routeTableId} names ${subnet.id}, but it is not a route table of ${vpc.VpcId}.`,
          subnet.id,
        );
      }
    }
  }
  checkGroupReferences(compiled);
  return compiled;
}

/** Indexes an ENI by private address (per VPC), public address, id and security groups. */
function addEni(compiled: CompiledNetwork, enis: Map<number, Eni>, eni: Eni): void {
  if (enis.has(eni.privateIp))
    throw new InputError(
      `${eni.id}: another interface of ${eni.vpcId} already has its private address.`,
      eni.id,
    );
  enis.set(eni.privateIp, eni);
  if (eni.publicIp !== null) {
    if (compiled.publicOwners.has(eni.publicIp))
      throw new InputError(`${eni.id}: another interface already has its public address.`, eni.id);
    compiled.publicOwners.set(eni.publicIp, eni);
  }
  (eni.kind === 'nat' ? compiled.natGateways : compiled.instances).set(eni.id, eni);
  for (const g of eni.groupIds) {
    const set = compiled.members.get(g) ?? new Set<number>();
    set.add(eni.privateIp);
    compiled.members.set(g, set);
  }
}

/** Compiles the managed prefix lists (AWS services' address ranges, or your own). */
function compilePrefixLists(
  network: AwsNetwork,
  compiled: CompiledNetwork,
  seen: Set<string>,
): void {
  for (const list of network.PrefixLists ?? []) {
    const id = uniqueId(seen, list.PrefixListId, 'prefix list');
    if (list.Cidrs.length === 0) throw new InputError(`${id} has no CIDRs.`, id);
    compiled.prefixLists.set(id, {
      id,
      service: list.ServiceName ?? null,
      cidrs: list.Cidrs.map((c) => cidrAt(c, `${id} Cidrs`)),
    });
  }
}

/** Compiles peering connections (between two different, non-overlapping VPCs) and transit gateways. */
function compileConnections(
  network: AwsNetwork,
  compiled: CompiledNetwork,
  seen: Set<string>,
): void {
  const vpcOf = (id: string, owner: string): CompiledVpc => {
    const vpc = compiled.vpcs.get(id);
    if (!vpc) throw new InputError(`${owner} names ${id}, which is not a VPC of the model.`, owner);
    return vpc;
  };
  for (const pcx of network.VpcPeeringConnections ?? []) {
    const id = uniqueId(seen, pcx.VpcPeeringConnectionId, 'peering connection');
    const [a, b] = [vpcOf(pcx.RequesterVpcId, id), vpcOf(pcx.AccepterVpcId, id)];
    if (a === b) throw new InputError(`${id} peers ${a.id} with itself.`, id);
    if (cidrsOverlap(a.cidr, b.cidr))
      throw new InputError(
        `${id}: ${a.id} and ${b.id} have overlapping CIDRs, and AWS does not peer VPCs whose CIDRs overlap.`,
        id,
      );
    compiled.peerings.set(id, { id, vpcIds: [a.id, b.id] });
  }
  for (const tgw of network.TransitGateways ?? []) {
    const id = uniqueId(seen, tgw.TransitGatewayId, 'transit gateway');
    const routes: CompiledTransitGateway['routes'] = tgw.VpcIds.map((v) => ({
      cidr: vpcOf(v, id).cidr,
      vpcId: v,
    }));
    for (const text of tgw.VpnCidrs ?? []) {
      const cidr = cidrAt(text, `${id} VpnCidrs`);
      routes.push({ cidr, vpcId: null });
      compiled.onPremises.push({ cidr, tgwId: id });
    }
    compiled.transitGateways.set(id, { id, routes });
  }
}

/** Refuses security group rules that name a group or prefix list the model does not have. */
function checkGroupReferences(compiled: CompiledNetwork): void {
  for (const { group, inbound, outbound } of compiled.groups.values()) {
    for (const rule of [...inbound, ...outbound]) {
      for (const g of rule.groupIds) {
        if (!compiled.groups.has(g))
          throw new InputError(
            `${group.GroupId}: a rule names security group ${g}, which does not exist.`,
            group.GroupId,
          );
      }
      for (const p of rule.prefixListIds) {
        if (!compiled.prefixLists.has(p))
          throw new InputError(
            `${group.GroupId}: a rule names prefix list ${p}, which does not exist.`,
            group.GroupId,
          );
      }
    }
  }
}
