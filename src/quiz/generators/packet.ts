import { registerGenerator, type QuestionGenerator } from '../generators';
import { packetQuestion } from './packet-question';
import { PACKET_TAGS } from './packet-text';

// Question generators over the packet walker (src/sim/packet walkPacket). Nothing registers them
// on import; call registerPacketGenerators() where wanted.

/** The packet generators, in a fixed order. */
export const PACKET_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'packet-next-hop',
    title: 'The next hop of a packet, or where its address is rewritten',
    topics: PACKET_TAGS,
    kinds: ['single'],
    generate: packetQuestion,
  },
];

/** Registers every packet generator (safe to call more than once). */
export function registerPacketGenerators(): void {
  for (const generator of PACKET_GENERATORS) registerGenerator(generator);
}
