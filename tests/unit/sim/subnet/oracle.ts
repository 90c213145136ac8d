// Independent reference answers for the subnet tests, computed with strings and brute force
// rather than the engine's bit arithmetic, so a shared mistake cannot make both agree.

/** An IPv4 address as its 32 bits, written as a string of 0s and 1s. */
export function bitsOf(address: string): string {
  return address
    .split('.')
    .map((octet) => Number(octet).toString(2).padStart(8, '0'))
    .join('');
}

/** A dotted quad from a 32-character string of bits. */
export function addressOfBits(bits: string): string {
  return [0, 8, 16, 24].map((i) => String(Number.parseInt(bits.slice(i, i + 8), 2))).join('.');
}

/** Adds a (small, possibly negative) number to an address, through its bit string. */
export function addToAddress(address: string, delta: number): string {
  const value = Number.parseInt(bitsOf(address), 2) + delta;
  return addressOfBits(value.toString(2).padStart(32, '0'));
}

/** Reads "a.b.c.d/p" or "a.b.c.d m.m.m.m" into the address and prefix, counting the mask's 1s. */
export function readGiven(value: string): { address: string; prefix: number } {
  const [address = '', rest = ''] = value.split(/[ /]/);
  if (!rest.includes('.')) return { address, prefix: Number(rest) };
  const maskBits = bitsOf(rest);
  const prefix = maskBits.indexOf('0') === -1 ? 32 : maskBits.indexOf('0');
  if (maskBits.slice(prefix).includes('1')) throw new Error(`bad mask in test data: ${rest}`);
  return { address, prefix };
}

/** The expected analysis of an address and prefix, by string slicing of its bits. */
export function analyzeOracle(address: string, prefix: number): Record<string, string> {
  const bits = bitsOf(address);
  const network = addressOfBits(bits.slice(0, prefix).padEnd(32, '0'));
  const last = addressOfBits(bits.slice(0, prefix).padEnd(32, '1'));
  if (prefix === 32) {
    return { network, broadcast: 'none', firstHost: network, lastHost: network, usableHosts: '1' };
  }
  if (prefix === 31) {
    return { network, broadcast: 'none', firstHost: network, lastHost: last, usableHosts: '2' };
  }
  return {
    network,
    broadcast: last,
    firstHost: addToAddress(network, 1),
    lastHost: addToAddress(last, -1),
    usableHosts: String(2 ** (32 - prefix) - 2),
  };
}

/** The block size for a host count, by trying every size from 4 upwards. */
export function blockFor(hosts: number): number {
  for (let bits = 2; bits <= 32; bits++) if (2 ** bits - 2 >= hosts) return 2 ** bits;
  throw new Error('too many hosts');
}

/** VLSM by brute force: each request (largest first, ties in order) takes the lowest free aligned block. */
export function vlsmOracle(
  baseStart: number,
  baseSize: number,
  hosts: number[],
): { start: number; size: number }[] {
  const order = hosts
    .map((h, i) => ({ i, size: blockFor(h) }))
    .sort((a, b) => b.size - a.size || a.i - b.i);
  const taken: { start: number; size: number }[] = [];
  const result: { start: number; size: number }[] = [];
  for (const { i, size } of order) {
    for (let start = baseStart; start + size <= baseStart + baseSize; start += size) {
      const clash = taken.some((t) => start < t.start + t.size && t.start < start + size);
      if (!clash) {
        taken.push({ start, size });
        result[i] = { start, size };
        break;
      }
    }
  }
  return result;
}

/** The full form of an IPv6 address, by filling in '::' with string operations. */
export function expandOracle(text: string): string {
  const [head = '', tail] = withoutDottedQuad(text).toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...middle, ...right].map((g) => g.padStart(4, '0')).join(':');
}

/** Rewrites a trailing dotted IPv4 part ("::ffff:192.0.2.1") as two hex groups. */
function withoutDottedQuad(text: string): string {
  const match = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (!match) return text;
  const [a, b, c, d] = match.slice(1).map(Number) as [number, number, number, number];
  return text.replace(match[0], `${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`);
}

/** RFC 5952 text, by string operations: strip zeros, then find the first longest run of "0" groups. */
export function compressOracle(text: string): string {
  const groups = expandOracle(text)
    .split(':')
    .map((g) => g.replace(/^0+/, '') || '0');
  let best = { start: -1, length: 0 };
  for (let start = 0; start < 8; start++) {
    let length = 0;
    while (start + length < 8 && groups[start + length] === '0') length++;
    if (length > best.length) best = { start, length };
  }
  if (best.length < 2) return groups.join(':');
  return `${groups.slice(0, best.start).join(':')}::${groups.slice(best.start + best.length).join(':')}`;
}

/** The modified EUI-64 address, by editing hex strings: flip bit 0x02 of the first octet, insert fffe. */
export function eui64Oracle(mac: string, prefix: string): string {
  const hex = mac.replace(/[^0-9a-fA-F]/g, '').toLowerCase();
  const firstOctet = (Number.parseInt(hex.slice(0, 2), 16) ^ 2).toString(16).padStart(2, '0');
  const id = `${firstOctet}${hex.slice(2, 6)}fffe${hex.slice(6)}`;
  const head = expandOracle(prefix.split('/')[0] ?? '')
    .split(':')
    .slice(0, 4);
  return compressOracle(
    [...head, id.slice(0, 4), id.slice(4, 8), id.slice(8, 12), id.slice(12)].join(':'),
  );
}

/** The IPv6 type, by looking at the leading hex digits of the full form. */
export function ipv6TypeOracle(text: string): string {
  const full = expandOracle(text);
  if (full === '0000:0000:0000:0000:0000:0000:0000:0000') return 'unspecified';
  if (full === '0000:0000:0000:0000:0000:0000:0000:0001') return 'loopback';
  if (full.startsWith('0000:0000:0000:0000:0000:ffff:')) return 'ipv4-mapped';
  if (full.startsWith('2001:0db8:')) return 'documentation';
  if (full.startsWith('ff')) return 'multicast';
  if (['fe8', 'fe9', 'fea', 'feb'].some((p) => full.startsWith(p))) return 'link-local';
  if (full.startsWith('fc') || full.startsWith('fd')) return 'unique-local';
  return 'global-unicast';
}
