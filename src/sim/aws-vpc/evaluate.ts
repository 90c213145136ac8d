import { cidrContains, formatIpv4, InputError, parseIpv4 } from '../ip';
import { portAt } from './checks';
import { compileNetwork } from './compile';
import type { CompiledNetwork } from './compiled';
import { sendFromEni } from './walk';
import { step, type Arrival, type WalkContext } from './walk-context';
import { fromService, ontoInternet, throughTransitGateway } from './walk-outside';
import type { AwsNetwork, Flow, FlowEndpoint, FlowResult, Leg, Packet } from './types';

/** The client port a flow uses when it names none: inside the ephemeral ranges of Linux (32768–61000), Windows (49152–65535) and NAT gateways (1024–65535). */
export const DEFAULT_SOURCE_PORT = 49152;

/**
 * Walks a flow through the network: the request hop by hop (route, security groups, network ACLs,
 * gateways, NAT), then, if it arrived, the reply back. Bad input throws an InputError.
 */
export function evaluateFlow(network: AwsNetwork, flow: Flow): FlowResult {
  return evaluateCompiled(compileNetwork(network), flow);
}

/** evaluateFlow on a network compiled once (for callers that walk many flows). */
export function evaluateCompiled(network: CompiledNetwork, flow: Flow): FlowResult {
  if (flow.protocol !== 'tcp' && flow.protocol !== 'udp') {
    throw new InputError(
      `The flow's protocol must be tcp or udp, not '${String(flow.protocol)}'.`,
      'protocol',
    );
  }
  const packet: Packet = {
    protocol: flow.protocol,
    src: sourceAddress(network, flow.from),
    srcPort: portAt(flow.sourcePort ?? DEFAULT_SOURCE_PORT, 'sourcePort'),
    dst: '',
    dstPort: portAt(flow.port, 'port'),
  };
  const requestCtx: WalkContext = { network, leg: 'request', hops: [], natTable: new Map() };
  const arrival = startRequest(requestCtx, flow, packet);
  const request: Leg = { allowed: arrival.at !== 'dropped', hops: requestCtx.hops };
  if (arrival.at === 'dropped')
    return { allowed: false, request, reply: null, summary: summaryOf(request, null) };
  const last = requestCtx.hops.at(-1)?.packet ?? packet;
  const replyPacket: Packet = {
    protocol: last.protocol,
    src: last.dst,
    srcPort: last.dstPort,
    dst: last.src,
    dstPort: last.srcPort,
  };
  const replyCtx: WalkContext = { ...requestCtx, leg: 'reply', hops: [] };
  const back = startReply(replyCtx, arrival, replyPacket);
  const reply: Leg = { allowed: back.at !== 'dropped', hops: replyCtx.hops };
  return { allowed: reply.allowed, request, reply, summary: summaryOf(request, reply) };
}

/** The address a flow's client sends from. */
function sourceAddress(network: CompiledNetwork, from: FlowEndpoint): string {
  if ('instance' in from) return formatIpv4(instanceOf(network, from.instance).privateIp);
  if ('internet' in from) return formatIpv4(parseIpv4(from.internet, 'from.internet'));
  if ('onPremises' in from) {
    const ip = parseIpv4(from.onPremises, 'from.onPremises');
    if (!network.onPremises.some((o) => cidrContains(o.cidr, ip))) {
      throw new InputError(
        `${from.onPremises} is not in any on-premises CIDR (a transit gateway's VpnCidrs).`,
        'from.onPremises',
      );
    }
    return formatIpv4(ip);
  }
  throw new InputError(
    `${from.service} does not open connections here: put it on the 'to' side of the flow.`,
    'from',
  );
}

/** An instance by id, or an InputError naming the ones that exist. */
function instanceOf(network: CompiledNetwork, id: string) {
  const eni = network.instances.get(id);
  if (!eni)
    throw new InputError(
      `There is no instance '${id}' (instances: ${[...network.instances.keys()].join(', ')}).`,
      'instance',
    );
  return eni;
}

/** Starts the request from the flow's client towards the address its server is known by. */
function startRequest(ctx: WalkContext, flow: Flow, packet: Packet): Arrival {
  const to = flow.to;
  const fromOutside = !('instance' in flow.from);
  if ('instance' in to) {
    const eni = instanceOf(ctx.network, to.instance);
    if ('internet' in flow.from && eni.publicIp === null) {
      const gateway = ctx.network.vpcs.get(eni.vpcId)?.internetGatewayId ?? eni.vpcId;
      step(ctx, 'internet-gateway', gateway, packet, {
        allowed: false,
        reason: `${eni.label} has no public IPv4 address or Elastic IP, so nothing on the internet can address it.`,
      });
      return { at: 'dropped' };
    }
    packet.dst = formatIpv4(
      'internet' in flow.from && eni.publicIp !== null ? eni.publicIp : eni.privateIp,
    );
  } else if ('service' in to) {
    packet.dst = serviceAddress(ctx.network, to.service);
  } else {
    packet.dst = formatIpv4(parseIpv4('internet' in to ? to.internet : to.onPremises, 'to'));
  }
  if (!fromOutside)
    return sendFromEni(
      ctx,
      instanceOf(ctx.network, (flow.from as { instance: string }).instance),
      packet,
    );
  return 'internet' in flow.from ? ontoInternet(ctx, packet) : fromOnPremises(ctx, packet);
}

/** An address of an AWS service: the first host of the first CIDR of its prefix list. */
function serviceAddress(network: CompiledNetwork, service: string): string {
  const list = [...network.prefixLists.values()].find((l) => l.service === service);
  const cidr = list?.cidrs[0];
  if (!cidr)
    throw new InputError(
      `The model has no prefix list for ${service}: add one under PrefixLists with ServiceName: ${service}.`,
      'to',
    );
  return formatIpv4(cidr.network + 1);
}

/** Traffic from on premises enters over the VPN into the transit gateway that propagates its CIDR. */
function fromOnPremises(ctx: WalkContext, packet: Packet): Arrival {
  const src = parseIpv4(packet.src);
  const site = ctx.network.onPremises.find((o) => cidrContains(o.cidr, src));
  if (!site) return { at: 'dropped' }; // sourceAddress has refused such a flow already
  step(ctx, 'transit-gateway', site.tgwId, packet, {
    allowed: true,
    reason: `the on-premises network sends it over the Site-to-Site VPN to ${site.tgwId}.`,
  });
  return throughTransitGateway(ctx, site.tgwId, packet);
}

/** Starts the reply where the request arrived. */
function startReply(
  ctx: WalkContext,
  arrival: Exclude<Arrival, { at: 'dropped' }>,
  packet: Packet,
): Arrival {
  switch (arrival.at) {
    case 'eni':
      return sendFromEni(ctx, arrival.eni, packet);
    case 'internet':
      return ontoInternet(ctx, packet);
    case 'service':
      return fromService(ctx, arrival.endpoint, packet);
    case 'on-premises':
      return throughTransitGateway(ctx, arrival.tgwId, packet);
  }
}

/** One sentence: allowed, or the leg and step that refused. */
function summaryOf(request: Leg, reply: Leg | null): string {
  const refused = (leg: Leg) => leg.hops.find((h) => !h.allowed)?.reason ?? 'dropped.';
  if (!request.allowed) return `Denied on the way there: ${refused(request)}`;
  if (reply && !reply.allowed)
    return `The request arrives, but the reply is denied: ${refused(reply)}`;
  return 'Allowed: the request arrives and the reply comes back.';
}
