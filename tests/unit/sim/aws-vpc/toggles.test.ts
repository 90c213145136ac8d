import { describe, expect, it } from 'vitest';
import {
  describeSubnets,
  evaluateFlow,
  listEndpoints,
  listToggles,
  withoutRules,
} from '~/sim/aws-vpc';
import { firstVpc, smallNetwork } from './fixtures';

describe('listToggles and withoutRules', () => {
  it('lists every security group rule (default egress included), ACL entry and route', () => {
    const keys = listToggles(smallNetwork()).map((t) => `${t.key} | ${t.label}`);
    expect(keys).toEqual([
      'sg:sg-web:in:1 | inbound 1: TCP 443 from 0.0.0.0/0',
      'sg:sg-web:out:1 | outbound 1: all traffic to 0.0.0.0/0',
      'sg:sg-app:in:1 | inbound 1: TCP 8080 from sg-web',
      'sg:sg-app:out:1 | outbound 1: all traffic to 0.0.0.0/0',
      'sg:sg-db:in:1 | inbound 1: TCP 5432 from sg-app',
      'sg:sg-db:out:1 | outbound 1: all traffic to 0.0.0.0/0',
      'acl:acl-default:in:100 | inbound 100: allow all traffic from 0.0.0.0/0',
      'acl:acl-default:out:100 | outbound 100: allow all traffic to 0.0.0.0/0',
      'rtb:rtb-public:0.0.0.0/0 | 0.0.0.0/0 → igw-main',
      'rtb:rtb-private:0.0.0.0/0 | 0.0.0.0/0 → nat-0abc',
    ]);
  });

  it('switching rules off changes the verdict, and the input is left untouched', () => {
    const network = smallNetwork();
    const flow = {
      from: { internet: '203.0.113.7' },
      to: { instance: 'i-web' },
      protocol: 'tcp',
      port: 443,
    } as const;
    expect(evaluateFlow(withoutRules(network, new Set(['sg:sg-web:out:1'])), flow).allowed).toBe(
      true,
    ); // stateful
    expect(
      evaluateFlow(withoutRules(network, new Set(['acl:acl-default:out:100'])), flow).summary,
    ).toBe(
      'The request arrives, but the reply is denied: NACL acl-default outbound rule * denies it: no numbered rule matches TCP 49152 to 203.0.113.7.',
    );
    expect(evaluateFlow(withoutRules(network, new Set(['sg:sg-web:in:1'])), flow).allowed).toBe(
      false,
    );
    expect(
      evaluateFlow(withoutRules(network, new Set(['rtb:rtb-public:0.0.0.0/0'])), flow).summary,
    ).toBe(
      'The request arrives, but the reply is denied: route table rtb-public has no route that matches 203.0.113.7, so the packet is dropped.',
    );
    expect(firstVpc(network).SecurityGroups[0]?.IpPermissions).toHaveLength(1);
    expect(withoutRules(network, new Set())).toBe(network);
  });
});

describe('describeSubnets and listEndpoints', () => {
  it('public means a 0.0.0.0/0 route to an internet gateway; unassociated subnets use the main table', () => {
    expect(describeSubnets(smallNetwork())).toEqual([
      {
        subnetId: 'subnet-public',
        vpcId: 'vpc-main',
        cidr: '10.0.0.0/24',
        routeTableId: 'rtb-public',
        explicitRouteTable: true,
        networkAclId: 'acl-default',
        public: true,
      },
      {
        subnetId: 'subnet-private',
        vpcId: 'vpc-main',
        cidr: '10.0.1.0/24',
        routeTableId: 'rtb-private',
        explicitRouteTable: false,
        networkAclId: 'acl-default',
        public: false,
      },
    ]);
  });

  it('offers instances, outside hosts and services', () => {
    const network = smallNetwork();
    network.PrefixLists = [{ PrefixListId: 'pl-s3', ServiceName: 's3', Cidrs: ['52.216.0.0/15'] }];
    expect(
      listEndpoints(network, { internet: ['203.0.113.7'] }).map(
        (e) => `${e.key} | ${e.label} | ${String(e.canStart)}`,
      ),
    ).toEqual([
      'instance:i-web | i-web (10.0.0.10, public 198.51.100.10) | true',
      'instance:i-app | i-app (10.0.1.10) | true',
      'instance:i-db | i-db (10.0.1.20) | true',
      'internet:203.0.113.7 | Internet host 203.0.113.7 | true',
      'service:s3 | Amazon S3 | false',
    ]);
  });
});
