import { InputError, cidrSize, formatCidr, formatIpv4, parseCidr, subnetAt } from '../ip';

/** The most subnets splitSubnet lists at once, so a typo cannot ask for millions of rows. */
export const MAX_SPLIT_COUNT = 65_536;

/** Splits a block into the smallest power of two of equal subnets that is at least `count`; returns the first `count`. */
export function splitSubnet(cidr: string, count: number): string[] {
  const block = parseCidr(cidr, { field: 'cidr' });
  if (!Number.isInteger(count) || count < 1 || count > MAX_SPLIT_COUNT) {
    throw new InputError(
      `Split into how many subnets? Enter a whole number from 1 to ${MAX_SPLIT_COUNT.toLocaleString('en-US')} (got ${String(count)}).`,
      'count',
    );
  }
  const extraBits = Math.ceil(Math.log2(count));
  const prefix = block.prefix + extraBits;
  if (prefix > 32) {
    throw new InputError(
      `${formatCidr(block)} has ${String(32 - block.prefix)} host bits, so it splits into at most ${cidrSize(block.prefix).toLocaleString('en-US')} subnets (/32s); ${String(count)} need ${String(extraBits)} bits.`,
      'count',
    );
  }
  return Array.from({ length: count }, (_, index) => formatCidr(subnetAt(block, prefix, index)));
}

/** The block of the same size right after this one (10.0.0.0/24 → 10.0.1.0/24). */
export function nextSubnet(cidr: string): string {
  const block = parseCidr(cidr, { field: 'cidr' });
  const next = block.network + cidrSize(block.prefix);
  if (next > 0xffffffff) {
    throw new InputError(
      `${formatCidr(block)} ends at ${formatIpv4(next - 1)}, the last IPv4 address, so there is no next /${String(block.prefix)}.`,
      'cidr',
    );
  }
  return formatCidr({ network: next, prefix: block.prefix });
}
