import { formatIpv4, parseIpv4 } from '../ip';
import type { CompiledNetwork, CompiledSubnet, CompiledVpc, Eni } from './compiled';
import type { AwsService, Hop, HopKind, Packet } from './types';

/** Where a leg ended: at an ENI, an internet host, an AWS service, on premises, or dropped. */
export type Arrival =
  | { at: 'eni'; eni: Eni }
  | { at: 'internet'; address: string }
  | { at: 'service'; service: AwsService; endpoint: { id: string; vpcId: string } | null }
  | { at: 'on-premises'; tgwId: string }
  | { at: 'dropped' };

/** The state of one walk: the hops so far, which leg it is, and the NAT gateways' translations. */
export interface WalkContext {
  network: CompiledNetwork;
  leg: 'request' | 'reply';
  hops: Hop[];
  /** NAT gateway id → the packet it translated on the request (its connection tracking). */
  natTable: Map<string, Packet>;
}

/** Records one hop and says whether the packet goes on. */
export function step(
  ctx: WalkContext,
  kind: HopKind,
  resource: string,
  packet: Packet,
  decision: {
    allowed: boolean;
    reason: string;
    rule?: string | undefined;
    ruleKey?: string | undefined;
    direction?: 'inbound' | 'outbound' | undefined;
  },
  translation?: { before: Packet; after: Packet },
): boolean {
  ctx.hops.push({
    kind,
    resource,
    allowed: decision.allowed,
    reason: decision.reason,
    packet: { ...packet },
    ...(decision.rule === undefined ? {} : { rule: decision.rule }),
    ...(decision.ruleKey === undefined ? {} : { ruleKey: decision.ruleKey }),
    ...(decision.direction === undefined ? {} : { direction: decision.direction }),
    ...(translation ? { translation } : {}),
  });
  return decision.allowed;
}

/** The VPC an ENI or subnet belongs to (the compiler guarantees it exists). */
export function vpcOf(ctx: WalkContext, vpcId: string): CompiledVpc {
  const vpc = ctx.network.vpcs.get(vpcId);
  if (!vpc) throw new Error(`unknown VPC ${vpcId}`);
  return vpc;
}

/** The subnet an ENI sits in. */
export function subnetOf(ctx: WalkContext, eni: Eni): CompiledSubnet {
  const subnet = vpcOf(ctx, eni.vpcId).subnets.get(eni.subnetId);
  if (!subnet) throw new Error(`unknown subnet ${eni.subnetId}`);
  return subnet;
}

/** The ENI with a private address in a VPC, if any. */
export function eniAt(vpc: CompiledVpc, address: string): Eni | undefined {
  return vpc.enis.get(parseIpv4(address));
}

/** An ENI's private address as text. */
export function privateAddress(eni: Eni): string {
  return formatIpv4(eni.privateIp);
}
