// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EksSizingSim } from '~/components/sims/eks/EksSizingSim';
import { sizingView } from '~/components/sims/eks/eks-model';
import { initialSettings, type EksSeed } from '~/components/sims/eks/eks-seed';
import { loadEksEngine, loadEksTable } from '~/components/sims/eks/load-engine';
import { eniLimits } from '~/sim/vpc-cni';
import { byLabel, mount, setValue } from '../dom';

// The island as a learner drives it: the build's first view, then pods, settings and the type.

/** The seed the .astro wrapper makes for a type. */
function seedFor(instanceType: string, prefixDelegation = false): EksSeed {
  const limits = eniLimits(instanceType);
  const settings = initialSettings(limits, prefixDelegation);
  return { instanceType, limits, settings, first: sizingView(settings) };
}

let unmount = () => {};
afterEach(() => unmount());

/** Renders the island for a type and returns its container. */
function render(instanceType: string, prefixDelegation = false): HTMLElement {
  const mounted = mount(<EksSizingSim seed={seedFor(instanceType, prefixDelegation)} />);
  unmount = mounted.unmount;
  return mounted.container;
}

/** Clicks a button by its text and waits for the engine. */
async function press(container: HTMLElement, text: string): Promise<void> {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) throw new Error(`no button '${text}'`);
  await act(async () => {
    button.click();
    await loadEksEngine();
  });
}

/** The node's status line. */
function status(container: HTMLElement): string {
  return container.querySelector('.eks-status')?.textContent ?? '';
}

describe('EksSizingSim', () => {
  it('opens on the build’s view: both figures and the node at boot', () => {
    const container = render('m5.large');
    const figures = [...container.querySelectorAll('.eks-card-number')].map((n) => n.textContent);
    expect(figures).toEqual(['29', '110']);
    expect(container.textContent).toContain('3 × (10 − 1) × 16 + 2 = 434');
    expect(status(container)).toBe(
      '0 pods running; none waiting. 9 addresses assigned: 0 used, 9 warm.',
    );
    expect(container.querySelectorAll('.eks-eni')).toHaveLength(1);
  });

  it('schedules pods and attaches ENIs, then refuses the 28th pod', async () => {
    const container = render('m5.large');
    await press(container, '+10 pods');
    expect(status(container)).toBe(
      '10 pods running; none waiting. 27 addresses assigned: 10 used, 17 warm.',
    );
    expect(container.querySelectorAll('.eks-eni')).toHaveLength(3);
    await press(container, '+10 pods');
    await press(container, '+10 pods');
    expect(status(container)).toContain('27 pods running; 3 Pending (too many pods for max-pods)');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Too many pods');
    await press(container, 'Reset');
    expect(status(container)).toContain('0 pods running');
  });

  it('runs the subnet dry from the field, and shows a bad value beside it', async () => {
    const container = render('m5.large');
    await press(container, '+10 pods');
    await act(async () => {
      setValue(byLabel(container, 'Free addresses in the pod subnet'), '12');
      await loadEksEngine();
    });
    expect(status(container)).toContain('Subnet: 0 free.');
    setValue(byLabel(container, 'Free addresses in the pod subnet'), 'lots');
    expect(container.textContent).toContain('must be a whole number such as 16, not "lots"');
  });

  it('asks for vCPUs when the table lacks them, and applies the cap', async () => {
    const container = render('t3.medium', true);
    expect(container.textContent).toContain('vCPUs unknown: no cap applied');
    await act(async () => {
      setValue(byLabel(container, 'vCPUs of this type'), '2');
      await loadEksEngine();
    });
    const figures = [...container.querySelectorAll('.eks-card-number')].map((n) => n.textContent);
    expect(figures).toEqual(['17', '110']);
  });

  it('switches the type from the field and says "did you mean" for a typo', async () => {
    const container = render('m5.large');
    const field = byLabel<HTMLInputElement>(container, 'EC2 instance type');
    await act(async () => {
      setValue(field, 'm5.larg');
      await loadEksTable();
    });
    expect(container.textContent).toContain('Did you mean "m5.large"?');
    await act(async () => {
      setValue(field, 'm5.xlarge');
      await loadEksTable();
      await loadEksEngine();
    });
    const figures = [...container.querySelectorAll('.eks-card-number')].map((n) => n.textContent);
    expect(figures).toEqual(['58', '110']);
    expect(container.textContent).not.toContain('Did you mean');
  });

  it('says why a non-Nitro type gets no prefixes', () => {
    const container = render('c4.large', true);
    const figures = [...container.querySelectorAll('.eks-card-number')].map((n) => n.textContent);
    expect(figures).toEqual(['29', '29']);
    expect(container.textContent).toContain(
      'A Xen-based type: prefixes are used only on Nitro types',
    );
    expect(container.textContent).toContain('reports Xen, so, as in the max-pods calculator');
  });

  it('labels every control', () => {
    const container = render('m5.large');
    for (const control of container.querySelectorAll('input')) {
      expect(container.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
  });
});
