import { InputError } from '../ip/input-error';
import { cidrContains, formatIpv4, lastAddress, parseIpv4, type Cidr } from '../ip/ipv4';

// Cluster IP allocation: an address asked for must be a usable address of the service CIDR and
// free; otherwise the lowest free address is taken (a real allocator picks one at random).

/** Reserves a requested cluster IP, refusing one outside the service CIDR or already taken. */
export function claimClusterIp(
  text: string,
  owner: string,
  ips: Map<number, string>,
  cidr: Cidr,
): void {
  const ip = parseIpv4(text, 'spec.clusterIP');
  if (!cidrContains(cidr, ip) || ip === cidr.network || ip === lastAddress(cidr)) {
    throw new InputError(
      `${owner}: clusterIP ${text} is not a usable address of the service CIDR ${formatIpv4(cidr.network)}/${String(cidr.prefix)}; pick one inside it, or leave clusterIP out.`,
      'spec.clusterIP',
    );
  }
  const holder = ips.get(ip);
  if (holder !== undefined) {
    throw new InputError(
      `${owner}: clusterIP ${text} is already allocated to Service ${holder}; leave clusterIP out and Kubernetes picks a free one.`,
      'spec.clusterIP',
    );
  }
  ips.set(ip, owner);
}

/** The lowest free address of the service CIDR (a real allocator picks at random). */
export function allocateClusterIp(owner: string, ips: Map<number, string>, cidr: Cidr): string {
  for (let ip = cidr.network + 1; ip < lastAddress(cidr); ip++) {
    if (!ips.has(ip)) {
      ips.set(ip, owner);
      return formatIpv4(ip);
    }
  }
  throw new InputError(`${owner}: the service CIDR has no free address left.`, 'spec.clusterIP');
}
