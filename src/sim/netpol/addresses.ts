import {
  cidr6Contains,
  cidrContains,
  formatIpv4,
  formatIpv6,
  parseCidr,
  parseCidr6,
  parseIpv4,
  parseIpv6,
} from '../ip';
import type { Cidr, Cidr6 } from '../ip';

/** An IPv4 or IPv6 address, as the shared ip helpers parse it. */
export type IpAddress = { family: 4; value: number } | { family: 6; value: bigint };

/** An IPv4 or IPv6 CIDR block. */
export type IpCidr = { family: 4; block: Cidr } | { family: 6; block: Cidr6 };

/** Parses an IPv4 or IPv6 address (a colon means IPv6); throws an InputError naming `field`. */
export function parseIpAddress(text: string, field?: string): IpAddress {
  return text.includes(':')
    ? { family: 6, value: parseIpv6(text, field) }
    : { family: 4, value: parseIpv4(text, field) };
}

/** Parses an IPv4 or IPv6 CIDR block, host bits refused; throws an InputError naming `field`. */
export function parseIpCidr(text: string, field?: string): IpCidr {
  const options = field === undefined ? {} : { field };
  return text.includes(':')
    ? { family: 6, block: parseCidr6(text, options) }
    : { family: 4, block: parseCidr(text, options) };
}

/** Whether an address lies in a block (never across IPv4 and IPv6). */
export function cidrHolds(cidr: IpCidr, ip: IpAddress): boolean {
  if (cidr.family === 4) return ip.family === 4 && cidrContains(cidr.block, ip.value);
  return ip.family === 6 && cidr6Contains(cidr.block, ip.value);
}

/** Whether `inner` lies inside `outer` and is strictly smaller (what the API requires of `except`). */
export function isStrictSubset(outer: IpCidr, inner: IpCidr): boolean {
  const first: IpAddress =
    inner.family === 4
      ? { family: 4, value: inner.block.network }
      : { family: 6, value: inner.block.network };
  return cidrHolds(outer, first) && inner.block.prefix > outer.block.prefix;
}

/** A canonical text of an address, used as a map key and in explanations. */
export function formatIpAddress(ip: IpAddress): string {
  return ip.family === 4 ? formatIpv4(ip.value) : formatIpv6(ip.value);
}
