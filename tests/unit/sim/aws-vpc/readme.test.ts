import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { AwsNetworkSchema } from '~/schemas/aws-vpc-scenario';
import { evaluateFlow, type AwsNetwork } from '~/sim/aws-vpc';

// The README's example network and its walk are what the engine really does.
it('the README example', () => {
  const readme = readFileSync(
    new URL('../../../../src/sim/aws-vpc/README.md', import.meta.url),
    'utf8',
  );
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const network = AwsNetworkSchema.parse(parse(yaml)) as AwsNetwork;
  const result = evaluateFlow(network, {
    from: { instance: 'i-app' },
    to: { internet: '203.0.113.50' },
    protocol: 'tcp',
    port: 443,
  });
  expect(result.allowed).toBe(true);
  const reasons = result.request.hops.map((h) => h.reason);
  expect(reasons.slice(0, 4)).toEqual([
    'sg-app outbound rule 1 allows all traffic to 0.0.0.0/0.',
    'route table rtb-main: 0.0.0.0/0 → nat-a (longest prefix /0).',
    'NACL acl-default-shop outbound rule 100 allows all traffic to 0.0.0.0/0 (TCP 443 to 203.0.113.50).',
    'NACL acl-default-shop inbound rule 100 allows all traffic from 0.0.0.0/0 (TCP 443 from 10.0.10.10).',
  ]);
  expect(reasons).toContain(
    "igw-main translates the source 10.0.0.5 to nat-a's public address 198.51.100.5 (1:1 NAT).",
  );
  expect(reasons.at(-1)).toBe('the internet host 203.0.113.50 receives it.');
  for (const line of readme.split('\n').filter((l) => l.startsWith('//   ') && l.includes("'"))) {
    const quoted = /'(.*?)'(,|\s*\])/.exec(line.replace("\\'", '’'))?.[1]?.replace('’', "'");
    if (quoted && !quoted.endsWith('…')) expect(reasons).toContain(quoted);
  }
});
