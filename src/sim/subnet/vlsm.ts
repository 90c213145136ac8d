import { InputError, cidrSize, formatCidr, formatIpv4, parseCidr } from '../ip';
import type { VlsmAllocation } from './types';

/** Addresses a subnet for `hosts` hosts needs: hosts + network + broadcast, rounded up to a power of two (at least a /30). */
export function blockSizeForHosts(hosts: number): number {
  let size = 4;
  while (size - 2 < hosts) size *= 2;
  return size;
}

/** Carves one subnet per request out of `base`, largest block first (equal blocks in input order), returned in input order. */
export function vlsm(base: string, hostsNeeded: number[]): VlsmAllocation[] {
  const block = parseCidr(base, { field: 'base' });
  hostsNeeded.forEach(checkHostCount);
  const sizes = hostsNeeded.map(blockSizeForHosts);
  const needed = sizes.reduce((sum, size) => sum + size, 0);
  const available = cidrSize(block.prefix);
  if (needed > available) {
    throw new InputError(
      `These subnets need ${needed.toLocaleString('en-US')} addresses in all (blocks of ${sizes.join(' + ')}), but ${formatCidr(block)} has only ${available.toLocaleString('en-US')}: use a larger block or fewer hosts.`,
      'hostsNeeded',
    );
  }
  const order = sizes
    .map((size, index) => ({ size, index }))
    .sort((a, b) => b.size - a.size || a.index - b.index);
  const networks = new Array<number>(sizes.length);
  let next = block.network;
  for (const { size, index } of order) {
    networks[index] = next;
    next += size;
  }
  return hostsNeeded.map((hosts, index) => ({
    cidr: `${formatIpv4(networks[index] ?? 0)}/${String(32 - Math.log2(sizes[index] ?? 1))}`,
    hosts,
  }));
}

/** The most hosts one request can ask for: a /0 less its network and broadcast addresses. */
const MAX_HOSTS = 4_294_967_294;

/** Longer text is cut short when a message quotes it back. */
const MAX_QUOTED_LENGTH = 20;

/** Reads host counts as typed, one per subnet ("1,000" is 1000); text that is not a whole number throws, naming its row. */
export function hostCountsFromText(texts: readonly string[]): number[] {
  return texts.map((text, index) => {
    const typed = text.trim();
    // Thousands separators are allowed between digits, as in the drills' number answers.
    const digits = typed.replace(/(?<=\d)[\s,_'’](?=\d)/g, '');
    if (/^-?\d+$/.test(digits)) return Number(digits);
    throw new InputError(
      typed === ''
        ? `${whose(index)} host count is empty: type how many hosts it needs, a whole number from 1 to 4,294,967,294.`
        : `${whose(index)} host count is not a whole number (got '${quoted(typed)}'): type how many hosts it needs, e.g. 50.`,
      `hostsNeeded[${String(index)}]`,
    );
  });
}

/** Refuses a host count that is not a whole number of at least 1. */
function checkHostCount(hosts: number, index: number): void {
  if (!Number.isFinite(hosts)) {
    throw new InputError(
      `${whose(index)} host count is not a whole number (got ${String(hosts)}): each request is a whole number of hosts from 1 to 4,294,967,294.`,
      `hostsNeeded[${String(index)}]`,
    );
  }
  if (!Number.isInteger(hosts) || hosts < 1 || hosts > MAX_HOSTS) {
    throw new InputError(
      `Subnet ${String(index + 1)} asks for ${String(hosts)} hosts: each request is a whole number of hosts from 1 to 4,294,967,294.`,
      `hostsNeeded[${String(index)}]`,
    );
  }
}

/** The possessive for a request's position ("Subnet 2's"). */
function whose(index: number): string {
  return `Subnet ${String(index + 1)}'s`;
}

/** Text to quote in a message, cut short with an ellipsis when it is long. */
function quoted(text: string): string {
  return text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH)}…` : text;
}
