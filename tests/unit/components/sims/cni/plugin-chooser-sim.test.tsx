// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PluginChooserSim } from '~/components/sims/cni/PluginChooserSim';
import { scoreText, SUPPORT_TEXT } from '~/components/sims/cni/chooser-model';
import { byLabel, click, mount } from '../dom';

let unmount = () => {};
afterEach(() => unmount());

/** Renders the chooser with needs ticked. */
function render(needs: Parameters<typeof PluginChooserSim>[0]['initialNeeds']): HTMLElement {
  const mounted = mount(<PluginChooserSim initialNeeds={needs} />);
  unmount = mounted.unmount;
  return mounted.container;
}

const names = (c: HTMLElement) =>
  [...c.querySelectorAll('.chooser-name')].map((h) =>
    (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );

describe('PluginChooserSim', () => {
  it('ranks the plugins for the ticked needs, with words as well as symbols', () => {
    const c = render(['policy', 'encryption']);
    expect(c.querySelector('[role="status"]')?.textContent).toBe(
      'Best match: Calico (meets all 2 needs).',
    );
    expect(names(c).slice(0, 4)).toEqual([
      '1. Calico meets all 2 needs',
      '2. Cilium meets all 2 needs',
      '3. Weave Net meets all 2 needs',
      '4. Amazon VPC CNI 3 of 4 points',
    ]);
    const flannelPolicy = [...c.querySelectorAll('.chooser-card')]
      .find((card) => card.textContent?.includes('Flannel'))
      ?.querySelector('.chooser-row td')?.textContent;
    expect(flannelPolicy).toBe('✗ No');
    expect(c.querySelector('.chooser-card-stale')?.textContent).toContain('Status: unmaintained.');
  });

  it('re-ranks when a box changes', () => {
    const c = render(['policy']);
    click(byLabel<HTMLInputElement>(c, 'Cloud-native addressing'));
    expect(byLabel<HTMLInputElement>(c, 'Cloud-native addressing').checked).toBe(true);
    expect(names(c)[0]).toBe('1. Cilium meets all 2 needs');
    click(byLabel<HTMLInputElement>(c, 'NetworkPolicy enforcement'));
    click(byLabel<HTMLInputElement>(c, 'Cloud-native addressing'));
    expect(c.querySelector('[role="status"]')?.textContent).toBe(
      'Tick what your cluster needs to rank the plugins.',
    );
    expect(c.querySelectorAll('.chooser-table')).toHaveLength(0);
  });

  it('words scores and support plainly', () => {
    expect(scoreText(3, 2, false)).toBe('3 of 4 points');
    expect(scoreText(2, 1, true)).toBe('meets all 1 need');
    expect(scoreText(0, 0, false)).toBe('no needs ticked');
    expect(Object.values(SUPPORT_TEXT).map((s) => `${s.symbol} ${s.word}`)).toEqual([
      '✓ Yes',
      '◐ Partly',
      '✗ No',
      '? Not confirmed',
    ]);
  });
});
