import { describe, expect, it } from 'vitest';
import { evaluateFlow, type Flow } from '~/sim/aws-vpc';
import { firstVpc, line, refusal, smallNetwork } from './fixtures';

// The walker's verdicts and sentences on a small VPC, scenario by scenario.

const fromInternet = (port: number, instance = 'i-web'): Flow => ({
  from: { internet: '203.0.113.7' },
  to: { instance },
  protocol: 'tcp',
  port,
});

describe('evaluateFlow: the internet and a public subnet', () => {
  it('walks the request and its reply hop by hop, naming each rule and the IGW translation', () => {
    const result = evaluateFlow(smallNetwork(), fromInternet(443));
    expect(result.allowed).toBe(true);
    expect(result.request.hops.map(line)).toEqual([
      "✓ internet-gateway igw-main: igw-main translates the destination 198.51.100.10 to i-web's private address 10.0.0.10 (1:1 NAT).",
      '✓ network-acl acl-default: NACL acl-default inbound rule 100 allows all traffic from 0.0.0.0/0 (TCP 443 from 203.0.113.7).',
      '✓ security-group sg-web: sg-web inbound rule 1 allows TCP 443 from 0.0.0.0/0.',
      '✓ deliver i-web: delivered to i-web at 10.0.0.10:443.',
    ]);
    expect(result.reply?.hops.map(line)).toEqual([
      '✓ security-group sg-web: sg-web: return traffic of an allowed connection passes (security groups are stateful).',
      '✓ route rtb-public: route table rtb-public: 0.0.0.0/0 → igw-main (longest prefix /0).',
      '✓ network-acl acl-default: NACL acl-default outbound rule 100 allows all traffic to 0.0.0.0/0 (TCP 49152 to 203.0.113.7).',
      "✓ internet-gateway igw-main: igw-main translates the source 10.0.0.10 to i-web's public address 198.51.100.10 (1:1 NAT).",
      '✓ deliver internet: the internet host 203.0.113.7 receives it.',
    ]);
    expect(result.request.hops[0]?.translation).toEqual({
      before: {
        protocol: 'tcp',
        src: '203.0.113.7',
        srcPort: 49152,
        dst: '198.51.100.10',
        dstPort: 443,
      },
      after: {
        protocol: 'tcp',
        src: '203.0.113.7',
        srcPort: 49152,
        dst: '10.0.0.10',
        dstPort: 443,
      },
    });
    expect(result.summary).toBe('Allowed: the request arrives and the reply comes back.');
  });

  it('refuses a port no security group rule allows, with the default deny named', () => {
    const result = evaluateFlow(smallNetwork(), fromInternet(22));
    expect(result.reply).toBeNull();
    expect(result.summary).toBe(
      'Denied on the way there: default deny: no inbound rule of sg-web allows TCP 22 from 203.0.113.7.',
    );
  });

  it('cannot reach an instance without a public IPv4, even in a public subnet', () => {
    const network = smallNetwork();
    const web = firstVpc(network).Instances?.[0];
    if (web) delete web.PublicIpAddress;
    const result = evaluateFlow(network, fromInternet(443));
    expect(refusal(result)?.hop.resource).toBe('igw-main');
    expect(result.request.hops).toHaveLength(1);
    expect(result.summary).toContain('has no public IPv4 address or Elastic IP');
  });

  it('an instance without a public IPv4 in a public subnet cannot get out through the IGW either', () => {
    const network = smallNetwork();
    const web = firstVpc(network).Instances?.[0];
    if (web) delete web.PublicIpAddress;
    const result = evaluateFlow(network, {
      from: { instance: 'i-web' },
      to: { internet: '198.51.100.99' },
      protocol: 'tcp',
      port: 443,
    });
    expect(refusal(result)?.hop.kind).toBe('internet-gateway');
    expect(refusal(result)?.hop.reason).toBe(
      'igw-main drops it: i-web has no public IPv4 address or Elastic IP, and an internet gateway only translates addresses that have one.',
    );
  });
});

