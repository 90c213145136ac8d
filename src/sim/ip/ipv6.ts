import { InputError } from './input-error';

/** An IPv6 CIDR block: the network address as an unsigned 128-bit bigint and the prefix length. */
export interface Cidr6 {
  readonly network: bigint;
  readonly prefix: number;
}

const ADDRESS_EXAMPLE = 'e.g. fd00:10:244::1';
const CIDR_EXAMPLE = 'e.g. fd00:10:244::/48';
/** The longest IPv6 text form is 45 characters (with an embedded dotted quad); anything longer is refused. */
const MAX_INPUT_LENGTH = 64;
const ALL_ONES = (1n << 128n) - 1n;

/** Parses an IPv6 address in hex form ("fd00::1", "2001:db8:0:0:0:0:0:1") into a 128-bit bigint. */
export function parseIpv6(text: string, field?: string): bigint {
  const input = text.trim();
  if (input === '') {
    throw new InputError(`Enter an IPv6 address (${ADDRESS_EXAMPLE}); this one is empty.`, field);
  }
  checkShape(input, ADDRESS_EXAMPLE, field);
  const halves = input.split('::');
  if (halves.length > 2) {
    throw new InputError(
      `'${input}' uses '::' twice: it may stand for one run of zero groups only (${ADDRESS_EXAMPLE}).`,
      field,
    );
  }
  const [head = '', tail] = halves;
  const before = readGroups(input, head, field);
  const after = tail === undefined ? [] : readGroups(input, tail, field);
  const written = before.length + after.length;
  if (tail === undefined ? written !== 8 : written > 7) {
    throw new InputError(
      `'${input}' has ${String(written)} groups: an IPv6 address has eight groups of up to four hex digits, and '::' replaces one or more groups of zeros.`,
      field,
    );
  }
  const groups = [...before, ...Array<number>(8 - written).fill(0), ...after];
  return groups.reduce((value, group) => (value << 16n) | BigInt(group), 0n);
}

/** Refuses text that cannot be an IPv6 address at all, with the reason a learner can act on. */
function checkShape(input: string, example: string, field?: string): void {
  if (input.length > MAX_INPUT_LENGTH) {
    throw new InputError(
      `That entry is ${String(input.length)} characters long; an IPv6 address or CIDR block is much shorter (${example}).`,
      field,
    );
  }
  if (/\s/.test(input)) {
    throw new InputError(
      `'${input}' contains a space: write it without spaces (${example}).`,
      field,
    );
  }
  if (input.includes('%')) {
    throw new InputError(
      `'${input}' has a zone index (%…), which only means something on one host: leave it out.`,
      field,
    );
  }
  if (input.includes('.')) {
    throw new InputError(
      `'${input}' mixes a dotted IPv4 part into an IPv6 address: write the last 32 bits as two hex groups instead.`,
      field,
    );
  }
}

/** Reads the colon-separated hex groups on one side of '::'. */
function readGroups(input: string, part: string, field?: string): number[] {
  if (part === '') return [];
  return part.split(':').map((group) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) {
      throw new InputError(
        group === ''
          ? `'${input}' has a group missing (a single ':' at the start or end, or ':::').`
          : `'${input}': '${group}' is not a group of one to four hex digits (0-9, a-f).`,
        field,
      );
    }
    return Number.parseInt(group, 16);
  });
}

/** Formats a 128-bit bigint in the RFC 5952 form: lower case, no leading zeros, longest zero run as '::'. */
export function formatIpv6(ip: bigint): string {
  if (ip < 0n || ip > ALL_ONES) {
    throw new RangeError(`formatIpv6 needs a value from 0 to 2^128 - 1, got ${ip.toString()}`);
  }
  const groups = Array.from({ length: 8 }, (_, i) =>
    Number((ip >> BigInt(112 - 16 * i)) & 0xffffn),
  );
  const run = longestZeroRun(groups);
  const hex = groups.map((group) => group.toString(16));
  if (run.length < 2) return hex.join(':');
  return `${hex.slice(0, run.start).join(':')}::${hex.slice(run.start + run.length).join(':')}`;
}

/** The first longest run of zero groups (RFC 5952 compresses that one, and only if it is two or more). */
function longestZeroRun(groups: readonly number[]): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  let start = -1;
  groups.forEach((group, i) => {
    if (group !== 0) {
      start = -1;
      return;
    }
    if (start < 0) start = i;
    if (i - start + 1 > best.length) best = { start, length: i - start + 1 };
  });
  return best;
}

/** The netmask of an IPv6 prefix length as a 128-bit bigint. */
function maskFromPrefix6(prefix: number): bigint {
  return prefix === 0 ? 0n : (ALL_ONES << BigInt(128 - prefix)) & ALL_ONES;
}

/** Parses "fd00:10:244::/48"; host bits are refused (with the fix) unless allowHostBits is set. */
export function parseCidr6(
  text: string,
  options: { field?: string; allowHostBits?: boolean } = {},
): Cidr6 {
  const { field, allowHostBits = false } = options;
  const input = text.trim();
  if (input === '') {
    throw new InputError(`Enter an IPv6 CIDR block (${CIDR_EXAMPLE}); this one is empty.`, field);
  }
  checkShape(input, CIDR_EXAMPLE, field);
  const pieces = input.split('/');
  const [addressText = '', prefixText] = pieces;
  if (pieces.length !== 2 || prefixText === undefined) {
    throw new InputError(
      pieces.length === 1
        ? `'${input}' has no prefix length: add a slash and the number of network bits (${CIDR_EXAMPLE}).`
        : `'${input}' has more than one slash (${CIDR_EXAMPLE}).`,
      field,
    );
  }
  const address = parseIpv6(addressText, field);
  if (!/^\d+$/.test(prefixText) || Number(prefixText) > 128 || /^0\d/.test(prefixText)) {
    throw new InputError(
      `'${input}' has prefix /${prefixText}: an IPv6 prefix length is a whole number from 0 to 128.`,
      field,
    );
  }
  const prefix = Number(prefixText);
  const network = address & maskFromPrefix6(prefix);
  if (network !== address && !allowHostBits) {
    throw new InputError(
      `'${input}' has host bits set: the network of a /${prefixText} is ${formatIpv6(network)}, so write ${formatIpv6(network)}/${prefixText}.`,
      field,
    );
  }
  return { network, prefix };
}

/** Formats an IPv6 CIDR block as "fd00:10:244::/48". */
export function formatCidr6(cidr: Cidr6): string {
  return `${formatIpv6(cidr.network)}/${String(cidr.prefix)}`;
}

/** Whether an IPv6 address (128-bit bigint) lies inside an IPv6 CIDR block. */
export function cidr6Contains(cidr: Cidr6, ip: bigint): boolean {
  return (ip & maskFromPrefix6(cidr.prefix)) === cidr.network;
}

/** Formats a 128-bit bigint in full: eight groups of four lower-case hex digits, nothing left out. */
export function formatIpv6Expanded(ip: bigint): string {
  if (ip < 0n || ip > ALL_ONES) {
    throw new RangeError(
      `formatIpv6Expanded needs a value from 0 to 2^128 - 1, got ${ip.toString()}`,
    );
  }
  return ip
    .toString(16)
    .padStart(32, '0')
    .replace(/(.{4})(?!$)/g, '$1:');
}
