// The AWS network model (in the shape the EC2 APIs describe it, simplified for YAML authors) and
// the result of walking one flow through it.

/** A rule's protocol, as IpProtocol names it: TCP, UDP, ICMP, or '-1' for every protocol. */
export type RuleProtocol = 'tcp' | 'udp' | 'icmp' | '-1';

/** A flow's protocol: the walker follows TCP and UDP connections. */
export type FlowProtocol = 'tcp' | 'udp';

/** One IPv4 range a security group rule names (IpRange). */
export interface IpRange {
  CidrIp: string;
  Description?: string | undefined;
}

/** One security group rule (IpPermission): a protocol, a port range, and its sources or destinations. */
export interface IpPermission {
  IpProtocol: RuleProtocol;
  /** First port (tcp/udp); absent with '-1' or icmp. */
  FromPort?: number | undefined;
  /** Last port (tcp/udp); absent: same as FromPort. */
  ToPort?: number | undefined;
  IpRanges?: IpRange[] | undefined;
  /** Managed prefix lists (e.g. the S3 one): every CIDR in the list matches. */
  PrefixListIds?: { PrefixListId: string }[] | undefined;
  /** Other security groups: matches the private addresses of every ENI that carries one of them. */
  UserIdGroupPairs?: { GroupId: string }[] | undefined;
  Description?: string | undefined;
}

/** A security group: stateful, allow rules only. No IpPermissionsEgress: AWS's default allow-all outbound. */
export interface SecurityGroup {
  GroupId: string;
  GroupName?: string | undefined;
  Description?: string | undefined;
  IpPermissions?: IpPermission[] | undefined;
  IpPermissionsEgress?: IpPermission[] | undefined;
}

/** One network ACL entry: numbered, allow or deny, one direction. */
export interface NetworkAclEntry {
  /** 1–32766; the lowest matching number decides. */
  RuleNumber: number;
  /** tcp, udp, icmp or '-1' (all). */
  Protocol: RuleProtocol;
  RuleAction: 'allow' | 'deny';
  /** true: outbound (leaving the subnet); false: inbound. */
  Egress: boolean;
  CidrBlock: string;
  /** Required for tcp and udp. */
  PortRange?: { From: number; To: number } | undefined;
}

/**
 * A network ACL. Without Entries, a default ACL allows everything (rule 100 both ways) and a custom
 * one denies everything; the final `*` deny is always there and is not written.
 */
export interface NetworkAcl {
  NetworkAclId: string;
  /** The VPC's default ACL: subnets with no explicit association use it. */
  IsDefault?: boolean | undefined;
  /** Subnets explicitly associated with this ACL. */
  SubnetIds?: string[] | undefined;
  Entries?: NetworkAclEntry[] | undefined;
}

/** A route: one destination (CIDR or prefix list) and exactly one target. */
export interface Route {
  DestinationCidrBlock?: string | undefined;
  DestinationPrefixListId?: string | undefined;
  /** An internet gateway (igw-…) or a gateway endpoint (vpce-…). */
  GatewayId?: string | undefined;
  NatGatewayId?: string | undefined;
  VpcPeeringConnectionId?: string | undefined;
  TransitGatewayId?: string | undefined;
}

/** A route table; the `local` route for the VPC's CIDR is implicit and always wins for it. */
export interface RouteTable {
  RouteTableId: string;
  /** The main route table: subnets with no explicit association use it. */
  Main?: boolean | undefined;
  SubnetIds?: string[] | undefined;
  Routes?: Route[] | undefined;
}

/** A subnet: a slice of its VPC's CIDR in one Availability Zone. */
export interface Subnet {
  SubnetId: string;
  CidrBlock: string;
  AvailabilityZone?: string | undefined;
  Name?: string | undefined;
}

/** An EC2 instance with one network interface (its primary ENI). */
export interface Instance {
  InstanceId: string;
  Name?: string | undefined;
  SubnetId: string;
  PrivateIpAddress: string;
  /** An auto-assigned public IPv4 or an Elastic IP; without one the internet cannot reach it. */
  PublicIpAddress?: string | undefined;
  SecurityGroupIds: string[];
}

/** A public NAT gateway: in a public subnet, with an Elastic IP. */
export interface NatGateway {
  NatGatewayId: string;
  SubnetId: string;
  PrivateIpAddress: string;
  PublicIpAddress: string;
}

