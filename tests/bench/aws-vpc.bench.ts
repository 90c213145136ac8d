import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { parse } from 'yaml';
import { AwsVpcScenarioSchema } from '~/schemas/aws-vpc-scenario';
import {
  compileNetwork,
  evaluateCompiled,
  evaluateFlow,
  withoutRules,
  type AwsNetwork,
} from '~/sim/aws-vpc';
import { measure, report } from './harness';

// The VPC walker on every shipped preset: one evaluateFlow (compile + walk) of its default flow,
// as the island runs it on every change, and all of its documented checks on a compiled network.
it('aws-vpc engine', () => {
  const dir = new URL('../../content/scenarios/aws-vpc/', import.meta.url);
  const presets = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: AwsVpcScenarioSchema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))),
    }));
  report(
    presets.flatMap(({ id, data }) => {
      const network = withoutRules(data.network as AwsNetwork, new Set(data.startOff));
      const compiled = compileNetwork(network);
      return [
        measure(
          `evaluateFlow ${id}`,
          'default flow, compile + walk',
          () => evaluateFlow(network, data.defaultFlow),
          { runs: 200, warmup: 20 },
        ),
        measure(
          `  all checks ${id}`,
          `${String(data.checks.length)} flows, compiled once`,
          () => data.checks.map((c) => evaluateCompiled(compiled, c.flow)),
          { runs: 100, warmup: 10 },
        ),
      ];
    }),
  );
});
