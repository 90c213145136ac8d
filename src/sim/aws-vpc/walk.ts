import { cidrContains, formatIpv4, parseIpv4 } from '../ip';
import type { CompiledSubnet, Eni, RouteTarget } from './compiled';
import { aclDecision, groupDecision } from './filters';
import { lookupRoute } from './routes';
import {
  eniAt,
  privateAddress,
  step,
  subnetOf,
  vpcOf,
  type Arrival,
  type WalkContext,
} from './walk-context';
import { throughNat, towardsNat } from './walk-nat';
import { intoVpc, ontoInternet, throughTransitGateway } from './walk-outside';
import type { Packet } from './types';

/** A security group check, or for a reply the stateful pass that return traffic gets. */
export function groupStep(
  ctx: WalkContext,
  eni: Eni,
  direction: 'inbound' | 'outbound',
  packet: Packet,
): boolean {
  if (eni.kind === 'nat') return true; // a NAT gateway has no security groups
  const decision =
    ctx.leg === 'reply'
      ? {
          allowed: true,
          rule: 'stateful',
          reason: `${eni.groupIds.join(', ')}: return traffic of an allowed connection passes (security groups are stateful).`,
        }
      : groupDecision(ctx.network, eni, direction, packet);
  return step(ctx, 'security-group', eni.groupIds.join(', ') || eni.id, packet, {
    ...decision,
    direction,
  });
}

/** The network ACL check where a packet leaves or enters a subnet. */
export function aclStep(
  ctx: WalkContext,
  subnet: CompiledSubnet,
  direction: 'inbound' | 'outbound',
  packet: Packet,
): boolean {
  const acl = vpcOf(ctx, subnet.vpcId).acls.get(subnet.aclId);
  if (!acl) throw new Error(`unknown ACL ${subnet.aclId}`);
  return step(ctx, 'network-acl', acl.id, packet, {
    ...aclDecision(acl, direction, packet),
    direction,
  });
}

/** Sends a packet from an ENI: its security groups, its subnet's route table, then the route's target. */
export function sendFromEni(ctx: WalkContext, eni: Eni, packet: Packet): Arrival {
  if (!groupStep(ctx, eni, 'outbound', packet)) return { at: 'dropped' };
  const subnet = subnetOf(ctx, eni);
  const vpc = vpcOf(ctx, eni.vpcId);
  const table = vpc.routeTables.get(subnet.routeTableId);
  if (!table) throw new Error(`unknown route table ${subnet.routeTableId}`);
  const choice = lookupRoute(table, parseIpv4(packet.dst), packet.dst);
  if (!choice) {
    const hint =
      eni.kind === 'nat'
        ? ' A NAT gateway must sit in a public subnet, whose route table sends 0.0.0.0/0 to an internet gateway.'
        : '';
    step(ctx, 'route', table.id, packet, {
      allowed: false,
      reason: `route table ${table.id} has no route that matches ${packet.dst}, so the packet is dropped.${hint}`,
    });
    return { at: 'dropped' };
  }
  step(ctx, 'route', table.id, packet, {
    allowed: true,
    rule: choice.route.destination,
    ...(choice.route.target.kind === 'local'
      ? {}
      : { ruleKey: `rtb:${table.id}:${choice.route.destination}` }),
    reason: choice.reason,
  });
  return followRoute(ctx, eni, subnet, choice.route.target, packet);
}

/** Hands a packet to the target its route chose, with the subnet's outbound ACL where it leaves the subnet. */
function followRoute(
  ctx: WalkContext,
  eni: Eni,
  subnet: CompiledSubnet,
  target: RouteTarget,
  packet: Packet,
): Arrival {
  switch (target.kind) {
    case 'local':
      return deliverLocally(ctx, eni, subnet, packet);
    case 'igw':
      if (!aclStep(ctx, subnet, 'outbound', packet)) return { at: 'dropped' };
      return throughInternetGateway(ctx, eni, target.id, packet);
    case 'nat':
      return towardsNat(ctx, eni, subnet, target.id, packet);
    case 'endpoint':
      if (!aclStep(ctx, subnet, 'outbound', packet)) return { at: 'dropped' };
      step(ctx, 'gateway-endpoint', target.id, packet, {
        allowed: true,
        reason: `gateway endpoint ${target.id} carries it to ${target.service === 's3' ? 'S3' : 'DynamoDB'} inside the AWS network: no internet gateway, NAT or public IP needed.`,
      });
      return {
        at: 'service',
        service: target.service,
        endpoint: { id: target.id, vpcId: eni.vpcId },
      };
    case 'peering':
      if (!aclStep(ctx, subnet, 'outbound', packet)) return { at: 'dropped' };
      return throughPeering(ctx, target.id, target.peerVpcId, packet);
    case 'tgw':
      if (!aclStep(ctx, subnet, 'outbound', packet)) return { at: 'dropped' };
      return throughTransitGateway(ctx, target.id, packet);
  }
}

