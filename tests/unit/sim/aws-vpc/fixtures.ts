import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AwsVpcScenarioSchema, type AwsVpcScenario } from '~/schemas/aws-vpc-scenario';
import type { AwsNetwork, FlowResult, Hop } from '~/sim/aws-vpc';

// Small networks for the engine's tests, and the shipped presets parsed through their schema.

/**
 * One VPC (10.0.0.0/16): a public subnet (web, with a public IPv4, and a NAT gateway) and a private
 * subnet (app, db) using the main route table, which sends 0.0.0.0/0 to the NAT gateway.
 */
export function smallNetwork(): AwsNetwork {
  return {
    Vpcs: [
      {
        VpcId: 'vpc-main',
        CidrBlock: '10.0.0.0/16',
        InternetGatewayId: 'igw-main',
        Subnets: [
          { SubnetId: 'subnet-public', CidrBlock: '10.0.0.0/24' },
          { SubnetId: 'subnet-private', CidrBlock: '10.0.1.0/24' },
        ],
        RouteTables: [
          {
            RouteTableId: 'rtb-public',
            SubnetIds: ['subnet-public'],
            Routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-main' }],
          },
          {
            RouteTableId: 'rtb-private',
            Main: true,
            Routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0abc' }],
          },
        ],
        NetworkAcls: [{ NetworkAclId: 'acl-default', IsDefault: true }],
        SecurityGroups: [
          {
            GroupId: 'sg-web',
            IpPermissions: [
              {
                IpProtocol: 'tcp',
                FromPort: 443,
                ToPort: 443,
                IpRanges: [{ CidrIp: '0.0.0.0/0' }],
              },
            ],
          },
          {
            GroupId: 'sg-app',
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 8080, UserIdGroupPairs: [{ GroupId: 'sg-web' }] },
            ],
          },
          {
            GroupId: 'sg-db',
            IpPermissions: [
              { IpProtocol: 'tcp', FromPort: 5432, UserIdGroupPairs: [{ GroupId: 'sg-app' }] },
            ],
          },
        ],
        Instances: [
          {
            InstanceId: 'i-web',
            SubnetId: 'subnet-public',
            PrivateIpAddress: '10.0.0.10',
            PublicIpAddress: '198.51.100.10',
            SecurityGroupIds: ['sg-web'],
          },
          {
            InstanceId: 'i-app',
            SubnetId: 'subnet-private',
            PrivateIpAddress: '10.0.1.10',
            SecurityGroupIds: ['sg-app'],
          },
          {
            InstanceId: 'i-db',
            SubnetId: 'subnet-private',
            PrivateIpAddress: '10.0.1.20',
            SecurityGroupIds: ['sg-db'],
          },
        ],
        NatGateways: [
          {
            NatGatewayId: 'nat-0abc',
            SubnetId: 'subnet-public',
            PrivateIpAddress: '10.0.0.5',
            PublicIpAddress: '198.51.100.5',
          },
        ],
      },
    ],
  };
}

/** The first VPC of a network (tests edit it in place). */
export function firstVpc(network: AwsNetwork) {
  const vpc = network.Vpcs[0];
  if (!vpc) throw new Error('no VPC');
  return vpc;
}

/** A hop as one readable line: "✓ route rtb-private: …". */
export function line(hop: Hop): string {
  return `${hop.allowed ? '✓' : '✗'} ${hop.kind} ${hop.resource}: ${hop.reason}`;
}

/** The first hop that refused, on either leg. */
export function refusal(result: FlowResult): { leg: 'request' | 'reply'; hop: Hop } | null {
  const request = result.request.hops.find((h) => !h.allowed);
  if (request) return { leg: 'request', hop: request };
  const reply = result.reply?.hops.find((h) => !h.allowed);
  return reply ? { leg: 'reply', hop: reply } : null;
}

// From the project root: under happy-dom (the component tests) import.meta.url is not a file URL.
const presetDir = join(process.cwd(), 'content/scenarios/aws-vpc');

/** Every shipped preset, parsed through the schema, by id. */
export function loadPresets(): { id: string; scenario: AwsVpcScenario }[] {
  return readdirSync(presetDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      scenario: AwsVpcScenarioSchema.parse(parse(readFileSync(join(presetDir, name), 'utf8'))),
    }));
}
