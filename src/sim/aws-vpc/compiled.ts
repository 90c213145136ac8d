import type { Cidr } from '../ip';
import type {
  AwsService,
  IpPermission,
  NetworkAclEntry,
  RuleProtocol,
  SecurityGroup,
} from './types';

// The model after checking: addresses as numbers, associations resolved, everything indexed by id.

/** A network interface the walker can deliver to: an instance's ENI or a NAT gateway's. */
export interface Eni {
  kind: 'instance' | 'nat';
  id: string;
  /** "i-web (web)" for an instance with a Name, else its id. */
  label: string;
  vpcId: string;
  subnetId: string;
  privateIp: number;
  publicIp: number | null;
  groupIds: string[];
}

/** Where a route sends a packet. */
export type RouteTarget =
  | { kind: 'local' }
  | { kind: 'igw'; id: string }
  | { kind: 'nat'; id: string }
  | { kind: 'endpoint'; id: string; service: AwsService }
  | { kind: 'peering'; id: string; peerVpcId: string }
  | { kind: 'tgw'; id: string };

/** A route with its destination parsed (a prefix list's CIDRs, or one CIDR). */
export interface CompiledRoute {
  destination: string;
  cidrs: Cidr[];
  fromPrefixList: boolean;
  target: RouteTarget;
  targetId: string;
}

/** A route table with the implicit local route first. */
export interface CompiledRouteTable {
  id: string;
  routes: CompiledRoute[];
}

/** A NACL entry with its CIDR parsed. */
export interface CompiledAclEntry {
  entry: NetworkAclEntry;
  cidr: Cidr;
}

/** A network ACL's entries per direction, sorted by RuleNumber. */
export interface CompiledAcl {
  id: string;
  inbound: CompiledAclEntry[];
  outbound: CompiledAclEntry[];
}

/** A security group rule with its peers parsed. */
export interface CompiledPermission {
  permission: IpPermission;
  protocol: RuleProtocol;
  fromPort: number;
  toPort: number;
  cidrs: { cidr: Cidr; text: string }[];
  prefixListIds: string[];
  groupIds: string[];
}

/** A security group, rules compiled, and the VPC it belongs to. */
export interface CompiledGroup {
  group: SecurityGroup;
  vpcId: string;
  inbound: CompiledPermission[];
  outbound: CompiledPermission[];
}

/** A subnet with its effective route table and network ACL. */
export interface CompiledSubnet {
  id: string;
  vpcId: string;
  cidr: Cidr;
  routeTableId: string;
  aclId: string;
}

/** A VPC with its parts indexed. */
export interface CompiledVpc {
  id: string;
  cidr: Cidr;
  internetGatewayId: string | null;
  subnets: Map<string, CompiledSubnet>;
  routeTables: Map<string, CompiledRouteTable>;
  acls: Map<string, CompiledAcl>;
  /** Private address → ENI, for delivery inside the VPC. */
  enis: Map<number, Eni>;
}

/** A transit gateway's propagated routes. */
export interface CompiledTransitGateway {
  id: string;
  routes: { cidr: Cidr; vpcId: string | null }[];
}

/** The whole checked network. */
export interface CompiledNetwork {
  vpcs: Map<string, CompiledVpc>;
  groups: Map<string, CompiledGroup>;
  prefixLists: Map<string, { id: string; service: AwsService | null; cidrs: Cidr[] }>;
  peerings: Map<string, { id: string; vpcIds: [string, string] }>;
  transitGateways: Map<string, CompiledTransitGateway>;
  natGateways: Map<string, Eni>;
  instances: Map<string, Eni>;
  /** Public address → ENI (instances with a public IPv4, NAT gateways' Elastic IPs). */
  publicOwners: Map<number, Eni>;
  /** GroupId → private addresses of the ENIs that carry it. */
  members: Map<string, Set<number>>;
  /** On-premises CIDRs reached through a transit gateway's VPN, with that gateway. */
  onPremises: { cidr: Cidr; tgwId: string }[];
}
