// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSimEngine, type SimEngine } from '~/components/sims/services/load-engine';
import { ServiceSimulator } from '~/components/sims/services/ServiceSimulator';
import { DEFAULT_SIM_STATE } from '~/components/sims/services/sim-state';
import { byLabel, click, mount, setValue } from '../dom';

// The simulator opens on the build's first view without the engine, loads it on the first change,
// and from then on shows the engine's spread, NAT and rules, with mistakes beside their field.

const engineModule = vi.hoisted(() => ({ imported: false }));
vi.mock('~/sim/services', async (importOriginal) => {
  engineModule.imported = true;
  return importOriginal();
});
vi.mock('~/components/sims/services/load-engine', () => ({ loadSimEngine: vi.fn() }));
const engineImportedByIsland = engineModule.imported;

const { simulate } = await import('~/components/sims/services/sim-model');
const first = simulate(DEFAULT_SIM_STATE);
const loader = vi.mocked(loadSimEngine);
let unmount = () => {};
afterEach(() => {
  unmount();
  loader.mockReset();
});

/** Mounts the simulator with a loader that hands over the real engine. */
async function render(): Promise<HTMLElement> {
  loader.mockImplementation(
    () => import('~/components/sims/services/sim-engine') as Promise<SimEngine>,
  );
  const mounted = mount(<ServiceSimulator start={DEFAULT_SIM_STATE} first={first} />);
  unmount = mounted.unmount;
  await act(async () => {
    await import('~/components/sims/services/sim-engine');
  });
  return mounted.container;
}

/** Lets the loader's promise settle inside act. */
async function settle(): Promise<void> {
  await act(async () => {
    await loader.mock.results.at(-1)?.value;
  });
}

describe('ServiceSimulator island', () => {
  it('does not import the engine with the island', () => {
    expect(engineImportedByIsland).toBe(false);
  });

  it('opens on the build\u2019s view without loading the engine', async () => {
    const container = await render();
    expect(container.querySelector('.svc-summary')?.textContent).toBe(
      '300 delivered, 0 dropped or refused, 0 not handled by kube-proxy.',
    );
    expect(container.querySelector('.svc-pre')?.textContent).toContain(
      '--probability 0.3333333333',
    );
    expect(loader).not.toHaveBeenCalled();
  });

  it('shows a node port mistake beside its field, then drops node-c\u2019s traffic with Local', async () => {
    const container = await render();
    setValue(byLabel(container, 'Type'), 'NodePort');
    await settle();
    const nodePort = byLabel<HTMLInputElement>(container, 'nodePort');
    setValue(nodePort, '8080');
    expect(nodePort.getAttribute('aria-invalid')).toBe('true');
    expect(nodePort.parentElement?.querySelector('.sim-error')?.textContent).toMatch(
      /outside the NodePort range 30000-32767/,
    );
    setValue(nodePort, '');
    setValue(byLabel(container, 'externalTrafficPolicy'), 'Local');
    setValue(byLabel(container, 'Client'), 'ext-c');
    expect(container.querySelector('.svc-summary')?.textContent).toBe(
      '0 delivered, 300 dropped or refused, 0 not handled by kube-proxy.',
    );
  });

  it('switches the rules to nftables and sends again with a new seed', async () => {
    const container = await render();
    const nft = [...container.querySelectorAll('button')].find((b) => b.textContent === 'nftables');
    if (!nft) throw new Error('no nftables tab');
    click(nft);
    await settle();
    expect(container.querySelector('.svc-pre')?.textContent).toContain('table ip kube-proxy {');
    const before = container.querySelector('.svc-bars')?.textContent;
    const again = [...container.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Send again'),
    );
    if (!again) throw new Error('no send-again button');
    click(again);
    expect(container.querySelector('.svc-bars')?.textContent).not.toBe(before);
    expect(container.textContent).toContain('Seed 2');
  });
});