describe('evaluateFlow: NAT gateway', () => {
  const out: Flow = {
    from: { instance: 'i-app' },
    to: { internet: '198.51.100.99' },
    protocol: 'tcp',
    port: 443,
  };

  it('translates the source on the way out and back on the reply, showing the addresses', () => {
    const result = evaluateFlow(smallNetwork(), out);
    expect(result.allowed).toBe(true);
    expect(result.request.hops[1]?.reason).toBe(
      'route table rtb-private: 0.0.0.0/0 → nat-0abc (longest prefix /0).',
    );
    const nat = result.request.hops.find((h) => h.kind === 'nat');
    expect(nat?.translation?.after.src).toBe('10.0.0.5');
    const igw = result.request.hops.find((h) => h.kind === 'internet-gateway');
    expect(igw?.translation?.after).toEqual({
      protocol: 'tcp',
      src: '198.51.100.5',
      srcPort: 49152,
      dst: '198.51.100.99',
      dstPort: 443,
    });
    const back = result.reply?.hops.find((h) => h.kind === 'nat');
    expect(back?.translation?.after).toMatchObject({ dst: '10.0.1.10', dstPort: 49152 });
    expect(result.reply?.hops.at(-1)?.reason).toBe('delivered to i-app at 10.0.1.10:49152.');
  });

  it('a private subnet without a route to a NAT gateway cannot reach the internet', () => {
    const network = smallNetwork();
    const main = firstVpc(network).RouteTables[1];
    if (main) main.Routes = [];
    const result = evaluateFlow(network, out);
    expect(result.summary).toBe(
      'Denied on the way there: route table rtb-private has no route that matches 198.51.100.99, so the packet is dropped.',
    );
  });

  it('a NAT gateway in a private subnet (no route to an IGW) gets nowhere', () => {
    const network = smallNetwork();
    const vpc = firstVpc(network);
    const nat = vpc.NatGateways?.[0];
    if (nat) Object.assign(nat, { SubnetId: 'subnet-private', PrivateIpAddress: '10.0.1.5' });
    const result = evaluateFlow(network, out);
    expect(refusal(result)?.hop.reason).toBe(
      'nat-0abc would hand it to a NAT gateway again: a NAT gateway must sit in a public subnet, whose route table sends 0.0.0.0/0 to an internet gateway.',
    );
  });

  it('asymmetric routing: a reply that would leave through the NAT gateway fails', () => {
    const network = smallNetwork();
    const app = firstVpc(network).Instances?.[1];
    const appGroup = firstVpc(network).SecurityGroups[1];
    if (app) app.PublicIpAddress = '198.51.100.30';
    if (appGroup)
      appGroup.IpPermissions = [
        { IpProtocol: 'tcp', FromPort: 8080, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
      ];
    const result = evaluateFlow(network, fromInternet(8080, 'i-app'));
    expect(result.request.allowed).toBe(true);
    expect(refusal(result)).toMatchObject({
      leg: 'reply',
      hop: { kind: 'nat', resource: 'nat-0abc' },
    });
  });
});

describe('evaluateFlow: security groups', () => {
  it("a rule that references another group admits exactly that group's members", () => {
    const ok = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-web' },
      to: { instance: 'i-app' },
      protocol: 'tcp',
      port: 8080,
    });
    expect(
      ok.request.hops.find((h) => h.kind === 'security-group' && h.direction === 'inbound')?.reason,
    ).toBe('sg-app inbound rule 1 allows TCP 8080 from sg-web.');
    const denied = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-web' },
      to: { instance: 'i-db' },
      protocol: 'tcp',
      port: 5432,
    });
    expect(refusal(denied)?.hop.reason).toBe(
      'default deny: no inbound rule of sg-db allows TCP 5432 from 10.0.0.10.',
    );
  });

  it('return traffic passes security groups without any rule (stateful)', () => {
    const result = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-app' },
      to: { instance: 'i-db' },
      protocol: 'tcp',
      port: 5432,
    });
    expect(result.allowed).toBe(true);
    expect(
      result.reply?.hops.filter((h) => h.kind === 'security-group').map((h) => h.rule),
    ).toEqual(['stateful', 'stateful']);
  });

  it("an explicit empty egress list sends nothing; an absent one is AWS's allow-all default", () => {
    const network = smallNetwork();
    const web = firstVpc(network).SecurityGroups[0];
    if (web) web.IpPermissionsEgress = [];
    const result = evaluateFlow(network, {
      from: { instance: 'i-web' },
      to: { instance: 'i-app' },
      protocol: 'tcp',
      port: 8080,
    });
    expect(refusal(result)?.hop.reason).toBe(
      'default deny: no outbound rule of sg-web allows TCP 8080 to 10.0.1.10.',
    );
  });

  it('checks every rule of every group on the ENI: a later rule can allow', () => {
    const network = smallNetwork();
    const vpc = firstVpc(network);
    vpc.SecurityGroups.push({
      GroupId: 'sg-ssh',
      IpPermissions: [
        { IpProtocol: 'tcp', FromPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24' }] },
      ],
    });
    vpc.Instances?.[0]?.SecurityGroupIds.push('sg-ssh');
    const result = evaluateFlow(network, fromInternet(22));
    expect(result.allowed).toBe(true);
    expect(result.request.hops[2]?.reason).toBe(
      'sg-ssh inbound rule 1 allows TCP 22 from 203.0.113.0/24.',
    );
  });
});