/** Delivers inside the VPC (the local route): NACLs only when the packet crosses a subnet edge. */
function deliverLocally(
  ctx: WalkContext,
  from: Eni,
  subnet: CompiledSubnet,
  packet: Packet,
): Arrival {
  const to = eniAt(vpcOf(ctx, from.vpcId), packet.dst);
  if (!to) {
    step(ctx, 'deliver', from.vpcId, packet, {
      allowed: false,
      reason: `no network interface in ${from.vpcId} has the address ${packet.dst}.`,
    });
    return { at: 'dropped' };
  }
  if (to.subnetId === subnet.id) {
    step(ctx, 'network-acl', subnet.aclId, packet, {
      allowed: true,
      reason: `same subnet (${subnet.id}): network ACLs filter only traffic that crosses a subnet's edge.`,
    });
  } else if (!aclStep(ctx, subnet, 'outbound', packet)) {
    return { at: 'dropped' };
  }
  return arriveAtEni(ctx, to, packet, to.subnetId !== subnet.id);
}

/** A packet reaching an ENI: the subnet's inbound NACL (unless it never left the subnet), then the ENI. */
export function arriveAtEni(
  ctx: WalkContext,
  eni: Eni,
  packet: Packet,
  crossedEdge = true,
): Arrival {
  if (crossedEdge && !aclStep(ctx, subnetOf(ctx, eni), 'inbound', packet)) return { at: 'dropped' };
  if (eni.kind === 'nat') return throughNat(ctx, eni, packet);
  if (!groupStep(ctx, eni, 'inbound', packet)) return { at: 'dropped' };
  step(ctx, 'deliver', eni.id, packet, {
    allowed: true,
    reason: `delivered to ${eni.label} at ${packet.dst}:${String(packet.dstPort)}.`,
  });
  return { at: 'eni', eni };
}

/** Leaves through the internet gateway, which swaps the private source for the ENI's public IPv4. */
function throughInternetGateway(
  ctx: WalkContext,
  eni: Eni,
  igwId: string,
  packet: Packet,
): Arrival {
  if (eni.publicIp === null || packet.src !== privateAddress(eni)) {
    step(ctx, 'internet-gateway', igwId, packet, {
      allowed: false,
      reason: `${igwId} drops it: ${eni.label} has no public IPv4 address or Elastic IP, and an internet gateway only translates addresses that have one.`,
    });
    return { at: 'dropped' };
  }
  const after = { ...packet, src: formatIpv4(eni.publicIp) };
  step(
    ctx,
    'internet-gateway',
    igwId,
    packet,
    {
      allowed: true,
      reason: `${igwId} translates the source ${packet.src} to ${eni.label}'s public address ${after.src} (1:1 NAT).`,
    },
    { before: packet, after },
  );
  return ontoInternet(ctx, after);
}

/** Crosses a peering connection: delivered only to addresses inside the peer VPC (never transitive). */
function throughPeering(
  ctx: WalkContext,
  pcxId: string,
  peerVpcId: string,
  packet: Packet,
): Arrival {
  const peer = vpcOf(ctx, peerVpcId);
  if (!cidrContains(peer.cidr, parseIpv4(packet.dst))) {
    step(ctx, 'peering', pcxId, packet, {
      allowed: false,
      reason: `${pcxId} delivers only to addresses inside ${peerVpcId}; ${packet.dst} is not one, and peering is not transitive: ${peerVpcId} will not forward it through its own peerings, gateways or NAT.`,
    });
    return { at: 'dropped' };
  }
  step(ctx, 'peering', pcxId, packet, {
    allowed: true,
    reason: `${pcxId} carries it into ${peerVpcId}.`,
  });
  return intoVpc(ctx, peerVpcId, packet);
}
