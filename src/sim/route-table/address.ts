import { InputError } from '../ip/input-error';
import { formatIpv4, maskFromPrefix, parseIpv4 } from '../ip/ipv4';
import { cidr6Contains, formatIpv6, parseCidr6, parseIpv6, type Cidr6 } from '../ip/ipv6';
import type { Route } from './types';

// Addresses of either family for look-ups: an IPv4 uint32 or an IPv6 128-bit bigint, and whether a
// route's prefix contains one.

/** An address to look up, in the family of its table. */
export type Address = { family: 4; value: number } | { family: 6; value: bigint };

/** Parses a destination or next hop in the table's family, saying so when it is the other one. */
export function parseAddress(text: string, family: 4 | 6, field?: string): Address {
  const other = family === 4 ? text.includes(':') : /^\s*\d+\.\d+\.\d+\.\d+\s*$/.test(text);
  if (other) {
    throw new InputError(
      family === 4
        ? `'${text.trim()}' is an IPv6 address, but this is an IPv4 table (show ip route): look up an IPv4 address such as 10.20.30.70.`
        : `'${text.trim()}' is an IPv4 address, but this is an IPv6 table (show ipv6 route): look up an IPv6 address such as 2001:db8:20:30::9.`,
      field,
    );
  }
  return family === 4
    ? { family, value: parseIpv4(text, field) }
    : { family, value: parseIpv6(text, field) };
}

/** Writes an address the way the engine's messages show it. */
export function formatAddress(address: Address): string {
  return address.family === 4 ? formatIpv4(address.value) : formatIpv6(address.value);
}

const blocks6 = new WeakMap<Route, Cidr6>();

/** Whether a route's prefix contains an address of its family. */
export function routeContains(route: Route, address: Address): boolean {
  if (address.family === 4) {
    return (
      route.family === 4 && (address.value & maskFromPrefix(route.length)) >>> 0 === route.network
    );
  }
  if (route.family !== 6) return false;
  let block = blocks6.get(route);
  if (!block) {
    block = parseCidr6(route.prefix);
    blocks6.set(route, block);
  }
  return cidr6Contains(block, address.value);
}