describe('evaluateFlow: network ACLs', () => {
  const withAcl = (
    entries: NonNullable<ReturnType<typeof firstVpc>['NetworkAcls']>[number]['Entries'],
  ) => {
    const network = smallNetwork();
    firstVpc(network).NetworkAcls?.push({
      NetworkAclId: 'acl-web',
      SubnetIds: ['subnet-public'],
      ...(entries ? { Entries: entries } : {}),
    });
    return network;
  };

  it('a new custom ACL denies everything until rules are added', () => {
    const result = evaluateFlow(withAcl(undefined), fromInternet(443));
    expect(refusal(result)?.hop.reason).toBe(
      'NACL acl-web inbound rule * denies it: no numbered rule matches TCP 443 from 203.0.113.7.',
    );
  });

  it('lowest rule number first: a deny at 90 beats an allow at 100, whatever the order written', () => {
    const network = withAcl([
      {
        RuleNumber: 100,
        Egress: false,
        RuleAction: 'allow',
        Protocol: 'tcp',
        PortRange: { From: 443, To: 443 },
        CidrBlock: '0.0.0.0/0',
      },
      {
        RuleNumber: 90,
        Egress: false,
        RuleAction: 'deny',
        Protocol: '-1',
        CidrBlock: '203.0.113.0/24',
      },
    ]);
    expect(refusal(evaluateFlow(network, fromInternet(443)))?.hop.reason).toBe(
      'NACL acl-web inbound rule 90 denies all traffic from 203.0.113.0/24 (TCP 443 from 203.0.113.7).',
    );
  });

  it('an allow numbered lower than a deny wins', () => {
    const network = withAcl([
      {
        RuleNumber: 200,
        Egress: false,
        RuleAction: 'deny',
        Protocol: '-1',
        CidrBlock: '203.0.113.0/24',
      },
      {
        RuleNumber: 100,
        Egress: false,
        RuleAction: 'allow',
        Protocol: 'tcp',
        PortRange: { From: 443, To: 443 },
        CidrBlock: '0.0.0.0/0',
      },
      {
        RuleNumber: 100,
        Egress: true,
        RuleAction: 'allow',
        Protocol: 'tcp',
        PortRange: { From: 1024, To: 65535 },
        CidrBlock: '0.0.0.0/0',
      },
    ]);
    const result = evaluateFlow(network, fromInternet(443));
    expect(result.allowed).toBe(true);
    expect(result.request.hops[1]?.rule).toBe('100');
  });

  it('forgotten ephemeral ports: the request gets in, the reply is denied on the way out', () => {
    const network = withAcl([
      {
        RuleNumber: 100,
        Egress: false,
        RuleAction: 'allow',
        Protocol: 'tcp',
        PortRange: { From: 443, To: 443 },
        CidrBlock: '0.0.0.0/0',
      },
      {
        RuleNumber: 100,
        Egress: true,
        RuleAction: 'allow',
        Protocol: 'tcp',
        PortRange: { From: 443, To: 443 },
        CidrBlock: '0.0.0.0/0',
      },
    ]);
    const result = evaluateFlow(network, fromInternet(443));
    expect(result.request.allowed).toBe(true);
    expect(result.summary).toBe(
      'The request arrives, but the reply is denied: NACL acl-web outbound rule * denies it: no numbered rule matches TCP 49152 to 203.0.113.7.',
    );
    const client1023 = evaluateFlow(
      withAcl([
        {
          RuleNumber: 100,
          Egress: false,
          RuleAction: 'allow',
          Protocol: 'tcp',
          PortRange: { From: 443, To: 443 },
          CidrBlock: '0.0.0.0/0',
        },
        {
          RuleNumber: 100,
          Egress: true,
          RuleAction: 'allow',
          Protocol: 'tcp',
          PortRange: { From: 1024, To: 65535 },
          CidrBlock: '0.0.0.0/0',
        },
      ]),
      { ...fromInternet(443), sourcePort: 1023 },
    );
    expect(refusal(client1023)?.leg).toBe('reply');
  });

  it('traffic inside one subnet is not filtered by its ACL', () => {
    const network = smallNetwork();
    firstVpc(network).NetworkAcls?.push({
      NetworkAclId: 'acl-private',
      SubnetIds: ['subnet-private'],
    });
    const result = evaluateFlow(network, {
      from: { instance: 'i-app' },
      to: { instance: 'i-db' },
      protocol: 'tcp',
      port: 5432,
    });
    expect(result.allowed).toBe(true);
    expect(result.request.hops.find((h) => h.kind === 'network-acl')?.reason).toBe(
      "same subnet (subnet-private): network ACLs filter only traffic that crosses a subnet's edge.",
    );
  });
});

