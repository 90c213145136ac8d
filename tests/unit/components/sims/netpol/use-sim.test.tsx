// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cellsOf } from '~/components/sims/netpol/seed-view';
import * as simEngine from '~/components/sims/netpol/sim-engine';
import { computeTable, seedViewOf } from '~/components/sims/netpol/sim-engine';
import { cellOf } from '~/components/sims/netpol/truth-table';
import { useSim, type Sim, type SimStart } from '~/components/sims/netpol/use-sim';
import type { SimSeed } from '~/components/sims/netpol/model';
import { shopSeed } from './fixtures';

// The hook as an island uses it: a lesson starts from its seed's view and loads the engine on the
// first change, keeping the last grid (marked as updating) until the engine answers.

let container: HTMLElement;
let root: Root;
let latest: Sim | null = null;

/** Renders nothing, and hands the hook's latest value to the test. */
function Probe({ seed, start }: { seed: SimSeed; start: SimStart }) {
  latest = useSim(seed, start);
  return null;
}

/** The hook's latest value (a test fails when nothing rendered). */
function sim(): Sim {
  if (!latest) throw new Error('the hook has not rendered');
  return latest;
}

/** Waits until the engine's chunk (a real dynamic import here) has loaded and rendered. */
async function engineLoaded(): Promise<void> {
  await act(async () => {
    await import('~/components/sims/netpol/sim-engine');
  });
  // The hook's own import settles in the same turn or the next few; no time limit is involved.
  for (let i = 0; i < 10 && sim().engine === null; i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
}

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  latest = null;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('useSim from a seed view', () => {
  it('shows the seed from its view, without the engine, and leaves it unloaded', async () => {
    const seed = shopSeed();
    act(() => root.render(<Probe seed={seed} start={{ view: seedViewOf(seed) }} />));
    // Let any effect and import the hook might start settle: none may load the engine.
    await act(async () => {
      await import('~/components/sims/netpol/sim-engine');
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(sim().engine).toBeNull();
    expect(sim().updating).toBe(false);
    expect(cellsOf(sim().result.table!)).toBe('1111' + '0111' + '0011' + '001-');
    expect(sim().summaries.get(seed.policies[1]!.policy)).toBe(
      'Selects api (app=api in shop). Isolates ingress: 1 rule allows traffic.',
    );
  });

  it('on the first toggle keeps the last grid as updating, then shows the engine’s', async () => {
    const seed = shopSeed();
    act(() => root.render(<Probe seed={seed} start={{ view: seedViewOf(seed) }} />));
    const before = sim().result;
    act(() => sim().dispatch({ type: 'toggle', id: 'p1' }));
    expect(sim().updating).toBe(true);
    expect(sim().result).toBe(before);
    await engineLoaded();
    expect(sim().updating).toBe(false);
    const { model, probe } = sim().state;
    expect(sim().result).toEqual(computeTable(model.cluster, [model.policies[1]!.policy], probe));
    expect(cellOf(sim().result.table!.matrix, 'ops/toolbox', 'shop/web')).toBe(true);
  });

  it('loads the engine when asked (the editor or a cell opens), with no change made', async () => {
    const seed = shopSeed();
    act(() => root.render(<Probe seed={seed} start={{ view: seedViewOf(seed) }} />));
    act(() => sim().loadEngine());
    await engineLoaded();
    expect(sim().engine).not.toBeNull();
    expect(sim().updating).toBe(false);
    const { model, probe } = sim().state;
    expect(sim().result).toEqual(
      computeTable(
        model.cluster,
        model.policies.map((p) => p.policy),
        probe,
      ),
    );
  });
});

describe('useSim with the engine', () => {
  it('computes from the first render (an app page), and never updates in between', () => {
    const seed = shopSeed();
    act(() => root.render(<Probe seed={seed} start={{ engine: simEngine }} />));
    expect(sim().engine).toBe(simEngine);
    act(() => sim().dispatch({ type: 'toggle', id: 'p1' }));
    expect(sim().updating).toBe(false);
    expect(cellOf(sim().result.table!.matrix, 'ops/toolbox', 'shop/web')).toBe(true);
  });
});
