import { cidrSize, formatIpv4, maskFromPrefix } from '../ip';
import { parseAddressWithPrefix } from './address-input';
import type { SubnetDescription } from './types';

/** Describes the block an address is in: network, broadcast, host range, counts, mask and wildcard. */
export function describeSubnet(input: string): SubnetDescription {
  const { address, prefix } = parseAddressWithPrefix(input);
  const mask = maskFromPrefix(prefix);
  const network = (address & mask) >>> 0;
  const total = cidrSize(prefix);
  const last = network + total - 1;
  const hosts = hostRange(network, last, prefix);
  return {
    network: formatIpv4(network),
    broadcast: prefix >= 31 ? null : formatIpv4(last),
    firstHost: formatIpv4(hosts.first),
    lastHost: formatIpv4(hosts.last),
    usableHosts: hosts.last - hosts.first + 1,
    totalAddresses: total,
    prefix,
    mask: formatIpv4(mask),
    wildcard: formatIpv4(~mask >>> 0),
  };
}

/** The usable host range: all of a /31 (RFC 3021) or /32, otherwise all but network and broadcast. */
function hostRange(network: number, last: number, prefix: number): { first: number; last: number } {
  return prefix >= 31 ? { first: network, last } : { first: network + 1, last: last - 1 };
}