describe('evaluateFlow: routes', () => {
  const s3 = (network = smallNetwork()) => {
    network.PrefixLists = [{ PrefixListId: 'pl-s3', ServiceName: 's3', Cidrs: ['52.216.0.0/15'] }];
    const vpc = firstVpc(network);
    vpc.VpcEndpoints = [{ VpcEndpointId: 'vpce-s3', ServiceName: 'com.amazonaws.us-east-1.s3' }];
    vpc.RouteTables[1]?.Routes?.push({ DestinationPrefixListId: 'pl-s3', GatewayId: 'vpce-s3' });
    return network;
  };
  const toS3: Flow = {
    from: { instance: 'i-app' },
    to: { service: 's3' },
    protocol: 'tcp',
    port: 443,
  };

  it('the gateway endpoint route beats 0.0.0.0/0 → NAT by longest prefix', () => {
    const result = evaluateFlow(s3(), toS3);
    expect(result.allowed).toBe(true);
    expect(result.request.hops[1]?.reason).toBe(
      'route table rtb-private: pl-s3 (its 52.216.0.0/15 holds 52.216.0.1) → vpce-s3 (longest prefix /15).',
    );
    expect(result.request.hops.some((h) => h.kind === 'nat')).toBe(false);
    expect(result.reply?.hops.map((h) => h.kind)).toEqual([
      'gateway-endpoint',
      'network-acl',
      'security-group',
      'deliver',
    ]);
  });

  it('on an equal prefix a static CIDR route beats a prefix-list route', () => {
    const network = s3();
    firstVpc(network).RouteTables[1]?.Routes?.push({
      DestinationCidrBlock: '52.216.0.0/15',
      NatGatewayId: 'nat-0abc',
    });
    expect(evaluateFlow(network, toS3).request.hops[1]?.reason).toBe(
      'route table rtb-private: 52.216.0.0/15 → nat-0abc (longest prefix /15).',
    );
  });

  it('without the endpoint route, S3 is reached over the internet path through the NAT gateway', () => {
    const network = smallNetwork();
    network.PrefixLists = [{ PrefixListId: 'pl-s3', ServiceName: 's3', Cidrs: ['52.216.0.0/15'] }];
    const result = evaluateFlow(network, toS3);
    expect(result.allowed).toBe(true);
    expect(result.request.hops.at(-1)?.reason).toBe(
      'S3 receives it at its public endpoint 52.216.0.1, reached over the internet path.',
    );
    expect(result.request.hops.some((h) => h.kind === 'nat')).toBe(true);
  });

  it('the local route covers the VPC, and a subnet without an association uses the main table', () => {
    const result = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-app' },
      to: { instance: 'i-web' },
      protocol: 'tcp',
      port: 443,
    });
    expect(result.request.hops[1]?.reason).toBe(
      'route table rtb-private: 10.0.0.0/16 → local (longest prefix /16).',
    );
  });

  it('a NAT gateway refuses connections from the internet', () => {
    const result = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-web' },
      to: { internet: '198.51.100.5' },
      protocol: 'tcp',
      port: 443,
    });
    expect(refusal(result)?.hop.reason).toBe(
      'nat-0abc drops it: a NAT gateway lets private instances start connections out, never lets a connection in.',
    );
  });

  it('private addresses are not routed on the internet', () => {
    const result = evaluateFlow(smallNetwork(), {
      from: { instance: 'i-web' },
      to: { internet: '172.16.0.1' },
      protocol: 'tcp',
      port: 443,
    });
    expect(refusal(result)?.hop.reason).toBe(
      '172.16.0.1 is a private address, which the internet does not route.',
    );
  });
});

