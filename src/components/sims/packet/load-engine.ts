// The packet walker's engine loads on the learner's first change: a lesson renders every walker's
// first walk from build-time props, so its page ships no packet engine until the learner picks
// another path or style, or types an MTU. One load per page: the walkers of a lesson share the
// same promise (a failed load is tried again next time).
import type * as PacketEngineModule from './packet-engine';

/** The packet engine, behind the walker's one call. */
export type PacketEngine = typeof PacketEngineModule;

let packetEngine: Promise<PacketEngine> | null = null;

/** Loads the walker's engine (once per page; again after a failure). */
export function loadPacketEngine(): Promise<PacketEngine> {
  packetEngine ??= import('./packet-engine').catch((error: unknown) => {
    packetEngine = null;
    throw error;
  });
  return packetEngine;
}
