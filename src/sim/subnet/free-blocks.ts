import { cidrSize, parseCidr } from '../ip';
import { blocksFromRange } from './summarize';

/** The part of `base` that no block of `used` covers, as the fewest aligned CIDR blocks, in address order. */
export function freeBlocks(base: string, used: readonly string[]): string[] {
  const block = parseCidr(base, { field: 'base' });
  const baseEnd = block.network + cidrSize(block.prefix) - 1;
  // IPv4 only (parseCidr, not the IPv6-aware parseRange), which keeps the VLSM island small.
  const taken = used
    .map((text, index) => parseCidr(text, { field: `used[${String(index)}]` }))
    .map((cidr) => ({ start: cidr.network, end: cidr.network + cidrSize(cidr.prefix) - 1 }))
    .sort((a, b) => a.start - b.start);
  const free: string[] = [];
  let next = block.network;
  for (const { start, end } of taken) {
    if (start > baseEnd) break;
    if (end < next) continue;
    if (start > next) free.push(...blocksFromRange(next, start - 1));
    next = end + 1;
  }
  if (next <= baseEnd) free.push(...blocksFromRange(next, baseEnd));
  return free;
}
