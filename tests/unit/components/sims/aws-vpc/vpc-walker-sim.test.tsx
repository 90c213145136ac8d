// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { loadWalkerEngine } from '~/components/sims/aws-vpc/load-engine';
import { VpcWalkerSim } from '~/components/sims/aws-vpc/VpcWalkerSim';
import { walkerSeed } from '~/lib/aws-vpc-scenario';
import { loadPresets } from '../../../sim/aws-vpc/fixtures';
import { byLabel, click, mount, setValue } from '../dom';

// The walker island over the shipped presets: the verdict is announced, each step is listed with
// its reason, and switching rules or changing the flow re-asks the engine (which loads on the first
// change: each change is followed by `settle`, which waits for it).

const seeds = loadPresets().map(({ id, scenario }) => walkerSeed(id, scenario));
const seed = (id: string) => {
  const found = seeds.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};
let unmount = () => {};
afterEach(() => unmount());

/** Renders the island and returns its container. */
function render(list = [seed('three-tier')]): HTMLElement {
  const mounted = mount(<VpcWalkerSim seeds={list} />);
  unmount = mounted.unmount;
  return mounted.container;
}

/** Waits until the engine the island asked for has loaded and the island has re-rendered. */
async function settle(): Promise<void> {
  await act(async () => {
    await loadWalkerEngine();
  });
}

const verdict = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')?.textContent ?? '';
const steps = (c: HTMLElement, leg: number) =>
  [...(c.querySelectorAll('.vpc-hops')[leg]?.querySelectorAll('li') ?? [])].map(
    (li) => li.textContent ?? '',
  );

describe('VpcWalkerSim', () => {
  it('opens on the default flow with the verdict announced and each step and its rule listed', () => {
    const c = render();
    expect(verdict(c)).toBe('Allowed: the request arrives and the reply comes back.');
    expect(steps(c, 0)).toHaveLength(4);
    expect(steps(c, 0)[2]).toBe(
      '✓ allowedSecurity group (inbound)sg-websg-web inbound rule 1 allows TCP 443 from 0.0.0.0/0.',
    );
    expect(c.querySelector('.vpc-hop-nat')?.textContent).toContain(
      '203.0.113.50:49152 → 198.51.100.10:443',
    );
    expect(byLabel<HTMLSelectElement>(c, 'From').value).toBe('internet:203.0.113.50');
  });

  it('changing the flow re-asks the engine', async () => {
    const c = render();
    setValue(byLabel(c, 'To'), 'instance:i-app-a');
    await settle();
    expect(verdict(c)).toBe(
      'Denied on the way there: i-app-a (app-a) has no public IPv4 address or Elastic IP, so nothing on the internet can address it.',
    );
    expect(c.textContent).toContain('No reply: the request never arrived.');
    setValue(byLabel(c, 'From'), 'instance:i-web-a');
    setValue(byLabel(c, 'Destination port'), '8080');
    expect(verdict(c)).toBe('Allowed: the request arrives and the reply comes back.');
  });

  it('a port out of range is shown at the port field, not thrown', async () => {
    const c = render();
    const port = byLabel<HTMLInputElement>(c, 'Destination port');
    setValue(port, '70000');
    await settle();
    expect(port.getAttribute('aria-invalid')).toBe('true');
    expect(c.querySelector('.sim-error')?.textContent).toBe(
      'port: 70000 is not a port; write a whole number from 0 to 65535.',
    );
    expect(verdict(c)).toBe('');
    setValue(port, '');
    expect(c.querySelector('.sim-error')?.textContent).toBe(
      'port: enter a port, a whole number from 0 to 65535.',
    );
    setValue(port, '443');
    expect(port.getAttribute('aria-invalid')).toBe('false');
  });

  it('switching a rule on or off changes the verdict; rules used by the flow are marked; reset restores', async () => {
    const c = render([seed('nacl-ephemeral')]);
    expect(verdict(c)).toContain('the reply is denied: NACL acl-web outbound rule * denies it');
    const fix = byLabel<HTMLInputElement>(c, 'outbound 120: allow TCP 1024-65535 to 0.0.0.0/0');
    expect(fix.checked).toBe(false);
    click(fix);
    await settle();
    expect(verdict(c)).toBe('Allowed: the request arrives and the reply comes back.');
    expect(c.querySelector(`label[for="${fix.id}"]`)?.textContent).toContain('used');
    click(byLabel(c, 'inbound 1: TCP 443 from 0.0.0.0/0'));
    expect(verdict(c)).toBe(
      'Denied on the way there: default deny: no inbound rule of sg-web allows TCP 443 from 203.0.113.50.',
    );
    click(
      [...c.querySelectorAll('button')].find((b) => b.textContent === 'Reset rules') as HTMLElement,
    );
    expect(verdict(c)).toContain('the reply is denied');
  });

  it('offers a preset picker when given several presets', () => {
    const c = render([seed('three-tier'), seed('bastion')]);
    const picker = byLabel<HTMLSelectElement>(c, 'Scenario');
    setValue(picker, 'bastion');
    expect(byLabel<HTMLSelectElement>(c, 'To').value).toBe('instance:i-bastion');
    expect(verdict(c)).toBe('Allowed: the request arrives and the reply comes back.');
    expect(c.textContent).toContain(
      'Administrators reach private instances through one bastion host.',
    );
  });
});