describe('evaluateFlow: between VPCs', () => {
  const twoVpcs = () => {
    const network = smallNetwork();
    network.Vpcs.push({
      VpcId: 'vpc-peer',
      CidrBlock: '10.1.0.0/16',
      Subnets: [{ SubnetId: 'subnet-peer', CidrBlock: '10.1.0.0/24' }],
      RouteTables: [
        {
          RouteTableId: 'rtb-peer',
          Main: true,
          Routes: [{ DestinationCidrBlock: '10.0.0.0/16', VpcPeeringConnectionId: 'pcx-1' }],
        },
      ],
      SecurityGroups: [
        {
          GroupId: 'sg-peer',
          IpPermissions: [
            { IpProtocol: 'tcp', FromPort: 443, UserIdGroupPairs: [{ GroupId: 'sg-app' }] },
          ],
        },
      ],
      Instances: [
        {
          InstanceId: 'i-peer',
          SubnetId: 'subnet-peer',
          PrivateIpAddress: '10.1.0.10',
          SecurityGroupIds: ['sg-peer'],
        },
      ],
    });
    network.VpcPeeringConnections = [
      { VpcPeeringConnectionId: 'pcx-1', RequesterVpcId: 'vpc-main', AccepterVpcId: 'vpc-peer' },
    ];
    firstVpc(network).RouteTables[1]?.Routes?.push({
      DestinationCidrBlock: '10.1.0.0/16',
      VpcPeeringConnectionId: 'pcx-1',
    });
    return network;
  };
  const toPeer: Flow = {
    from: { instance: 'i-app' },
    to: { instance: 'i-peer' },
    protocol: 'tcp',
    port: 443,
  };

  it('peering carries traffic both ways when both route tables have routes; a referenced group works across it', () => {
    const result = evaluateFlow(twoVpcs(), toPeer);
    expect(result.allowed).toBe(true);
    expect(result.request.hops.map((h) => h.resource)).toEqual([
      'sg-app',
      'rtb-private',
      'acl-default',
      'pcx-1',
      'acl-default-peer',
      'sg-peer',
      'i-peer',
    ]);
  });

  it('the peer needs its own return route', () => {
    const network = twoVpcs();
    const peerTable = network.Vpcs[1]?.RouteTables[0];
    if (peerTable) peerTable.Routes = [];
    expect(refusal(evaluateFlow(network, toPeer))).toMatchObject({
      leg: 'reply',
      hop: { resource: 'rtb-peer' },
    });
  });

  it('peering is not transitive: the peer VPC does not forward to its own NAT gateway', () => {
    const network = twoVpcs();
    const peerTable = network.Vpcs[1]?.RouteTables[0];
    peerTable?.Routes?.push({ DestinationCidrBlock: '0.0.0.0/0', VpcPeeringConnectionId: 'pcx-1' });
    const result = evaluateFlow(network, {
      from: { instance: 'i-peer' },
      to: { internet: '198.51.100.99' },
      protocol: 'tcp',
      port: 443,
    });
    expect(refusal(result)?.hop.kind).toBe('peering');
    expect(refusal(result)?.hop.reason).toContain('peering is not transitive');
  });
});

