/** What describeSubnet reports about the block an address sits in. */
export interface SubnetDescription {
  network: string;
  /** The last address of the block; null for a /31 (RFC 3021) and a /32, which have none. */
  broadcast: string | null;
  firstHost: string;
  lastHost: string;
  usableHosts: number;
  totalAddresses: number;
  prefix: number;
  mask: string;
  wildcard: string;
}

/** One subnet handed out by vlsm: the block, and the number of hosts that were asked for. */
export interface VlsmAllocation {
  cidr: string;
  hosts: number;
}

/** Classful address class (RFC 791 era): A, B and C unicast, D multicast, E reserved. */
export type ClassfulClass = 'A' | 'B' | 'C' | 'D' | 'E';

/** A special-purpose IPv4 range an address belongs to, with the RFC that reserves it. */
export interface SpecialRange {
  name: string;
  rfc: string;
  cidr: string;
}

/** The CCNA "magic number" figures for one address and mask, all in the interesting octet. */
export interface MagicNumber {
  /** The octet (1-based) where the network bits end. */
  octet: 1 | 2 | 3 | 4;
  /** 256 minus the mask octet: the distance between subnets in that octet. */
  blockSize: number;
  maskOctet: number;
  /** The largest multiple of the block size at or below the address octet. */
  networkOctetValue: number;
  /** The address's own value in the interesting octet. */
  addressOctetValue: number;
}

/** The kinds of IPv6 address that can be told apart by their leading bits. */
export type Ipv6Type =
  | 'global-unicast'
  | 'unique-local'
  | 'link-local'
  | 'multicast'
  | 'loopback'
  | 'unspecified'
  | 'ipv4-mapped'
  | 'documentation';
