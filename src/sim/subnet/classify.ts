import { formatCidr, parseIpv4 } from '../ip';
import { ipv4Range } from './blocks';
import type { ClassfulClass, SpecialRange } from './types';

/** Special-purpose IPv4 ranges, most specific first so the narrowest match wins. */
const SPECIAL_RANGES: readonly { name: string; rfc: string; network: string; prefix: number }[] = [
  { name: 'Limited broadcast', rfc: 'RFC 919', network: '255.255.255.255', prefix: 32 },
  { name: 'Documentation (TEST-NET-1)', rfc: 'RFC 5737', network: '192.0.2.0', prefix: 24 },
  { name: 'Documentation (TEST-NET-2)', rfc: 'RFC 5737', network: '198.51.100.0', prefix: 24 },
  { name: 'Documentation (TEST-NET-3)', rfc: 'RFC 5737', network: '203.0.113.0', prefix: 24 },
  { name: 'Link-local', rfc: 'RFC 3927', network: '169.254.0.0', prefix: 16 },
  { name: 'Private', rfc: 'RFC 1918', network: '192.168.0.0', prefix: 16 },
  { name: 'Private', rfc: 'RFC 1918', network: '172.16.0.0', prefix: 12 },
  {
    name: 'Shared address space (carrier-grade NAT)',
    rfc: 'RFC 6598',
    network: '100.64.0.0',
    prefix: 10,
  },
  { name: 'Private', rfc: 'RFC 1918', network: '10.0.0.0', prefix: 8 },
  { name: 'Loopback', rfc: 'RFC 1122', network: '127.0.0.0', prefix: 8 },
  { name: 'This network', rfc: 'RFC 1122', network: '0.0.0.0', prefix: 8 },
  { name: 'Multicast', rfc: 'RFC 5771', network: '224.0.0.0', prefix: 4 },
];

/** The classful class of an address by its first octet: A 0–127, B 128–191, C 192–223, D 224–239, E 240–255. */
export function classfulClass(address: string): ClassfulClass {
  const firstOctet = Math.floor(readAddress(address) / 2 ** 24);
  if (firstOctet < 128) return 'A';
  if (firstOctet < 192) return 'B';
  if (firstOctet < 224) return 'C';
  return firstOctet < 240 ? 'D' : 'E';
}

/** The special-purpose range an address belongs to (private, loopback, documentation …), or null. */
export function specialRange(address: string): SpecialRange | null {
  const ip = BigInt(readAddress(address));
  for (const range of SPECIAL_RANGES) {
    const { start, end } = ipv4Range(parseIpv4(range.network), range.prefix);
    if (start <= ip && ip <= end) {
      return {
        name: range.name,
        rfc: range.rfc,
        cidr: formatCidr({ network: Number(start), prefix: range.prefix }),
      };
    }
  }
  return null;
}

/** Reads an address, ignoring a "/prefix" or mask after it, since the class depends on the address alone. */
function readAddress(text: string): number {
  const [address = ''] = text.trim().split(/\s*\/|\s+/);
  return parseIpv4(address, 'address');
}
