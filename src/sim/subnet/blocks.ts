import { InputError, parseCidr, parseCidr6, parseIpv4 } from '../ip';
import { readIpv6 } from './ipv6-input';

/** An address range of one family, as inclusive bigint bounds (IPv4 fits easily). */
export interface AddressRange {
  family: 4 | 6;
  start: bigint;
  end: bigint;
}

/** Reads an IPv4 block ("10.0.0.0/8"), a bare IPv4 address (a /32), or the IPv6 equivalents. */
export function parseRange(text: string, field?: string): AddressRange {
  const input = text.trim();
  if (input.includes(':')) return parseRange6(input, field);
  if (input.includes('/')) {
    const cidr = parseCidr(input, { ...(field === undefined ? {} : { field }) });
    return ipv4Range(cidr.network, cidr.prefix);
  }
  if (input === '') {
    throw new InputError(
      'Enter an address or a CIDR block (e.g. 10.0.0.0/8); this one is empty.',
      field,
    );
  }
  return ipv4Range(parseIpv4(input, field), 32);
}

/** The inclusive range of an IPv4 block given its network and prefix. */
export function ipv4Range(network: number, prefix: number): AddressRange {
  const start = BigInt(network);
  return { family: 4, start, end: start + (1n << BigInt(32 - prefix)) - 1n };
}

/** Reads an IPv6 block or a bare IPv6 address (a /128) into its inclusive range. */
function parseRange6(input: string, field?: string): AddressRange {
  if (!input.includes('/')) {
    const address = readIpv6(input, field);
    return { family: 6, start: address, end: address };
  }
  const cidr = parseCidr6(input, { ...(field === undefined ? {} : { field }) });
  return {
    family: 6,
    start: cidr.network,
    end: cidr.network + (1n << BigInt(128 - cidr.prefix)) - 1n,
  };
}
