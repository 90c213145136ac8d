import { describe, expect, it } from 'vitest';
import {
  cellsOf,
  isSeedState,
  tableFromCells,
  viewFromSeed,
} from '~/components/sims/netpol/seed-view';
import { computeTable, seedViewOf } from '~/components/sims/netpol/sim-engine';
import { enabledPolicies } from '~/components/sims/netpol/model';
import { initialState, simReducer } from '~/components/sims/netpol/sim-state';
import { shopSeed } from './fixtures';

describe('cellsOf and tableFromCells', () => {
  const seed = shopSeed();
  const { model, probe } = initialState(seed);
  const { table } = computeTable(model.cluster, enabledPolicies(model), probe);

  it('writes the grid row by row: web, api, toolbox, then the outside client', () => {
    // shop denies ingress except web to api on 8080, a pod always reaches itself, nothing limits
    // egress or ops, and client to client is not a cluster connection.
    expect(cellsOf(table!)).toBe('1111' + '0111' + '0011' + '001-');
  });

  it('reads the same grid back from the cluster and the cells', () => {
    expect(tableFromCells(seed.cluster, cellsOf(table!))).toEqual(table);
  });

  it('refuses cells that do not fit the cluster (a bug, not a learner’s mistake)', () => {
    expect(() => tableFromCells(seed.cluster, '1101')).toThrow(
      'the precomputed grid has 4 cells, the cluster 16',
    );
  });
});

describe('viewFromSeed', () => {
  it('maps each seed policy object to its summary, in the seed’s order', () => {
    const seed = shopSeed();
    const view = viewFromSeed(seed, { grid: { cells: '1'.repeat(16) }, summaries: ['a', 'b'] });
    expect(view.summaries.get(seed.policies[0]!.policy)).toBe('a');
    expect(view.summaries.get(seed.policies[1]!.policy)).toBe('b');
    expect(view.result.table?.parties).toHaveLength(4);
  });

  it('carries a probe’s problem instead of a grid', () => {
    const seed = { ...shopSeed(), probe: { port: 70000, protocol: 'TCP' as const } };
    const view = seedViewOf(seed);
    expect('problem' in view.grid).toBe(true);
    expect(viewFromSeed(seed, view).result).toEqual({
      table: null,
      problem: computeTable(seed.cluster, [], seed.probe).problem,
    });
  });

  it('refuses a summary count that does not fit the seed', () => {
    expect(() =>
      viewFromSeed(shopSeed(), { grid: { cells: '1'.repeat(16) }, summaries: ['a'] }),
    ).toThrow('the precomputed view has 1 summaries for 2 policies');
  });
});

describe('isSeedState', () => {
  const seed = shopSeed();
  const start = initialState(seed);

  it('holds for the state a seed opens with, and again after Reset', () => {
    expect(isSeedState(start, seed)).toBe(true);
    const toggled = simReducer(start, { type: 'toggle', id: 'p1' });
    expect(isSeedState(simReducer(toggled, { type: 'load', seed }), seed)).toBe(true);
  });

  it('ends with a switch, and holds again when the switch is put back', () => {
    const off = simReducer(start, { type: 'toggle', id: 'p1' });
    expect(isSeedState(off, seed)).toBe(false);
    expect(isSeedState(simReducer(off, { type: 'toggle', id: 'p1' }), seed)).toBe(true);
  });

  it('compares the probe by value', () => {
    const other = simReducer(start, { type: 'set-probe', probe: { port: 80, protocol: 'TCP' } });
    expect(isSeedState(other, seed)).toBe(false);
    const back = simReducer(other, { type: 'set-probe', probe: { port: 8080, protocol: 'TCP' } });
    expect(isSeedState(back, seed)).toBe(true);
    const udp = simReducer(start, { type: 'set-probe', probe: { port: 8080, protocol: 'UDP' } });
    expect(isSeedState(udp, seed)).toBe(false);
  });

  it('ends with any edit of the policies or the cluster, even one that looks the same', () => {
    const [first] = start.model.policies;
    const edited = simReducer(start, {
      type: 'replace-policy',
      id: 'p1',
      with: [{ yaml: first!.yaml, policy: { ...first!.policy }, enabled: true }],
    });
    expect(isSeedState(edited, seed)).toBe(false);
    expect(isSeedState(simReducer(start, { type: 'delete-policy', id: 'p2' }), seed)).toBe(false);
    const cluster = { ...seed.cluster, pods: [...seed.cluster.pods] };
    const moved = simReducer(start, { type: 'set-cluster', cluster, change: 'Copied' });
    expect(isSeedState(moved, seed)).toBe(false);
  });

  it('does not hold for another seed (a challenge’s restored draft)', () => {
    expect(isSeedState(start, shopSeed())).toBe(false);
  });
});
