import { describe, expect, it } from 'vitest';
import { AwsVpcScenarioSchema } from '~/schemas/aws-vpc-scenario';
import { smallNetwork } from './fixtures';

// The preset schema (src/schemas/aws-vpc-scenario.ts): its shape, and the engine's checks as issues.

const base = () => ({
  title: 'Small',
  description: 'A small network used by the schema tests, with a web tier and an app tier.',
  defaultFlow: {
    from: { internet: '203.0.113.7' },
    to: { instance: 'i-web' },
    protocol: 'tcp',
    port: 443,
  },
  network: smallNetwork(),
});

/** The issues of a parse, as "path: message" lines. */
function issuesOf(input: unknown): string[] {
  const result = AwsVpcScenarioSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('AwsVpcScenarioSchema', () => {
  it('accepts a valid preset and fills defaults', () => {
    const parsed = AwsVpcScenarioSchema.parse(base());
    expect(parsed.startOff).toEqual([]);
    expect(parsed.outside).toEqual({ internet: [], onPremises: [] });
  });

  it("reports the engine's InputError as an issue on the network", () => {
    const input = base();
    const vpc = input.network.Vpcs[0];
    if (vpc) vpc.CidrBlock = '10.0.0.0/40';
    expect(issuesOf(input)).toEqual([
      "network: vpc-main CidrBlock: '10.0.0.0/40' has prefix /40: an IPv4 prefix length is a whole number from 0 to 32.",
    ]);
  });

  it('refuses unknown rule keys, unknown fields and a flow with two kinds of end', () => {
    expect(issuesOf({ ...base(), startOff: ['acl:acl-nope:in:1'] })).toEqual([
      'startOff: unknown rule keys: acl:acl-nope:in:1',
    ]);
    expect(issuesOf({ ...base(), extra: 1 })).toHaveLength(1);
    expect(
      issuesOf({
        ...base(),
        defaultFlow: { ...base().defaultFlow, from: { internet: '1.1.1.1', instance: 'i-web' } },
      }).length,
    ).toBeGreaterThan(0);
  });
});
