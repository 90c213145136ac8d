// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadWalkerEngine } from '~/components/sims/aws-vpc/load-engine';
import { VpcWalkerSim } from '~/components/sims/aws-vpc/VpcWalkerSim';
import type { WalkerEngine } from '~/components/sims/aws-vpc/load-engine';
import { byLabel, click, mount, setValue } from '../dom';

// The walker in a lesson ships without the VPC engine: its first view comes from the build, and
// the engine is asked for only when the learner focuses or changes something. Here the loader is
// a stand-in whose answer the test releases, to see the island before, during and after the load.

const engineModule = vi.hoisted(() => ({ imported: false }));
vi.mock('~/sim/aws-vpc', async (importOriginal) => {
  engineModule.imported = true;
  return importOriginal();
});
vi.mock('~/components/sims/aws-vpc/load-engine', () => ({ loadWalkerEngine: vi.fn() }));

/** Whether importing the island (above) imported the engine: read before anything else does. */
const engineImportedByIsland = engineModule.imported;

// Only now the build's side, which runs the engine to make the seeds.
const { walkerSeed } = await import('~/lib/aws-vpc-scenario');
const { loadPresets } = await import('../../../sim/aws-vpc/fixtures');
const seeds = loadPresets().map(({ id, scenario }) => walkerSeed(id, scenario));
const nacl = seeds.find((s) => s.id === 'nacl-ephemeral');
if (!nacl) throw new Error('nacl-ephemeral preset missing');

const loader = vi.mocked(loadWalkerEngine);
let unmount = () => {};
afterEach(() => {
  unmount();
  loader.mockReset();
});

/** A loader that answers when the test says: with the real engine, or with a failure. */
function gatedLoader(): { succeed: () => Promise<void>; fail: () => Promise<void> } {
  let answer: (ok: boolean) => void = () => {};
  const gate = new Promise<boolean>((resolve) => (answer = resolve));
  loader.mockImplementation(() =>
    gate.then((ok) =>
      ok
        ? (import('~/components/sims/aws-vpc/walker-engine') as Promise<WalkerEngine>)
        : Promise.reject(new Error('offline')),
    ),
  );
  /** Releases the gate and waits for the island to re-render. */
  const release = (ok: boolean) =>
    act(async () => {
      answer(ok);
      await gate;
      await import('~/components/sims/aws-vpc/walker-engine');
    });
  return { succeed: () => release(true), fail: () => release(false) };
}

/** Renders the NACL preset's walker and returns its container. */
function render(): HTMLElement {
  const mounted = mount(<VpcWalkerSim seeds={[nacl as NonNullable<typeof nacl>]} />);
  unmount = mounted.unmount;
  return mounted.container;
}

const verdict = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')?.textContent ?? '';
const status = (c: HTMLElement) => c.querySelector('[role="status"]')?.textContent ?? '';
const alert = (c: HTMLElement) => c.querySelector('[role="alert"]')?.textContent ?? '';
const FIX = 'outbound 120: allow TCP 1024-65535 to 0.0.0.0/0';

describe('VpcWalkerSim without its engine', () => {
  it('importing the island does not import the engine', () => {
    expect(engineImportedByIsland).toBe(false);
  });

  it('shows the build’s first view whole, and asks for the engine only on a focus inside', () => {
    gatedLoader();
    const c = render();
    expect(verdict(c)).toBe(
      'The request arrives, but the reply is denied: NACL acl-web outbound rule * denies it: no numbered rule matches TCP 49152 to 203.0.113.50.',
    );
    expect(c.querySelectorAll('.vpc-hops li')).toHaveLength(7);
    expect(byLabel<HTMLSelectElement>(c, 'From').value).toBe('internet:203.0.113.50');
    expect(byLabel<HTMLInputElement>(c, FIX).checked).toBe(false);
    expect(c.querySelector('.vpc-subnets summary')?.textContent).toBe('Subnets (1)');
    expect(loader).not.toHaveBeenCalled();
    act(() => byLabel<HTMLSelectElement>(c, 'To').focus());
    expect(loader).toHaveBeenCalled();
  });

  it('after a change, keeps the last verdict under “Updating…” until the engine answers', async () => {
    const { succeed } = gatedLoader();
    const c = render();
    const before = verdict(c);
    click(byLabel(c, FIX));
    expect(loader).toHaveBeenCalled();
    expect(verdict(c)).toBe(before);
    expect(status(c)).toBe('Updating…');
    expect(c.querySelector('.vpc-result')?.getAttribute('aria-busy')).toBe('true');
    await succeed();
    expect(verdict(c)).toBe('Allowed: the request arrives and the reply comes back.');
    expect(status(c)).toBe('');
    expect(c.querySelector('.vpc-result')?.getAttribute('aria-busy')).toBe('false');
  });

  it('says so when the engine cannot load, and recovers on the next change', async () => {
    const first = gatedLoader();
    const c = render();
    setValue(byLabel(c, 'Destination port'), '80');
    await first.fail();
    expect(alert(c)).toContain('could not load the VPC engine');
    expect(verdict(c)).toBe('');
    expect(status(c)).toBe('');
    const second = gatedLoader();
    setValue(byLabel(c, 'Destination port'), '443');
    await second.succeed();
    expect(alert(c)).toBe('');
    expect(verdict(c)).toContain('the reply is denied');
  });
});
