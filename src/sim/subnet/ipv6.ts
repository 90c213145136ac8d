import { InputError, formatIpv6, formatIpv6Expanded, parseCidr6 } from '../ip';
import { readIpv6 } from './ipv6-input';
import { interfaceIdFromMac, parseMac } from './mac';
import type { Ipv6Type } from './types';

/** IPv6 address types by leading bits, most specific first; anything else is global unicast (RFC 4291 2.4). */
const IPV6_TYPE_PREFIXES: readonly { type: Ipv6Type; network: bigint; prefix: number }[] = [
  { type: 'unspecified', network: 0n, prefix: 128 },
  { type: 'loopback', network: 1n, prefix: 128 },
  { type: 'ipv4-mapped', network: 0xffffn << 32n, prefix: 96 },
  { type: 'documentation', network: 0x20010db8n << 96n, prefix: 32 },
  { type: 'multicast', network: 0xffn << 120n, prefix: 8 },
  { type: 'link-local', network: 0xfe80n << 112n, prefix: 10 },
  { type: 'unique-local', network: 0xfcn << 120n, prefix: 7 },
];

/** RFC 5952 text of an address: lower case, no leading zeros, the longest zero run (2+ groups) as '::'. */
export function ipv6Compress(addr: string): string {
  return withOptionalPrefix(addr, formatIpv6);
}

/** The full form of an address: eight groups of four hex digits. */
export function ipv6Expand(addr: string): string {
  return withOptionalPrefix(addr, formatIpv6Expanded);
}

/** Formats an address, or a block "addr/len" keeping its length, with the given formatter. */
function withOptionalPrefix(text: string, format: (ip: bigint) => string): string {
  const input = text.trim();
  if (!input.includes('/')) return format(readIpv6(input, 'address'));
  const slash = input.indexOf('/');
  const prefixText = input.slice(slash + 1);
  const address = readIpv6(input.slice(0, slash), 'address');
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > 128 || /^0\d/.test(prefixText)) {
    throw new InputError(
      `'${input}' has prefix /${prefixText}: an IPv6 prefix length is a whole number from 0 to 128.`,
      'address',
    );
  }
  return `${format(address)}/${prefixText}`;
}

/** The type of an IPv6 address by its leading bits (anycast looks like unicast, so it cannot be told). */
export function ipv6Type(addr: string): Ipv6Type {
  const ip = readIpv6(addr, 'address');
  const match = IPV6_TYPE_PREFIXES.find(
    ({ network, prefix }) => ip >> BigInt(128 - prefix) === network >> BigInt(128 - prefix),
  );
  return match?.type ?? 'global-unicast';
}

/** The address a host forms from a /64 prefix and its MAC by modified EUI-64 (RFC 4291 appendix A). */
export function eui64(mac: string, prefix: string): string {
  const interfaceId = interfaceIdFromMac(parseMac(mac, 'mac'));
  const text = prefix.trim();
  const block = parseCidr6(text.includes('/') ? text : `${text}/64`, { field: 'prefix' });
  if (block.prefix !== 64) {
    throw new InputError(
      `'${text}' is a /${String(block.prefix)}: an EUI-64 interface ID fills the last 64 bits, so the prefix must be a /64 (e.g. 2001:db8:1:2::/64).`,
      'prefix',
    );
  }
  return formatIpv6(block.network | interfaceId);
}
