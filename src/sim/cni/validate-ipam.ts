import { cidrContains, formatCidr, isInputError, parseCidr, parseIpv4 } from '../ip';
import type { Cidr } from '../ip';
import { isRecord } from './validate-shapes';

/** Checks a plugin's ipam section and returns plain-language problems (empty when it is fine). */
export function validateIpam(ipam: unknown, where: string): string[] {
  if (!isRecord(ipam))
    return [`${where}: "ipam" must be an object such as {"type": "host-local", ...}.`];
  const problems: string[] = [];
  if (typeof ipam['type'] !== 'string' || ipam['type'] === '') {
    problems.push(`${where}: "ipam" has no "type"; name the IPAM plugin, e.g. "host-local".`);
  }
  const ranges = ipam['ranges'] ?? (ipam['subnet'] === undefined ? undefined : [[ipam]]);
  if (ranges !== undefined) problems.push(...validateRangeSets(ranges, where));
  if (ipam['routes'] !== undefined) problems.push(...validateRoutes(ipam['routes'], where));
  return problems;
}

/** Checks `ranges`: a list of range sets, each a non-empty list of ranges. */
function validateRangeSets(ranges: unknown, where: string): string[] {
  if (!Array.isArray(ranges) || ranges.length === 0) {
    return [
      `${where}: "ipam.ranges" must be a non-empty list of range sets, e.g. [[{"subnet": "10.22.0.0/16"}]].`,
    ];
  }
  return ranges.flatMap((set: unknown, setIndex) => {
    if (!Array.isArray(set) || set.length === 0) {
      return [`${where}: range set ${String(setIndex)} must be a non-empty list of ranges.`];
    }
    return set.flatMap((range: unknown, index) =>
      validateRange(range, `${where}, range set ${String(setIndex)}, range ${String(index)}`),
    );
  });
}

/** Checks one range: a valid subnet, and gateway/rangeStart/rangeEnd inside it and in order. */
function validateRange(range: unknown, where: string): string[] {
  if (!isRecord(range)) return [`${where}: a range must be an object with a "subnet".`];
  if (typeof range['subnet'] !== 'string') {
    return [`${where}: the range has no "subnet"; give one in CIDR form, e.g. "10.22.0.0/16".`];
  }
  const subnet = readCidr(range['subnet'], where);
  if (typeof subnet === 'string') return [subnet];
  if (subnet.prefix > 30) {
    return [
      `${where}: subnet ${formatCidr(subnet)} is too small to allocate from; host-local needs at least a /30.`,
    ];
  }
  const problems: string[] = [];
  const addresses: Partial<Record<'gateway' | 'rangeStart' | 'rangeEnd', number>> = {};
  for (const key of ['gateway', 'rangeStart', 'rangeEnd'] as const) {
    const value = range[key];
    if (value === undefined) continue;
    const ip = readAddress(value, key, subnet, where);
    if (typeof ip === 'string') problems.push(ip);
    else addresses[key] = ip;
  }
  const { rangeStart, rangeEnd } = addresses;
  if (rangeStart !== undefined && rangeEnd !== undefined && rangeStart > rangeEnd) {
    problems.push(
      `${where}: rangeStart ${String(range['rangeStart'])} comes after rangeEnd ${String(range['rangeEnd'])}; swap them.`,
    );
  }
  return problems;
}

/** Parses a subnet, or returns the reason it is not one. */
function readCidr(text: string, where: string): Cidr | string {
  try {
    return parseCidr(text, { field: 'subnet' });
  } catch (error) {
    if (!isInputError(error)) throw error;
    return `${where}: subnet is not valid: ${error.message}`;
  }
}

/** Parses an address that must lie in the subnet, or returns what is wrong with it. */
function readAddress(value: unknown, key: string, subnet: Cidr, where: string): number | string {
  if (typeof value !== 'string') return `${where}: "${key}" must be an IPv4 address in quotes.`;
  try {
    const ip = parseIpv4(value, key);
    if (cidrContains(subnet, ip)) return ip;
    return `${where}: ${key} ${value} is outside subnet ${formatCidr(subnet)}; pick an address inside it.`;
  } catch (error) {
    if (!isInputError(error)) throw error;
    return `${where}: ${key} is not valid: ${error.message}`;
  }
}

/** Checks ipam.routes: each entry needs a destination CIDR. */
function validateRoutes(routes: unknown, where: string): string[] {
  if (!Array.isArray(routes))
    return [`${where}: "ipam.routes" must be a list like [{"dst": "0.0.0.0/0"}].`];
  return routes.flatMap((route: unknown, index) => {
    const dst = isRecord(route) ? route['dst'] : undefined;
    if (typeof dst !== 'string') return [`${where}: route ${String(index)} has no "dst" CIDR.`];
    try {
      parseCidr(dst, { field: 'dst' });
      return [];
    } catch (error) {
      if (!isInputError(error)) throw error;
      return [`${where}: route ${String(index)} dst is not valid: ${error.message}`];
    }
  });
}
