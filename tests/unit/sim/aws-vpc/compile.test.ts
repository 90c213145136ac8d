import { describe, expect, it } from 'vitest';
import { compileNetwork, evaluateFlow, InputError, type AwsNetwork } from '~/sim/aws-vpc';
import { firstVpc, smallNetwork } from './fixtures';

// Bad models are refused with an InputError whose message says what is wrong and where.

/** The message compileNetwork throws for a network edited by `change`. */
function refusalOf(change: (network: AwsNetwork) => void): string {
  const network = smallNetwork();
  change(network);
  try {
    compileNetwork(network);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('compileNetwork accepted the network');
}

describe('compileNetwork refuses bad input', () => {
  it('accepts the small network', () => {
    expect(compileNetwork(smallNetwork()).instances.size).toBe(3);
  });

  it('a malformed CIDR, naming where it is', () => {
    expect(
      refusalOf((n) => Object.assign(firstVpc(n).Subnets[0] ?? {}, { CidrBlock: '10.0.0.0/33' })),
    ).toBe(
      "subnet-public CidrBlock: '10.0.0.0/33' has prefix /33: an IPv4 prefix length is a whole number from 0 to 32.",
    );
    expect(refusalOf((n) => Object.assign(firstVpc(n), { CidrBlock: '10.0.0.1/16' }))).toContain(
      'has host bits set',
    );
  });

  it('a NACL rule number outside 1..32766', () => {
    for (const RuleNumber of [0, 32767]) {
      expect(
        refusalOf((n) =>
          firstVpc(n).NetworkAcls?.push({
            NetworkAclId: 'acl-x',
            Entries: [
              {
                RuleNumber,
                Egress: false,
                RuleAction: 'allow',
                Protocol: '-1',
                CidrBlock: '0.0.0.0/0',
              },
            ],
          }),
        ),
      ).toBe(
        `acl-x: rule number ${String(RuleNumber)} is out of range; network ACL rule numbers go from 1 to 32766.`,
      );
    }
  });

  it('a tcp NACL entry without a port range, and two entries with one number', () => {
    expect(
      refusalOf((n) =>
        firstVpc(n).NetworkAcls?.push({
          NetworkAclId: 'acl-x',
          Entries: [
            {
              RuleNumber: 1,
              Egress: true,
              RuleAction: 'deny',
              Protocol: 'tcp',
              CidrBlock: '0.0.0.0/0',
            },
          ],
        }),
      ),
    ).toBe('acl-x rule 1: a tcp entry needs a PortRange (From, To).');
    const entry = {
      RuleNumber: 5,
      Egress: true,
      RuleAction: 'deny' as const,
      Protocol: '-1' as const,
      CidrBlock: '0.0.0.0/0',
    };
    expect(
      refusalOf((n) =>
        firstVpc(n).NetworkAcls?.push({ NetworkAclId: 'acl-x', Entries: [entry, entry] }),
      ),
    ).toBe(
      'acl-x: two outbound entries use rule number 5; each number is used once per direction.',
    );
  });

  it('a route to a target that does not exist', () => {
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationCidrBlock: '192.168.0.0/16',
          NatGatewayId: 'nat-missing',
        }),
      ),
    ).toBe(
      'rtb-private route to 192.168.0.0/16: the target nat-missing is not a NAT gateway in vpc-main.',
    );
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationCidrBlock: '192.168.0.0/16',
          GatewayId: 'igw-other',
        }),
      ),
    ).toBe(
      "rtb-private route to 192.168.0.0/16: the target igw-other is not vpc-main's internet gateway or one of its gateway endpoints.",
    );
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationCidrBlock: '10.9.0.0/16',
          VpcPeeringConnectionId: 'pcx-none',
        }),
      ),
    ).toContain('pcx-none is not a peering connection of vpc-main');
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationPrefixListId: 'pl-none',
          GatewayId: 'igw-main',
        }),
      ),
    ).toContain('prefix list pl-none does not exist');
  });

  it('a route with two targets, or two routes to one destination', () => {
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationCidrBlock: '192.168.0.0/16',
          NatGatewayId: 'nat-0abc',
          GatewayId: 'igw-main',
        }),
      ),
    ).toContain('give exactly one target');
    expect(
      refusalOf((n) =>
        firstVpc(n).RouteTables[1]?.Routes?.push({
          DestinationCidrBlock: '0.0.0.0/0',
          GatewayId: 'igw-main',
        }),
      ),
    ).toBe('rtb-private has two routes to 0.0.0.0/0; a destination appears once per table.');
  });

  it('addresses: outside the subnet, reserved by AWS, or used twice', () => {
    const setIp = (ip: string) => (n: AwsNetwork) =>
      Object.assign(firstVpc(n).Instances?.[1] ?? {}, { PrivateIpAddress: ip });
    expect(refusalOf(setIp('10.0.2.10'))).toBe(
      'i-app: 10.0.2.10 is not inside its subnet subnet-private.',
    );
    expect(refusalOf(setIp('10.0.1.3'))).toContain('is reserved by AWS');
    expect(refusalOf(setIp('10.0.1.255'))).toContain('is reserved by AWS');
    expect(refusalOf(setIp('10.0.1.20'))).toBe(
      'i-db: another interface of vpc-main already has its private address.',
    );
  });

  it('subnets outside the VPC or overlapping, ids used twice, and no main route table', () => {
    expect(
      refusalOf((n) =>
        firstVpc(n).Subnets.push({ SubnetId: 'subnet-x', CidrBlock: '10.1.0.0/24' }),
      ),
    ).toBe("subnet-x: 10.1.0.0/24 is not inside vpc-main's CIDR 10.0.0.0/16.");
    expect(
      refusalOf((n) =>
        firstVpc(n).Subnets.push({ SubnetId: 'subnet-x', CidrBlock: '10.0.0.0/25' }),
      ),
    ).toBe('subnet-x: 10.0.0.0/25 overlaps subnet-public.');
    expect(refusalOf((n) => firstVpc(n).SecurityGroups.push({ GroupId: 'sg-web' }))).toBe(
      "Two resources share the id 'sg-web': ids must be unique.",
    );
    expect(refusalOf((n) => Object.assign(firstVpc(n).RouteTables[1] ?? {}, { Main: false }))).toBe(
      'subnet-private has no route table: associate one, or give the VPC a Main: true route table.',
    );
  });

  it('security group rules naming a missing group, and instances using a missing group', () => {
    expect(
      refusalOf((n) =>
        firstVpc(n).SecurityGroups[0]?.IpPermissions?.push({
          IpProtocol: '-1',
          UserIdGroupPairs: [{ GroupId: 'sg-ghost' }],
        }),
      ),
    ).toBe('sg-web: a rule names security group sg-ghost, which does not exist.');
    expect(refusalOf((n) => firstVpc(n).Instances?.[0]?.SecurityGroupIds.push('sg-ghost'))).toBe(
      'i-web uses security group sg-ghost, which vpc-main does not have.',
    );
  });

  it('peering between overlapping VPCs', () => {
    expect(
      refusalOf((n) => {
        n.Vpcs.push({
          VpcId: 'vpc-b',
          CidrBlock: '10.0.0.0/8',
          Subnets: [],
          RouteTables: [{ RouteTableId: 'rtb-b', Main: true }],
          SecurityGroups: [],
        });
        n.VpcPeeringConnections = [
          { VpcPeeringConnectionId: 'pcx-x', RequesterVpcId: 'vpc-main', AccepterVpcId: 'vpc-b' },
        ];
      }),
    ).toContain('overlapping CIDRs');
  });
});

