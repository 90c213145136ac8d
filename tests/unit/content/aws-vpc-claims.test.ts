import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Claims that the AWS VPC lesson's walker notes make, each tied to a verdict in the preset's own
// `checks` list (which the walker's content tests hold the engine to), so that a note cannot drift
// from what the learner sees when a preset changes.

const root = new URL('../../../content/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

const lessonText = read('lessons/aws/vpc-networking.mdx');
const embeds = [...lessonText.matchAll(/^<VpcWalker\b([^>]*)\/>$/gm)].map((m) => m[1] ?? '');
const propOf = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

// A check from a preset's `checks` list (the verdicts the walker's own content tests hold the
// engine to), in the raw YAML shape.
interface PresetCheck {
  flow: { from: Record<string, string>; to: Record<string, string>; port: number };
  off?: string[];
  on?: string[];
  allowed: boolean;
  deniedBy?: string;
  leg?: string;
  via?: string[];
}

// The checks of one shipped preset.
const checksOf = (preset: string): PresetCheck[] =>
  (parse(read(`scenarios/aws-vpc/${preset}.yaml`)) as { checks?: PresetCheck[] }).checks ?? [];

// What a lesson note claims, and the preset check that must back it.
interface NoteClaim {
  preset: string;
  says: string;
  check: Partial<Omit<PresetCheck, 'flow'>> & { from: string; to: string; port: number };
}

// An endpoint of a flow as one word: the instance id, the internet address or the service.
const endOf = (end: Record<string, string>): string => Object.values(end)[0] ?? '';

// Whether a preset check backs a claim: same flow, same toggles, same verdict and culprit.
function backs(check: PresetCheck, claim: NoteClaim['check']): boolean {
  const sameFlow =
    endOf(check.flow.from) === claim.from &&
    endOf(check.flow.to) === claim.to &&
    check.flow.port === claim.port;
  const sameToggles =
    JSON.stringify(check.off ?? []) === JSON.stringify(claim.off ?? []) &&
    JSON.stringify(check.on ?? []) === JSON.stringify(claim.on ?? []);
  const sameVerdict =
    check.allowed === claim.allowed &&
    (claim.deniedBy === undefined || check.deniedBy === claim.deniedBy) &&
    (claim.leg === undefined || check.leg === claim.leg);
  const passes = (claim.via ?? []).every((hop) => (check.via ?? []).includes(hop));
  return sameFlow && sameToggles && sameVerdict && passes;
}

const claims: NoteClaim[] = [
  {
    preset: 'three-tier',
    says: 'acl-db admits only the app subnet, so the subnet boundary drops it',
    check: { from: 'i-web-b', to: 'i-db-a', port: 5432, allowed: false, deniedBy: 'acl-db' },
  },
  {
    preset: 'three-tier',
    says: 'app-a to the internet on 443 leaves through nat-a',
    check: { from: 'i-app-a', to: '203.0.113.50', port: 443, allowed: true, via: ['nat-a'] },
  },
  {
    preset: 'three-tier',
    says: 'db-a to the internet is stopped by acl-db',
    check: { from: 'i-db-a', to: '203.0.113.50', port: 443, allowed: false, deniedBy: 'acl-db' },
  },
  {
    preset: 'nat-updates',
    says: '198.51.100.80 opening port 22 to the worker never gets in',
    check: { from: '198.51.100.80', to: 'i-worker', port: 22, allowed: false, leg: 'request' },
  },
  {
    preset: 'nat-updates',
    says: 'batch in the isolated subnet (no route out)',
    check: {
      from: 'i-batch',
      to: '198.51.100.80',
      port: 443,
      allowed: false,
      deniedBy: 'rtb-isolated',
    },
  },
  {
    preset: 'nat-updates',
    says: 'switch off the 0.0.0.0/0 route in rtb-private',
    check: {
      from: 'i-worker',
      to: '198.51.100.80',
      port: 443,
      off: ['rtb:rtb-private:0.0.0.0/0'],
      allowed: false,
      deniedBy: 'rtb-private',
    },
  },
  {
    preset: 'nat-updates',
    says: 'to nat-updates, which rewrites the source to its own address, then to the internet gateway',
    check: {
      from: 'i-worker',
      to: '198.51.100.80',
      port: 443,
      allowed: true,
      via: ['nat-updates', 'igw-updates'],
    },
  },
  {
    preset: 'nat-updates',
    says: 'no-public-ip in the public subnet (a route, but no public address)',
    check: {
      from: 'i-no-public-ip',
      to: '198.51.100.80',
      port: 443,
      allowed: false,
      deniedBy: 'igw-updates',
    },
  },
  {
    preset: 'nat-updates',
    says: 'switch it back on and switch off the one in rtb-public instead',
    check: {
      from: 'i-worker',
      to: '198.51.100.80',
      port: 443,
      off: ['rtb:rtb-public:0.0.0.0/0'],
      allowed: false,
      deniedBy: 'rtb-public',
    },
  },
  {
    preset: 'three-tier',
    says: 'Walk web-a to app-a on 8080 (sg-app admits members of sg-web)',
    check: { from: 'i-web-a', to: 'i-app-a', port: 8080, allowed: true, via: ['sg-app'] },
  },
  {
    preset: 's3-gateway-endpoint',
    says: 'tools to DynamoDB (there is no DynamoDB endpoint, so it goes through NAT)',
    check: { from: 'i-tools', to: 'dynamodb', port: 443, allowed: true, via: ['nat-main'] },
  },
  {
    preset: 's3-gateway-endpoint',
    says: 'offline to S3 (no route at all)',
    check: { from: 'i-offline', to: 's3', port: 443, allowed: false, deniedBy: 'rtb-offline' },
  },
  {
    preset: 'peering-not-transitive',
    says: 'c to a fails at rtb-c',
    check: { from: 'i-c', to: 'i-a', port: 443, allowed: false, deniedBy: 'rtb-c' },
  },
  {
    preset: 'transit-gateway-hub',
    says: 'Compare on-premises to shared, which works',
    check: { from: '192.168.10.5', to: 'i-shared', port: 443, allowed: true, via: ['tgw-hub'] },
  },
  {
    preset: 'nacl-ephemeral',
    says: 'the reply to port 49152 is dropped by acl-web',
    check: {
      from: '203.0.113.50',
      to: 'i-web',
      port: 443,
      allowed: false,
      deniedBy: 'acl-web',
      leg: 'reply',
    },
  },
  {
    preset: 'nacl-ephemeral',
    says: 'Switch on outbound rule 120 (TCP 1024-65535) and the walk succeeds',
    check: {
      from: '203.0.113.50',
      to: 'i-web',
      port: 443,
      on: ['acl:acl-web:out:120'],
      allowed: true,
    },
  },
  {
    preset: 'nacl-ephemeral',
    says: 'this time the reply is dropped on its way in, until inbound rule 120 is on',
    check: {
      from: 'i-web',
      to: '203.0.113.50',
      port: 443,
      allowed: false,
      deniedBy: 'acl-web',
      leg: 'reply',
    },
  },
  {
    preset: 'bastion',
    says: 'from 192.0.2.99 it is refused',
    check: {
      from: '192.0.2.99',
      to: 'i-bastion',
      port: 22,
      allowed: false,
      deniedBy: 'sg-bastion',
    },
  },
  {
    preset: 'bastion',
    says: 'From the office straight to app fails at the internet gateway',
    check: { from: '203.0.113.25', to: 'i-app', port: 22, allowed: false, deniedBy: 'igw-admin' },
  },
  {
    preset: 's3-gateway-endpoint',
    says: 'Switch off the pl-s3 route and the same request leaves through nat-main',
    check: {
      from: 'i-app',
      to: 's3',
      port: 443,
      off: ['rtb:rtb-private:pl-s3'],
      allowed: true,
      via: ['nat-main'],
    },
  },
  {
    preset: 's3-gateway-endpoint',
    says: 'app to the internet on 443 is refused by sg-app',
    check: { from: 'i-app', to: '198.51.100.80', port: 443, allowed: false, deniedBy: 'sg-app' },
  },
  {
    preset: 'peering-not-transitive',
    says: 'the peering connection drops it',
    check: { from: 'i-a', to: 'i-c', port: 443, allowed: false, deniedBy: 'pcx-ab' },
  },
  {
    preset: 'peering-not-transitive',
    says: 'the reply has no way back',
    check: {
      from: 'i-a',
      to: 'i-b',
      port: 443,
      off: ['rtb:rtb-b:10.0.0.0/16'],
      allowed: false,
      leg: 'reply',
    },
  },
  {
    preset: 'transit-gateway-hub',
    says: 'rtb-shared has a route to on-premises through the transit gateway and none for the app VPC',
    check: {
      from: 'i-app',
      to: 'i-shared',
      port: 443,
      allowed: false,
      deniedBy: 'rtb-shared',
      leg: 'reply',
    },
  },
  {
    preset: 'nacl-ephemeral',
    says: 'start from 192.0.2.66: deny rule 90 matches before allow rule 100 is ever reached',
    check: {
      from: '192.0.2.66',
      to: 'i-web',
      port: 443,
      on: ['acl:acl-web:in:120', 'acl:acl-web:out:120'],
      allowed: false,
      deniedBy: 'acl-web',
      leg: 'request',
    },
  },
  {
    preset: 'bastion',
    says: 'app to bastion on 22: sg-bastion admits only the office range',
    check: { from: 'i-app', to: 'i-bastion', port: 22, allowed: false, deniedBy: 'sg-bastion' },
  },
  {
    preset: 'transit-gateway-hub',
    says: 'SSH from on-premises 192.168.10.5 to app crosses the VPN and tgw-hub',
    check: { from: '192.168.10.5', to: 'i-app', port: 22, allowed: true, via: ['tgw-hub'] },
  },
];

describe('the walker notes in the lesson', () => {
  const noteOf = (preset: string): string =>
    embeds
      .filter((attrs) => propOf(attrs, 'preset') === preset)
      .map((attrs) => propOf(attrs, 'note') ?? '')
      .join(' ');

  for (const claim of claims) {
    it(`${claim.preset}: "${claim.says}" is backed by a check of the preset`, () => {
      expect(noteOf(claim.preset)).toContain(claim.says);
      expect(checksOf(claim.preset).some((check) => backs(check, claim.check))).toBe(true);
    });
  }
});
