import { maskFromPrefix } from '../ip';
import type { Random } from './prng';

/** First octets of class A, B and C addresses, leaving out 0 ("this network") and 127 (loopback). */
const UNICAST_FIRST_OCTETS = [...range(1, 126), ...range(128, 223)];

/** A random unicast address with a first octet from 1 to 223 other than 127, often a private one. */
export function randomUnicastAddress(random: Random): number {
  if (random.chance(0.4)) return randomPrivateAddress(random, 16);
  const first = random.pick(UNICAST_FIRST_OCTETS);
  return first * 2 ** 24 + random.int(0, 2 ** 24 - 1);
}

/** The RFC 1918 private blocks. */
const PRIVATE_BLOCKS = [
  { network: 0x0a000000, prefix: 8 },
  { network: 0xac100000, prefix: 12 },
  { network: 0xc0a80000, prefix: 16 },
] as const;

/** A random address inside an RFC 1918 block that can hold a block of the given prefix. */
export function randomPrivateAddress(random: Random, prefix: number): number {
  const block = random.pick(PRIVATE_BLOCKS.filter((b) => b.prefix <= prefix));
  return block.network + random.int(0, 2 ** (32 - block.prefix) - 1);
}

/** The network address of the block of a prefix that holds an address. */
export function networkOf(address: number, prefix: number): number {
  return (address & maskFromPrefix(prefix)) >>> 0;
}

/** The whole numbers from `from` to `to`, both included. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