describe('evaluateFlow: transit gateway and on premises', () => {
  const hub = () => {
    const network = smallNetwork();
    network.TransitGateways = [
      { TransitGatewayId: 'tgw-1', VpcIds: ['vpc-main'], VpnCidrs: ['192.168.0.0/16'] },
    ];
    firstVpc(network).RouteTables[1]?.Routes?.push({
      DestinationCidrBlock: '192.168.0.0/16',
      TransitGatewayId: 'tgw-1',
    });
    const appGroup = firstVpc(network).SecurityGroups[1];
    appGroup?.IpPermissions?.push({
      IpProtocol: 'tcp',
      FromPort: 22,
      IpRanges: [{ CidrIp: '192.168.0.0/16' }],
    });
    return network;
  };

  it('on premises reaches a private instance over the VPN and the transit gateway, and the reply returns', () => {
    const result = evaluateFlow(hub(), {
      from: { onPremises: '192.168.10.5' },
      to: { instance: 'i-app' },
      protocol: 'tcp',
      port: 22,
    });
    expect(result.allowed).toBe(true);
    expect(result.request.hops.map((h) => h.reason).slice(0, 2)).toEqual([
      'the on-premises network sends it over the Site-to-Site VPN to tgw-1.',
      'tgw-1 routes 10.0.1.10 to vpc-main (propagated 10.0.0.0/16).',
    ]);
    expect(result.reply?.hops.map((h) => h.resource)).toEqual([
      'sg-app',
      'rtb-private',
      'acl-default',
      'tgw-1',
      'on-premises',
    ]);
  });

  it('an on-premises address outside every VPN CIDR is refused', () => {
    expect(() =>
      evaluateFlow(hub(), {
        from: { onPremises: '172.20.0.5' },
        to: { instance: 'i-app' },
        protocol: 'tcp',
        port: 22,
      }),
    ).toThrow("172.20.0.5 is not in any on-premises CIDR (a transit gateway's VpnCidrs).");
  });

  it('a route to a transit gateway the VPC is not attached to is refused', () => {
    const network = hub();
    const tgw = network.TransitGateways?.[0];
    if (tgw) tgw.VpcIds = [];
    expect(() =>
      evaluateFlow(network, {
        from: { instance: 'i-app' },
        to: { onPremises: '192.168.10.5' },
        protocol: 'udp',
        port: 514,
      }),
    ).toThrow(
      'rtb-private route to 192.168.0.0/16: the target tgw-1 is not a transit gateway attached to vpc-main.',
    );
  });
});
