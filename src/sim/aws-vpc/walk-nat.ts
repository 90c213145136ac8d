import { sendFromEni, aclStep, arriveAtEni } from './walk';
import { privateAddress, step, type Arrival, type WalkContext } from './walk-context';
import type { CompiledSubnet, Eni } from './compiled';
import type { Packet } from './types';

// NAT gateways on the walk: source NAT on the way out, its reverse for the reply, nothing in.

/** Routes a packet to a NAT gateway: out of this subnet, into the NAT's (unless they are the same). */
export function towardsNat(
  ctx: WalkContext,
  from: Eni,
  subnet: CompiledSubnet,
  natId: string,
  packet: Packet,
): Arrival {
  const nat = ctx.network.natGateways.get(natId);
  if (!nat) throw new Error(`unknown NAT gateway ${natId}`);
  if (ctx.leg === 'reply') {
    step(ctx, 'nat', natId, packet, {
      allowed: false,
      reason: `the reply would leave through ${natId}, which would give it a different source address; the client never sent anything to that address, so the connection fails (asymmetric routing).`,
    });
    return { at: 'dropped' };
  }
  if (from.kind === 'nat') {
    step(ctx, 'nat', natId, packet, {
      allowed: false,
      reason: `${from.id} would hand it to a NAT gateway again: a NAT gateway must sit in a public subnet, whose route table sends 0.0.0.0/0 to an internet gateway.`,
    });
    return { at: 'dropped' };
  }
  const crosses = nat.subnetId !== subnet.id;
  if (crosses && !aclStep(ctx, subnet, 'outbound', packet)) return { at: 'dropped' };
  return arriveAtEni(ctx, nat, packet, crosses);
}

/** A NAT gateway: source-translates outgoing connections, and untranslates their replies. */
export function throughNat(ctx: WalkContext, nat: Eni, packet: Packet): Arrival {
  if (packet.dst === privateAddress(nat)) {
    const original = ctx.natTable.get(nat.id);
    if (!original || original.dst !== packet.src || original.protocol !== packet.protocol) {
      step(ctx, 'nat', nat.id, packet, {
        allowed: false,
        reason: `${nat.id} drops it: a NAT gateway lets private instances start connections out, never lets a connection in.`,
      });
      return { at: 'dropped' };
    }
    const after = { ...packet, dst: original.src, dstPort: original.srcPort };
    step(
      ctx,
      'nat',
      nat.id,
      packet,
      {
        allowed: true,
        reason: `${nat.id} matches its translation and sends the reply back to ${after.dst}:${String(after.dstPort)}.`,
      },
      { before: packet, after },
    );
    return sendFromEni(ctx, nat, after);
  }
  if (ctx.leg === 'reply') {
    step(ctx, 'nat', nat.id, packet, {
      allowed: false,
      reason: `${nat.id} would translate this reply's source, so it would not match the connection: dropped.`,
    });
    return { at: 'dropped' };
  }
  const after = { ...packet, src: privateAddress(nat) };
  ctx.natTable.set(nat.id, { ...packet });
  step(
    ctx,
    'nat',
    nat.id,
    packet,
    {
      allowed: true,
      reason: `${nat.id} translates the source ${packet.src} to its own address ${after.src} (source NAT); it remembers the connection for the reply.`,
    },
    { before: packet, after },
  );
  return sendFromEni(ctx, nat, after);
}
