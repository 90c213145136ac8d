import type {
  AwsNetwork,
  IpPermission,
  NetworkAcl,
  NetworkAclEntry,
  SecurityGroup,
} from '~/sim/aws-vpc/types';

// The VPC the flow-verdict generator asks about: three tiers (web in a public subnet, app and db
// in private subnets without a default route), security groups chained by reference, and one
// network ACL per subnet that opens the tier's port and the ephemeral ports of the replies.

/** The client's ephemeral port range most clients fall in (AWS: 1024–65535 covers them). */
const EPHEMERAL = { From: 1024, To: 65535 };

/** A TCP network ACL entry. */
function entry(
  RuleNumber: number,
  Egress: boolean,
  CidrBlock: string,
  PortRange: { From: number; To: number },
): NetworkAclEntry {
  return { RuleNumber, Protocol: 'tcp', RuleAction: 'allow', Egress, CidrBlock, PortRange };
}

/** A TCP security group rule for one port, from (or to) a CIDR or another group. */
function tcp(port: number, peer: { cidr: string } | { group: string }): IpPermission {
  return 'cidr' in peer
    ? { IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: [{ CidrIp: peer.cidr }] }
    : {
        IpProtocol: 'tcp',
        FromPort: port,
        ToPort: port,
        UserIdGroupPairs: [{ GroupId: peer.group }],
      };
}

/** The network ACLs: each subnet lets in its tier's port and the replies it expects. */
function networkAcls(): NetworkAcl[] {
  return [
    {
      NetworkAclId: 'acl-web',
      SubnetIds: ['subnet-web'],
      Entries: [
        entry(100, false, '0.0.0.0/0', { From: 443, To: 443 }),
        entry(110, false, '10.0.2.0/24', EPHEMERAL),
        entry(100, true, '0.0.0.0/0', EPHEMERAL),
        entry(110, true, '10.0.2.0/24', { From: 8080, To: 8080 }),
      ],
    },
    {
      NetworkAclId: 'acl-app',
      SubnetIds: ['subnet-app'],
      Entries: [
        entry(100, false, '10.0.1.0/24', { From: 8080, To: 8080 }),
        entry(110, false, '10.0.3.0/24', EPHEMERAL),
        entry(100, true, '10.0.1.0/24', EPHEMERAL),
        entry(110, true, '10.0.3.0/24', { From: 5432, To: 5432 }),
      ],
    },
    {
      NetworkAclId: 'acl-db',
      SubnetIds: ['subnet-db'],
      Entries: [
        entry(100, false, '10.0.2.0/24', { From: 5432, To: 5432 }),
        entry(100, true, '10.0.2.0/24', EPHEMERAL),
      ],
    },
  ];
}

/** The security groups; `tightEgress` replaces AWS's default allow-all outbound rule of web and app. */
function securityGroups(tightEgress: { web: boolean; app: boolean }): SecurityGroup[] {
  return [
    {
      GroupId: 'sg-web',
      IpPermissions: [tcp(443, { cidr: '0.0.0.0/0' })],
      ...(tightEgress.web ? { IpPermissionsEgress: [tcp(8080, { group: 'sg-app' })] } : {}),
    },
    {
      GroupId: 'sg-app',
      IpPermissions: [tcp(8080, { group: 'sg-web' })],
      ...(tightEgress.app ? { IpPermissionsEgress: [tcp(5432, { cidr: '10.0.3.0/24' })] } : {}),
    },
    { GroupId: 'sg-db', IpPermissions: [tcp(5432, { group: 'sg-app' })] },
  ];
}

/** The three-tier VPC, with or without outbound restrictions on the web and app groups. */
export function threeTierNetwork(tightEgress: { web: boolean; app: boolean }): AwsNetwork {
  return {
    Vpcs: [
      {
        VpcId: 'vpc-shop',
        CidrBlock: '10.0.0.0/16',
        InternetGatewayId: 'igw-main',
        Subnets: [
          { SubnetId: 'subnet-web', CidrBlock: '10.0.1.0/24' },
          { SubnetId: 'subnet-app', CidrBlock: '10.0.2.0/24' },
          { SubnetId: 'subnet-db', CidrBlock: '10.0.3.0/24' },
        ],
        RouteTables: [
          {
            RouteTableId: 'rtb-web',
            SubnetIds: ['subnet-web'],
            Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-main' }],
          },
          { RouteTableId: 'rtb-private', Main: true },
        ],
        NetworkAcls: networkAcls(),
        SecurityGroups: securityGroups(tightEgress),
        Instances: [
          {
            InstanceId: 'i-web',
            SubnetId: 'subnet-web',
            PrivateIpAddress: '10.0.1.10',
            PublicIpAddress: '198.51.100.10',
            SecurityGroupIds: ['sg-web'],
          },
          {
            InstanceId: 'i-app',
            SubnetId: 'subnet-app',
            PrivateIpAddress: '10.0.2.10',
            SecurityGroupIds: ['sg-app'],
          },
          {
            InstanceId: 'i-db',
            SubnetId: 'subnet-db',
            PrivateIpAddress: '10.0.3.10',
            SecurityGroupIds: ['sg-db'],
          },
        ],
      },
    ],
  };
}
