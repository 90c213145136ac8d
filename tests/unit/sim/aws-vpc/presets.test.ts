import { describe, expect, it } from 'vitest';
import { evaluateFlow, listToggles, withoutRules, type AwsNetwork } from '~/sim/aws-vpc';
import { loadPresets, refusal } from './fixtures';

// Every preset parses through its schema, and each of its documented flows gets exactly the
// verdict the preset promises: allowed or not, which resource refused and on which leg, and
// which resources an allowed request passes through.

const presets = loadPresets();

describe('aws-vpc presets', () => {
  it('ships the classic SAA scenarios', () => {
    expect(presets.map((p) => p.id)).toEqual([
      'bastion',
      'nacl-ephemeral',
      'nat-updates',
      'peering-not-transitive',
      's3-gateway-endpoint',
      'three-tier',
      'transit-gateway-hub',
    ]);
  });

  for (const { id, scenario } of presets) {
    describe(id, () => {
      const network = scenario.network as AwsNetwork;
      const startOff = new Set(scenario.startOff);

      it('has at least three checks, and its default flow runs', () => {
        expect(scenario.checks.length).toBeGreaterThanOrEqual(3);
        expect(
          evaluateFlow(withoutRules(network, startOff), scenario.defaultFlow).request.hops.length,
        ).toBeGreaterThan(0);
      });

      scenario.checks.forEach((check, index) => {
        const { flow } = check;
        const name = `#${String(index + 1)} ${JSON.stringify(flow.from)} → ${JSON.stringify(flow.to)} ${flow.protocol} ${String(flow.port)}`;
        it(`${name} is ${check.allowed ? 'allowed' : `denied by ${check.deniedBy ?? '?'}`}`, () => {
          const off = new Set([...startOff, ...check.off].filter((k) => !check.on.includes(k)));
          const result = evaluateFlow(withoutRules(network, off), flow);
          expect(result.allowed).toBe(check.allowed);
          const refused = refusal(result);
          if (check.allowed) {
            expect(refused).toBeNull();
          } else {
            expect(refused?.hop.resource).toBe(check.deniedBy);
            expect(refused?.leg).toBe(check.leg);
          }
          const passed = result.request.hops
            .filter((h) => h.allowed)
            .flatMap((h) => h.resource.split(', '));
          for (const resource of check.via) expect(passed).toContain(resource);
          const keys = new Set(listToggles(network).map((t) => t.key));
          const named = [...result.request.hops, ...(result.reply?.hops ?? [])].flatMap((h) =>
            h.ruleKey ? [h.ruleKey] : [],
          );
          for (const key of named) expect(keys.has(key), key).toBe(true);
        });
      });
    });
  }
});
