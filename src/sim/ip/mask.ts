import { InputError } from './input-error';
import { formatIpv4, maskFromPrefix, parseIpv4 } from './ipv4';

const MASK_EXAMPLE = 'e.g. 255.255.255.0';

/** The prefix length of a netmask given as a uint32, or null when its 1 bits are not contiguous. */
export function prefixFromMask(mask: number): number | null {
  const prefix = leadingOnes(mask);
  return maskFromPrefix(prefix) === mask ? prefix : null;
}

/** Writes a uint32 as four 8-bit binary groups ("11111111.11111111.11111111.00000000"). */
export function binaryFromIpv4(ip: number): string {
  return formatIpv4(ip)
    .split('.')
    .map((octet) => Number(octet).toString(2).padStart(8, '0'))
    .join('.');
}

/** Parses a dotted netmask ("255.255.248.0") into its prefix length, explaining a mask that is not one. */
export function parseMask(text: string, field?: string): number {
  const input = text.trim();
  if (input === '') {
    throw new InputError(`Enter a subnet mask (${MASK_EXAMPLE}); this one is empty.`, field);
  }
  const mask = parseIpv4(input, field);
  const prefix = prefixFromMask(mask);
  if (prefix !== null) return prefix;
  const inverse = ~mask >>> 0;
  const asWildcard = prefixFromMask(inverse);
  if (asWildcard !== null) {
    throw new InputError(
      `'${input}' looks like a wildcard mask (0s first, then 1s), the inverse of a subnet mask: the subnet mask would be ${formatIpv4(inverse)} (/${String(asWildcard)}).`,
      field,
    );
  }
  const longest = leadingOnes(mask);
  throw new InputError(
    `'${input}' is not a subnet mask: in binary it is ${binaryFromIpv4(mask)}, where a 0 is followed by a 1. A mask is a run of 1s followed only by 0s; the nearest one it starts with is ${formatIpv4(maskFromPrefix(longest))} (/${String(longest)}).`,
    field,
  );
}

/** Counts the 1 bits at the start of a uint32 (before its first 0). */
function leadingOnes(value: number): number {
  let count = 0;
  while (count < 32 && Math.floor(value / 2 ** (31 - count)) % 2 === 1) count++;
  return count;
}
