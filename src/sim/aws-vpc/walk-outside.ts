import { cidrContains, formatIpv4, parseCidr, parseIpv4 } from '../ip';
import { arriveAtEni } from './walk';
import { eniAt, step, vpcOf, type Arrival, type WalkContext } from './walk-context';
import type { AwsService, Packet } from './types';

/** Address blocks that the internet does not route (RFC 1918 private space and RFC 6598 shared space). */
const NOT_ROUTED_ON_INTERNET = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
].map((c) => parseCidr(c));

/** Delivers a packet that has entered a VPC (over peering or a transit gateway) to the ENI it is for. */
export function intoVpc(ctx: WalkContext, vpcId: string, packet: Packet): Arrival {
  const eni = eniAt(vpcOf(ctx, vpcId), packet.dst);
  if (!eni) {
    step(ctx, 'deliver', vpcId, packet, {
      allowed: false,
      reason: `no network interface in ${vpcId} has the address ${packet.dst}.`,
    });
    return { at: 'dropped' };
  }
  return arriveAtEni(ctx, eni, packet);
}

/** The AWS service whose prefix list holds an address, if any. */
export function serviceAt(ctx: WalkContext, address: number): AwsService | null {
  for (const list of ctx.network.prefixLists.values()) {
    if (list.service && list.cidrs.some((c) => cidrContains(c, address))) return list.service;
  }
  return null;
}

/** A packet on the internet: to an AWS service's public endpoint, into a VPC through its internet gateway, or to a host. */
export function ontoInternet(ctx: WalkContext, packet: Packet): Arrival {
  const dst = parseIpv4(packet.dst);
  const service = serviceAt(ctx, dst);
  if (service) {
    step(ctx, 'deliver', service, packet, {
      allowed: true,
      reason: `${service === 's3' ? 'S3' : 'DynamoDB'} receives it at its public endpoint ${packet.dst}, reached over the internet path.`,
    });
    return { at: 'service', service, endpoint: null };
  }
  const owner = ctx.network.publicOwners.get(dst);
  if (owner) {
    const igw = vpcOf(ctx, owner.vpcId).internetGatewayId;
    if (igw === null) {
      step(ctx, 'internet-gateway', owner.vpcId, packet, {
        allowed: false,
        reason: `${owner.vpcId} has no internet gateway, so nothing from the internet can enter it.`,
      });
      return { at: 'dropped' };
    }
    const after = { ...packet, dst: formatIpv4(owner.privateIp) };
    step(
      ctx,
      'internet-gateway',
      igw,
      packet,
      {
        allowed: true,
        reason: `${igw} translates the destination ${packet.dst} to ${owner.label}'s private address ${after.dst} (1:1 NAT).`,
      },
      { before: packet, after },
    );
    return arriveAtEni(ctx, owner, after);
  }
  if (NOT_ROUTED_ON_INTERNET.some((c) => cidrContains(c, dst))) {
    step(ctx, 'deliver', 'internet', packet, {
      allowed: false,
      reason: `${packet.dst} is a private address, which the internet does not route.`,
    });
    return { at: 'dropped' };
  }
  step(ctx, 'deliver', 'internet', packet, {
    allowed: true,
    reason: `the internet host ${packet.dst} receives it.`,
  });
  return { at: 'internet', address: packet.dst };
}

/** A transit gateway: longest prefix among its attachments' propagated CIDRs, then into that VPC or over the VPN. */
export function throughTransitGateway(ctx: WalkContext, tgwId: string, packet: Packet): Arrival {
  const tgw = ctx.network.transitGateways.get(tgwId);
  if (!tgw) throw new Error(`unknown transit gateway ${tgwId}`);
  const dst = parseIpv4(packet.dst);
  const best = tgw.routes
    .filter((r) => cidrContains(r.cidr, dst))
    .sort((a, b) => b.cidr.prefix - a.cidr.prefix)[0];
  if (!best) {
    step(ctx, 'transit-gateway', tgwId, packet, {
      allowed: false,
      reason: `${tgwId}'s route table has no route that matches ${packet.dst}.`,
    });
    return { at: 'dropped' };
  }
  const where = best.vpcId ?? 'on-premises over the Site-to-Site VPN';
  step(ctx, 'transit-gateway', tgwId, packet, {
    allowed: true,
    rule: `${formatIpv4(best.cidr.network)}/${String(best.cidr.prefix)}`,
    reason: `${tgwId} routes ${packet.dst} to ${where} (propagated ${formatIpv4(best.cidr.network)}/${String(best.cidr.prefix)}).`,
  });
  if (best.vpcId === null) {
    step(ctx, 'deliver', 'on-premises', packet, {
      allowed: true,
      reason: `the on-premises host ${packet.dst} receives it.`,
    });
    return { at: 'on-premises', tgwId };
  }
  return intoVpc(ctx, best.vpcId, packet);
}

/** A service's reply: back through the gateway endpoint it came in by, or over the internet. */
export function fromService(
  ctx: WalkContext,
  endpoint: { id: string; vpcId: string } | null,
  packet: Packet,
): Arrival {
  if (endpoint === null) return ontoInternet(ctx, packet);
  step(ctx, 'gateway-endpoint', endpoint.id, packet, {
    allowed: true,
    reason: `the reply comes back through ${endpoint.id} into ${endpoint.vpcId}.`,
  });
  return intoVpc(ctx, endpoint.vpcId, packet);
}
