/**
 * IP helpers shared by every engine (pod network, subnetting, NetworkPolicy ipBlock, VPC):
 * IPv4 addresses are unsigned 32-bit numbers, IPv6 addresses 128-bit bigints, CIDR blocks are
 * `{ network, prefix }`, and bad input throws an InputError whose message says what is wrong and where.
 *
 * @example
 * const block = parseCidr('10.244.0.0/16', { field: 'clusterCidr' });
 * formatCidr(subnetAt(block, 24, 1)); // '10.244.1.0/24'
 * cidrContains(block, parseIpv4('10.244.3.7')); // true
 * cidr6Contains(parseCidr6('fd00:10:244::/48'), parseIpv6('fd00:10:244:1::7')); // true
 * formatIpv6(parseIpv6('2001:db8:0:0:0:0:0:1')); // '2001:db8::1'
 * parseMask('255.255.248.0'); // 21 (a mask whose binary has a 0 before a 1 throws, saying so)
 */
export { InputError, isInputError } from './input-error';
export {
  cidrContains,
  cidrSize,
  cidrsOverlap,
  formatCidr,
  formatIpv4,
  lastAddress,
  maskFromPrefix,
  parseCidr,
  parseIpv4,
  subnetAt,
  subnetCount,
} from './ipv4';
export type { Cidr, ParseCidrOptions } from './ipv4';
export {
  cidr6Contains,
  formatCidr6,
  formatIpv6,
  formatIpv6Expanded,
  parseCidr6,
  parseIpv6,
} from './ipv6';
export { binaryFromIpv4, parseMask, prefixFromMask } from './mask';
export type { Cidr6 } from './ipv6';