/** A gateway VPC endpoint (S3 or DynamoDB); routes reach it through the service's prefix list. */
export interface VpcEndpoint {
  VpcEndpointId: string;
  /** e.g. com.amazonaws.us-east-1.s3 */
  ServiceName: string;
}

/** A VPC and everything inside it. */
export interface Vpc {
  VpcId: string;
  CidrBlock: string;
  Name?: string | undefined;
  /** The attached internet gateway (igw-…), if any. */
  InternetGatewayId?: string | undefined;
  Subnets: Subnet[];
  RouteTables: RouteTable[];
  NetworkAcls?: NetworkAcl[] | undefined;
  SecurityGroups: SecurityGroup[];
  Instances?: Instance[] | undefined;
  NatGateways?: NatGateway[] | undefined;
  VpcEndpoints?: VpcEndpoint[] | undefined;
}

/** A managed prefix list; with ServiceName it is an AWS service's (S3, DynamoDB) address ranges. */
export interface PrefixList {
  PrefixListId: string;
  PrefixListName?: string | undefined;
  /** 's3' or 'dynamodb' for the AWS-managed lists of those services. */
  ServiceName?: AwsService | undefined;
  Cidrs: string[];
}

/** An AWS service reachable through a gateway endpoint. */
export type AwsService = 's3' | 'dynamodb';

/** A VPC peering connection between two VPCs of the model (one-to-one, never transitive). */
export interface VpcPeeringConnection {
  VpcPeeringConnectionId: string;
  RequesterVpcId: string;
  AccepterVpcId: string;
}

/** A transit gateway: a regional router; each attachment propagates its CIDRs into its route table. */
export interface TransitGateway {
  TransitGatewayId: string;
  /** Attached VPCs (their CidrBlock is propagated). */
  VpcIds: string[];
  /** A Site-to-Site VPN to on-premises, if any: the on-premises CIDRs it propagates. */
  VpnCidrs?: string[] | undefined;
}

/** The whole model: one region's VPCs and what connects them. */
export interface AwsNetwork {
  Region?: string | undefined;
  Vpcs: Vpc[];
  PrefixLists?: PrefixList[] | undefined;
  VpcPeeringConnections?: VpcPeeringConnection[] | undefined;
  TransitGateways?: TransitGateway[] | undefined;
}

/** One end of a flow: an instance, an internet address, an AWS service, or an on-premises host. */
export type FlowEndpoint =
  { instance: string } | { internet: string } | { service: AwsService } | { onPremises: string };

/** A connection to walk: who opens it, to whom, on which protocol and port. */
export interface Flow {
  from: FlowEndpoint;
  to: FlowEndpoint;
  protocol: FlowProtocol;
  /** The destination port. */
  port: number;
  /** The client's ephemeral port; default 49152 (inside both Linux's and Windows' ranges). */
  sourcePort?: number | undefined;
}

/** A packet's addresses and ports at one point of its way. */
export interface Packet {
  protocol: FlowProtocol;
  src: string;
  srcPort: number;
  dst: string;
  dstPort: number;
}

/** What kind of decision a hop is. */
export type HopKind =
  | 'route'
  | 'security-group'
  | 'network-acl'
  | 'nat'
  | 'internet-gateway'
  | 'gateway-endpoint'
  | 'peering'
  | 'transit-gateway'
  | 'deliver';

/** One step of a packet's way: what decided, whether it passed, and why. */
export interface Hop {
  kind: HopKind;
  /** The resource that decided (rtb-…, acl-…, sg-…, nat-…, igw-…) or the place reached. */
  resource: string;
  direction?: 'inbound' | 'outbound' | undefined;
  allowed: boolean;
  /** The rule that decided: a NACL RuleNumber or '*', an SG rule's number (1-based), a route's destination. */
  rule?: string | undefined;
  /** The listToggles key of that rule, when it can be switched off (not `*`, local, stateful, default deny). */
  ruleKey?: string | undefined;
  /** One plain sentence naming the rule. */
  reason: string;
  /** The packet as it is when this step decides. */
  packet: Packet;
  /** When this step rewrites addresses: the packet before and after. */
  translation?: { before: Packet; after: Packet } | undefined;
}

/** One direction of the connection: the request, or the reply. */
export interface Leg {
  allowed: boolean;
  hops: Hop[];
}

/** The verdict on a flow: the request's way, the reply's way (absent when the request was dropped). */
export interface FlowResult {
  allowed: boolean;
  request: Leg;
  reply: Leg | null;
  /** One sentence: the verdict and the first step that refused, if any. */
  summary: string;
}
