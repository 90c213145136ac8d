import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { enabledPolicies } from '~/components/sims/netpol/model';
import { viewFromSeed } from '~/components/sims/netpol/seed-view';
import {
  computeTable,
  policySummaries,
  seedViewOf,
  viewOf,
} from '~/components/sims/netpol/sim-engine';
import { initialState, simReducer } from '~/components/sims/netpol/sim-state';
import { seedFromScenario } from '~/lib/netpol-scenario';
import { NetpolScenarioSchema } from '~/schemas/netpol-scenario';
import { shopSeed } from './fixtures';

// The seed's view a lesson page computes at build time must be exactly what the engine shows for
// that state: checked for every shipped preset, through the JSON an island's props travel in.

const presetDir = new URL('../../../../../content/scenarios/netpol/', import.meta.url);
const presets = readdirSync(presetDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    seed: seedFromScenario(
      NetpolScenarioSchema.parse(parse(readFileSync(new URL(name, presetDir), 'utf8'))),
    ),
  }));

describe('seedViewOf, for every preset', () => {
  it('finds the presets', () => {
    expect(presets.length).toBeGreaterThanOrEqual(10);
    expect(presets.map((p) => p.id)).toContain('three-tier');
  });

  for (const { id, seed } of presets) {
    it(`${id}: the precomputed grid and summaries equal the engine’s`, () => {
      const { model, probe } = initialState(seed);
      const engine = viewOf(model, probe);
      const props = JSON.parse(JSON.stringify(seedViewOf(seed))) as ReturnType<typeof seedViewOf>;
      const island = viewFromSeed(seed, props);
      expect(engine.result.table).not.toBeNull();
      expect(island.result).toEqual(engine.result);
      expect(island.result).toEqual(computeTable(seed.cluster, enabledPolicies(model), probe));
      for (const item of model.policies) {
        expect(island.summaries.get(item.policy)).toBe(engine.summaries.get(item.policy));
        expect(island.summaries.get(item.policy)).toMatch(/^Selects .+\. Isolates .+\.$/);
      }
    });
  }

  it('three-tier: a toggle changes the grid the engine computes, not the seed’s view', () => {
    const seed = presets.find((p) => p.id === 'three-tier')!.seed;
    const start = initialState(seed);
    const off = simReducer(start, { type: 'toggle', id: 'p1' });
    const before = viewFromSeed(seed, seedViewOf(seed)).result;
    expect(viewOf(off.model, off.probe).result).not.toEqual(before);
  });
});

describe('policySummaries', () => {
  it('summarises every policy, switched on or off, from the pods it selects now', () => {
    const seed = shopSeed();
    const off = simReducer(initialState(seed), { type: 'toggle', id: 'p1' });
    const summaries = policySummaries(off.model);
    expect([...summaries.values()]).toEqual([
      'Selects web, api (every pod in shop). Isolates ingress with no rules, so all ingress is denied.',
      'Selects api (app=api in shop). Isolates ingress: 1 rule allows traffic.',
    ]);
    expect(summaries.get(seed.policies[0]!.policy)).toMatch(/^Selects web, api/);
  });
});
