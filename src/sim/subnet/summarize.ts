import { InputError, formatCidr } from '../ip';
import { parseRange } from './blocks';

const ADDRESS_SPACE = 2 ** 32;

/** The smallest set of CIDR blocks that covers exactly the union of the given blocks (or addresses). */
export function summarize(cidrs: string[]): string[] {
  const ranges = cidrs
    .map((text, index) => parseIpv4Range(text, index))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged.flatMap(({ start, end }) => blocksFromRange(start, end));
}

/** Reads one entry of the list as an IPv4 range, naming its position if it is wrong. */
function parseIpv4Range(text: string, index: number): { start: number; end: number } {
  const field = `cidrs[${String(index)}]`;
  const range = parseRange(text, field);
  if (range.family === 6) {
    throw new InputError(
      `'${text.trim()}' is an IPv6 block; route summarization here works on IPv4 blocks (e.g. 10.1.0.0/24).`,
      field,
    );
  }
  return { start: Number(range.start), end: Number(range.end) };
}

/** Splits an inclusive address range into the fewest aligned CIDR blocks, largest possible first. */
export function blocksFromRange(start: number, end: number): string[] {
  const blocks: string[] = [];
  let at = start;
  while (at <= end) {
    let size = largestAlignedBlock(at);
    while (size > end - at + 1) size /= 2;
    blocks.push(formatCidr({ network: at, prefix: 32 - Math.log2(size) }));
    at += size;
  }
  return blocks;
}

/** The largest power-of-two block size that an address is aligned to (2^32 for 0.0.0.0). */
function largestAlignedBlock(address: number): number {
  let size = 1;
  while (size < ADDRESS_SPACE && address % (size * 2) === 0) size *= 2;
  return size;
}
