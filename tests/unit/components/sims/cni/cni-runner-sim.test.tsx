// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadRunnerEngine, type RunnerEngine } from '~/components/sims/cni/load-engine';
import { CniRunnerSim } from '~/components/sims/cni/CniRunnerSim';
import { byLabel, click, mount } from '../dom';

// The runner in a lesson ships without the CNI engine: its first view (one pod started) comes
// from the build, and the engine is loaded on the first focus or action.

const engineModule = vi.hoisted(() => ({ imported: false }));
vi.mock('~/sim/cni/runtime', async (importOriginal) => {
  engineModule.imported = true;
  return importOriginal();
});
vi.mock('~/components/sims/cni/load-engine', () => ({ loadRunnerEngine: vi.fn() }));

/** Whether importing the island (above) imported the engine: read before anything else does. */
const engineImportedByIsland = engineModule.imported;

const { firstRunner } = await import('~/components/sims/cni/runner-model');
const { presetText } = await import('~/components/sims/cni/presets');

const loader = vi.mocked(loadRunnerEngine);
let unmount = () => {};
afterEach(() => {
  unmount();
  loader.mockReset();
});

/** Renders a preset's runner with the real engine behind the (mocked) loader. */
async function render(preset: Parameters<typeof presetText>[0]): Promise<HTMLElement> {
  const engine = (await import('~/components/sims/cni/runner-engine')) as RunnerEngine;
  loader.mockImplementation(() => Promise.resolve(engine));
  const mounted = mount(<CniRunnerSim seed={firstRunner(presetText(preset))} />);
  unmount = mounted.unmount;
  return mounted.container;
}

/** Clicks a button by its visible name and waits for the engine's answer. */
async function press(c: HTMLElement, name: string): Promise<void> {
  const button = [...c.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent) === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  click(button);
  await act(async () => {
    await Promise.resolve();
  });
}

const rows = (c: HTMLElement) =>
  [...c.querySelectorAll('.cni-table tbody tr')].map((tr) => tr.textContent ?? '');
const status = (c: HTMLElement) => c.querySelector('[role="status"]')?.textContent ?? '';

describe('CniRunnerSim', () => {
  it('importing the island does not import the engine (the build’s side does)', () => {
    expect(engineImportedByIsland).toBe(false);
    expect(engineModule.imported).toBe(true);
  });

  it('opens on the build’s first pod and call log, without asking for the engine', async () => {
    const c = await render('bridge-host-local');
    expect(rows(c)).toHaveLength(1);
    expect(rows(c)[0]).toContain('10.1.0.2/24');
    expect(status(c)).toBe('ADD pod-1: ok: 10.1.0.2/24 on eth0');
    expect(c.querySelector('.cni-entry summary')?.textContent).toContain('ADD pod-1');
    expect(c.querySelectorAll('.cni-call')).toHaveLength(2);
    expect(c.querySelector('.cni-usage')?.textContent).toBe(
      'Range 10.1.0.1-10.1.0.254: 1 allocated, 252 free of 253 usable addresses.',
    );
    expect(byLabel<HTMLTextAreaElement>(c, 'Network configuration list').value).toBe(
      presetText('bridge-host-local'),
    );
    expect(loader).not.toHaveBeenCalled();
  });

  it('starts pods until the range is full, then shows the kubelet’s error', async () => {
    const c = await render('tiny-range');
    await press(c, 'Start a pod');
    await press(c, 'Start a pod');
    expect(rows(c).map((r) => /10\.22\.0\.\d+\/29/.exec(r)?.[0])).toEqual([
      '10.22.0.2/29',
      '10.22.0.3/29',
      '10.22.0.4/29',
    ]);
    await press(c, 'Start a pod');
    expect(status(c)).toBe(
      'ADD pod-4: failed: failed to allocate for range 0: no IP addresses available in range set: 10.22.0.2-10.22.0.4',
    );
    expect(c.querySelector('.cni-entry .sim-error')?.textContent).toContain(
      'plugin type="bridge" name="tiny" failed (add)',
    );
    await press(c, 'Delete pod-2');
    expect(rows(c)).toHaveLength(2);
    expect(c.querySelector('.cni-usage')?.textContent).toContain('2 allocated, 1 free');
  });

  it('validates the text as the learner edits it', async () => {
    const c = await render('bridge-host-local');
    const editor = byLabel<HTMLTextAreaElement>(c, 'Network configuration list');
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(editor, presetText('bridge-host-local').replace('"1.1.0"', '"9.9.9"'));
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(loader).toHaveBeenCalled();
    expect(c.querySelector('.cni-problems')?.textContent).toContain(
      'cniVersion "9.9.9" is not supported',
    );
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    await press(c, 'Reset to the preset');
    expect(c.querySelector('.cni-problems')?.textContent).toContain('Valid');
  });
});
