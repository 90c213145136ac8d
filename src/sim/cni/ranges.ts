import { type Cidr, cidrContains, formatIpv4, lastAddress, parseCidr, parseIpv4 } from '../ip';
import type { IpamConfig, IpamRange } from './types';

/** A host-local range with defaults filled in, as numbers: host-local's "canonical" range. */
export interface ResolvedRange {
  subnet: Cidr;
  start: number;
  end: number;
  gateway: number;
}

/** The range sets of an ipam section: `ranges`, or the older single `subnet` form as one set. */
export function rangeSetsOf(ipam: IpamConfig): IpamRange[][] {
  if (ipam.ranges !== undefined) return ipam.ranges;
  if (ipam.subnet === undefined) return [];
  const single: IpamRange = { subnet: ipam.subnet };
  if (ipam.rangeStart !== undefined) single.rangeStart = ipam.rangeStart;
  if (ipam.rangeEnd !== undefined) single.rangeEnd = ipam.rangeEnd;
  if (ipam.gateway !== undefined) single.gateway = ipam.gateway;
  return [[single]];
}

/** Fills host-local's defaults: start after the network address, end before broadcast, gateway .1. */
export function resolveRange(range: IpamRange): ResolvedRange {
  const subnet = parseCidr(range.subnet, { field: 'subnet' });
  const first = subnet.network + 1;
  const last = lastAddress(subnet) - 1;
  return {
    subnet,
    start: range.rangeStart === undefined ? first : parseIpv4(range.rangeStart, 'rangeStart'),
    end: range.rangeEnd === undefined ? last : parseIpv4(range.rangeEnd, 'rangeEnd'),
    gateway: range.gateway === undefined ? first : parseIpv4(range.gateway, 'gateway'),
  };
}

/** Writes a range set the way host-local does in its errors: "start-end", joined by commas. */
export function formatRangeSet(ranges: readonly ResolvedRange[]): string {
  return ranges.map((range) => `${formatIpv4(range.start)}-${formatIpv4(range.end)}`).join(',');
}

/** Whether host-local may hand out this address: in the subnet, not network/broadcast/gateway. */
export function isAllocatable(range: ResolvedRange, ip: number): boolean {
  return (
    cidrContains(range.subnet, ip) &&
    ip !== range.subnet.network &&
    ip !== lastAddress(range.subnet) &&
    ip !== range.gateway
  );
}