describe('evaluateFlow refuses bad flows', () => {
  it('an unknown instance, a bad address, a service that starts a connection', () => {
    const network = smallNetwork();
    expect(() =>
      evaluateFlow(network, {
        from: { instance: 'i-nope' },
        to: { instance: 'i-web' },
        protocol: 'tcp',
        port: 1,
      }),
    ).toThrow("There is no instance 'i-nope' (instances: i-web, i-app, i-db).");
    expect(() =>
      evaluateFlow(network, {
        from: { internet: '1.2.3' },
        to: { instance: 'i-web' },
        protocol: 'tcp',
        port: 1,
      }),
    ).toThrow(InputError);
    expect(() =>
      evaluateFlow(network, {
        from: { service: 's3' },
        to: { instance: 'i-web' },
        protocol: 'tcp',
        port: 1,
      }),
    ).toThrow("s3 does not open connections here: put it on the 'to' side of the flow.");
    expect(() =>
      evaluateFlow(network, {
        from: { instance: 'i-web' },
        to: { service: 's3' },
        protocol: 'tcp',
        port: 443,
      }),
    ).toThrow(
      'The model has no prefix list for s3: add one under PrefixLists with ServiceName: s3.',
    );
    expect(() =>
      evaluateFlow(network, {
        from: { instance: 'i-web' },
        to: { instance: 'i-app' },
        protocol: 'tcp',
        port: 70000,
      }),
    ).toThrow(InputError);
  });
});
