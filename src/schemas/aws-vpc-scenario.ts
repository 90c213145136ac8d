import { z } from 'astro/zod';
import {
  compileNetwork,
  evaluateCompiled,
  isInputError,
  listToggles,
  withoutRules,
  type AwsNetwork,
} from '~/sim/aws-vpc';

// A preset of the VPC packet walker: content/scenarios/aws-vpc/<id>.yaml, id = file name. The
// network is written in the shape the EC2 APIs describe (PascalCase fields); the engine's README
// (src/sim/aws-vpc/README.md) explains every field's meaning and AWS's defaults.

/** Any resource id: letters, digits and hyphens (vpc-a, sg-web, rtb-private, pl-s3). */
const resourceId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'use letters, digits and hyphens');
/** A CIDR or address as text; the engine checks its form and says what is wrong. */
const text = z.string().min(1);
const port = z.number().int().min(0).max(65535);
const ruleProtocol = z.enum(['tcp', 'udp', 'icmp', '-1']);
const service = z.enum(['s3', 'dynamodb']);

/** A security group rule (IpPermission): protocol, ports, and at least one peer. */
const IpPermissionSchema = z.strictObject({
  /** tcp, udp, icmp, or '-1' (every protocol, every port). */
  IpProtocol: ruleProtocol,
  /** First port (tcp/udp). */
  FromPort: port.optional(),
  /** Last port (tcp/udp); absent: FromPort. */
  ToPort: port.optional(),
  /** CIDR peers, e.g. `[{ CidrIp: 0.0.0.0/0 }]`. */
  IpRanges: z
    .array(z.strictObject({ CidrIp: text, Description: z.string().optional() }))
    .optional(),
  /** Prefix-list peers, e.g. `[{ PrefixListId: pl-s3 }]`. */
  PrefixListIds: z.array(z.strictObject({ PrefixListId: resourceId })).optional(),
  /** Security-group peers: every ENI that carries the group, e.g. `[{ GroupId: sg-web }]`. */
  UserIdGroupPairs: z.array(z.strictObject({ GroupId: resourceId })).optional(),
  /** A note for readers. */
  Description: z.string().optional(),
});

/** A security group; omit IpPermissionsEgress for AWS's default allow-all outbound rule. */
const SecurityGroupSchema = z.strictObject({
  GroupId: resourceId,
  GroupName: z.string().optional(),
  Description: z.string().optional(),
  /** Inbound rules (none: nothing gets in). */
  IpPermissions: z.array(IpPermissionSchema).optional(),
  /** Outbound rules; absent: all traffic to 0.0.0.0/0; `[]`: nothing goes out. */
  IpPermissionsEgress: z.array(IpPermissionSchema).optional(),
});

/** A network ACL entry. */
const NetworkAclEntrySchema = z.strictObject({
  /** 1–32766; lower numbers are checked first and the first match decides. */
  RuleNumber: z.number().int(),
  /** tcp, udp, icmp or '-1' (all). */
  Protocol: ruleProtocol,
  RuleAction: z.enum(['allow', 'deny']),
  /** true: outbound; false: inbound. */
  Egress: z.boolean(),
  CidrBlock: text,
  /** Required for tcp/udp, e.g. `{ From: 1024, To: 65535 }`. */
  PortRange: z.strictObject({ From: port, To: port }).optional(),
});

/** A network ACL; without Entries a default ACL allows everything and a custom one denies everything. */
const NetworkAclSchema = z.strictObject({
  NetworkAclId: resourceId,
  /** The VPC's default ACL, used by subnets with no explicit association. */
  IsDefault: z.boolean().optional(),
  SubnetIds: z.array(resourceId).optional(),
  Entries: z.array(NetworkAclEntrySchema).optional(),
});

/** A route: one destination (DestinationCidrBlock or DestinationPrefixListId) and one target. */
const RouteSchema = z.strictObject({
  DestinationCidrBlock: text.optional(),
  DestinationPrefixListId: resourceId.optional(),
  /** An internet gateway (igw-…) or a gateway endpoint (vpce-…). */
  GatewayId: resourceId.optional(),
  NatGatewayId: resourceId.optional(),
  VpcPeeringConnectionId: resourceId.optional(),
  TransitGatewayId: resourceId.optional(),
});

/** A route table; `Main: true` for the one unassociated subnets use. The local route is implicit. */
const RouteTableSchema = z.strictObject({
  RouteTableId: resourceId,
  Main: z.boolean().optional(),
  SubnetIds: z.array(resourceId).optional(),
  Routes: z.array(RouteSchema).optional(),
});

/** A VPC and its parts. */
const VpcSchema = z.strictObject({
  VpcId: resourceId,
  CidrBlock: text,
  Name: z.string().optional(),
  /** Its attached internet gateway's id, if it has one. */
  InternetGatewayId: resourceId.optional(),
  Subnets: z.array(
    z.strictObject({
      SubnetId: resourceId,
      CidrBlock: text,
      AvailabilityZone: z.string().optional(),
      Name: z.string().optional(),
    }),
  ),
  RouteTables: z.array(RouteTableSchema).min(1),
  /** Absent: one default ACL that allows everything. */
  NetworkAcls: z.array(NetworkAclSchema).optional(),
  SecurityGroups: z.array(SecurityGroupSchema),
  /** EC2 instances, one ENI each; PublicIpAddress is an auto-assigned public IPv4 or an Elastic IP. */
  Instances: z
    .array(
      z.strictObject({
        InstanceId: resourceId,
        Name: z.string().optional(),
        SubnetId: resourceId,
        PrivateIpAddress: text,
        PublicIpAddress: text.optional(),
        SecurityGroupIds: z.array(resourceId).min(1),
      }),
    )
    .optional(),
  /** Public NAT gateways (each with an Elastic IP as PublicIpAddress). */
  NatGateways: z
    .array(
      z.strictObject({
        NatGatewayId: resourceId,
        SubnetId: resourceId,
        PrivateIpAddress: text,
        PublicIpAddress: text,
      }),
    )
    .optional(),
  /** Gateway endpoints: ServiceName com.amazonaws.<region>.s3 or .dynamodb. */
  VpcEndpoints: z
    .array(z.strictObject({ VpcEndpointId: resourceId, ServiceName: z.string() }))
    .optional(),
});

/** The network: VPCs, prefix lists, peering connections and transit gateways. */
export const AwsNetworkSchema = z.strictObject({
  Region: z.string().optional(),
  Vpcs: z.array(VpcSchema).min(1),
  /** Managed prefix lists; ServiceName marks the AWS-managed list of S3 or DynamoDB. */
  PrefixLists: z
    .array(
      z.strictObject({
        PrefixListId: resourceId,
        PrefixListName: z.string().optional(),
        ServiceName: service.optional(),
        Cidrs: z.array(text).min(1),
      }),
    )
    .optional(),
  VpcPeeringConnections: z
    .array(
      z.strictObject({
        VpcPeeringConnectionId: resourceId,
        RequesterVpcId: resourceId,
        AccepterVpcId: resourceId,
      }),
    )
    .optional(),
  /** Transit gateways: attached VPCs, and the on-premises CIDRs of a Site-to-Site VPN. */
  TransitGateways: z
    .array(
      z.strictObject({
        TransitGatewayId: resourceId,
        VpcIds: z.array(resourceId),
        VpnCidrs: z.array(text).optional(),
      }),
    )
    .optional(),
});

/** One end of a flow: exactly one of instance, internet, service or onPremises. */
const FlowEndpointSchema = z.union([
  z.strictObject({ instance: resourceId }),
  z.strictObject({ internet: text }),
  z.strictObject({ service }),
  z.strictObject({ onPremises: text }),
]);

/** A connection to walk. */
export const FlowSchema = z.strictObject({
  from: FlowEndpointSchema,
  to: FlowEndpointSchema,
  protocol: z.enum(['tcp', 'udp']),
  /** The destination port. */
  port,
  /** The client's ephemeral port (default 49152). */
  sourcePort: port.optional(),
});

/** An expected verdict, checked by the content tests (and documented for readers of the preset). */
const CheckSchema = z.strictObject({
  flow: FlowSchema,
  /** Rules (toggle keys) switched off for this check, on top of the preset's startOff. */
  off: z.array(z.string()).default([]),
  /** Keys from startOff switched back on for this check. */
  on: z.array(z.string()).default([]),
  /** The expected verdict: the request arrives and its reply comes back. */
  allowed: z.boolean(),
  /** When denied: the resource of the first step that refused (sg-…, acl-…, rtb-…, igw-…, pcx-…). */
  deniedBy: resourceId.optional(),
  /** When denied: on the request or on the reply. */
  leg: z.enum(['request', 'reply']).optional(),
  /** Resources the request must pass through, e.g. `[vpce-s3]`. */
  via: z.array(resourceId).default([]),
});

/** A VPC walker preset. */
export const AwsVpcScenarioSchema = z
  .strictObject({
    /** Shown as the simulator's heading and in the preset picker. */
    title: z.string().min(3),
    /** One paragraph on what the scenario shows. */
    description: z.string().min(40),
    /** The flow the walker opens on. */
    defaultFlow: FlowSchema,
    /** Outside hosts offered in the pickers, besides the instances and services. */
    outside: z
      .strictObject({ internet: z.array(text).default([]), onPremises: z.array(text).default([]) })
      .default({ internet: [], onPremises: [] }),
    /** Toggle keys of rules that start switched off (e.g. a fix to switch on: 'acl:acl-web:out:120'). */
    startOff: z.array(z.string()).default([]),
    /** Flows with their expected verdicts. */
    checks: z.array(CheckSchema).default([]),
    /** The network itself. */
    network: AwsNetworkSchema,
  })
  .superRefine((scenario, ctx) => {
    const network: AwsNetwork = scenario.network;
    try {
      const keys = new Set(listToggles(network).map((t) => t.key));
      const unknown = [
        ...scenario.startOff,
        ...scenario.checks.flatMap((c) => [...c.off, ...c.on]),
      ].filter((k) => !keys.has(k));
      if (unknown.length > 0)
        ctx.addIssue({
          code: 'custom',
          path: ['startOff'],
          message: `unknown rule keys: ${unknown.join(', ')}`,
        });
      const compiled = compileNetwork(withoutRules(network, new Set(scenario.startOff)));
      evaluateCompiled(compiled, scenario.defaultFlow);
      for (const check of scenario.checks) evaluateCompiled(compiled, check.flow);
    } catch (error) {
      if (!isInputError(error)) throw error;
      ctx.addIssue({ code: 'custom', path: ['network'], message: error.message });
    }
  });

export type AwsVpcScenario = z.output<typeof AwsVpcScenarioSchema>;
export type AwsVpcCheck = z.output<typeof CheckSchema>;
