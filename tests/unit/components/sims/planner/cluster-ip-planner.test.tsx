// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClusterIpPlannerSim } from '~/components/sims/planner/ClusterIpPlanner';
import { loadClusterPlanEngine } from '~/components/sims/planner/engines';
import { presetPlan } from '~/components/sims/planner/plan-engine';
import type * as EnginesModule from '~/components/sims/planner/engines';
import { byLabel, button, choose, click, describedText, focusOn, mount, settle, type } from './dom';
import type { Mounted } from './dom';

// The engine loader, watched: the island must render the build's plan without calling it.
vi.mock('~/components/sims/planner/engines', async (importOriginal) => {
  const real = await importOriginal<typeof EnginesModule>();
  return { ...real, loadClusterPlanEngine: vi.fn(real.loadClusterPlanEngine) };
});

let mounted: Mounted | null = null;

beforeEach(() => {
  vi.mocked(loadClusterPlanEngine).mockClear();
});

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** Renders the planner with a preset and its build-time plan, as the wrapper does. */
function render(preset: 'kubeadm' | 'eks-vpc-cni' | 'office-collision' = 'kubeadm'): HTMLElement {
  mounted = mount(<ClusterIpPlannerSim preset={preset} plan={presetPlan(preset)} />);
  return mounted.container;
}

/** Waits for the engine that the learner's first action started loading. */
async function engineLoaded(): Promise<void> {
  await settle(loadClusterPlanEngine());
}

/** The verdict line (a polite live region). */
function verdict(container: HTMLElement): string {
  return container.querySelector('[role="status"]')?.textContent ?? '';
}

/** The numbers of the stats list, by their term. */
function stats(container: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...container.querySelectorAll('.plan-stats > div')].map((row) => [
      row.querySelector('dt')?.textContent ?? '',
      row.querySelector('dd')?.textContent ?? '',
    ]),
  );
}

/** The findings, as "Level: message" lines. */
function findings(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.plan-findings li')].map((li) => li.textContent ?? '');
}

describe('ClusterIpPlanner', () => {
  it('renders the build-time plan without the engine, and loads it on focus', async () => {
    const container = render('office-collision');
    expect(verdict(container)).toBe('The plan does not fit: 2 problems, 0 warnings.');
    expect(container.querySelectorAll('.plan-overlaps li')).toHaveLength(2);
    expect(loadClusterPlanEngine).not.toHaveBeenCalled();
    focusOn(byLabel(container, 'Pod CIDR'));
    expect(loadClusterPlanEngine).toHaveBeenCalledTimes(1);
    await engineLoaded();
    expect(verdict(container)).toBe('The plan does not fit: 2 problems, 0 warnings.');
  });

  it('says clearly when the engine cannot load, and keeps the plan shown', async () => {
    vi.mocked(loadClusterPlanEngine).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const container = render();
    type(byLabel(container, 'Nodes'), '300');
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^The planner could not load/,
    );
    expect(verdict(container)).toBe('The plan fits (0 warnings).');
    type(byLabel(container, 'Nodes'), '301');
    await engineLoaded();
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(verdict(container)).toBe('The plan does not fit: 1 problem, 0 warnings.');
  });

  it('opens on kubeadm defaults: fits, 256 nodes, 254 addresses, 1,048,574 ClusterIPs', () => {
    const container = render();
    expect(byLabel(container, 'Pod CIDR').value).toBe('10.244.0.0/16');
    expect(byLabel(container, 'Service CIDR').value).toBe('10.96.0.0/12');
    expect(verdict(container)).toBe('The plan fits (0 warnings).');
    expect(stats(container)).toEqual({
      'Nodes the pod CIDR can hold': '256',
      'Addresses per node range': '254',
      'ClusterIPs for Services': '1,048,574',
    });
    expect(button(container, 'kubeadm defaults').getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('.plan-overlaps')).toBeNull();
  });

  it('a preset button loads the office collision: two overlaps, drawn and listed', async () => {
    const container = render();
    click(button(container, 'Office collision'));
    expect(loadClusterPlanEngine).toHaveBeenCalledTimes(1);
    await engineLoaded();
    expect(verdict(container)).toBe('The plan does not fit: 2 problems, 0 warnings.');
    const overlaps = [...container.querySelectorAll('.plan-overlaps li')].map(
      (li) => li.textContent,
    );
    expect(overlaps).toEqual([
      'Pod CIDR and Branch office share 10.244.32.0/20',
      'Service CIDR and Office VPN share 10.100.0.0/16',
    ]);
    const clash = container.querySelector<HTMLElement>('.plan-strip-pods .plan-bar-clash');
    expect(clash?.style.left).toBe('12.5%');
    expect(clash?.style.width).toBe('6.25%');
    expect(container.querySelector('.plan-strip-pods .plan-bar')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(container.querySelector('.plan-strip-pods .plan-strip-text')?.textContent).toBe(
      'Shares 10.244.32.0/20 with Branch office (6.3% of this range).',
    );
    expect(byLabel(container, 'Name of network 3').value).toBe('Branch office');
  });

  it('shows a refusal at its field and keeps the last good plan', async () => {
    const container = render();
    const pod = byLabel(container, 'Pod CIDR');
    type(pod, '10.244.0.0/33');
    await engineLoaded();
    expect(pod.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(pod, '-error')).toContain('has prefix /33');
    expect(verdict(container)).toContain('Not checked yet:');
    expect(stats(container)['Nodes the pod CIDR can hold']).toBe('256');
    expect(container.querySelector('.plan-stale')).not.toBeNull();
    type(pod, '10.244.0.0/15');
    expect(pod.getAttribute('aria-invalid')).toBeNull();
    expect(stats(container)['Nodes the pod CIDR can hold']).toBe('512');
    expect(button(container, 'kubeadm defaults').getAttribute('aria-pressed')).toBe('false');
  });

  it('says when the nodes do not fit', async () => {
    const container = render();
    type(byLabel(container, 'Nodes'), '300');
    await engineLoaded();
    expect(verdict(container)).toBe('The plan does not fit: 1 problem, 0 warnings.');
    expect(findings(container)[0]).toMatch(/^Problem: The pod CIDR 10\.244\.0\.0\/16 holds 256/);
  });

  it('an empty number field is refused next to it', async () => {
    const container = render();
    const nodes = byLabel(container, 'Nodes');
    type(nodes, '');
    await engineLoaded();
    expect(describedText(nodes, '-error')).toBe(
      'The number of nodes must be a whole number (e.g. 3).',
    );
  });

  it('the VPC CNI mode renames the pod field and disables the node mask', async () => {
    const container = render('eks-vpc-cni');
    expect(byLabel<HTMLSelectElement>(container, 'How pods get addresses').value).toBe('vpc-cni');
    expect(byLabel(container, 'Node subnets').value).toBe('10.0.0.0/20');
    expect(byLabel(container, 'Node CIDR mask size').disabled).toBe(true);
    expect(stats(container)).toEqual({
      'Nodes the subnets can hold': '136',
      'Addresses per node range': 'none (pods use subnet addresses)',
      'ClusterIPs for Services': '65,534',
    });
    choose(byLabel<HTMLSelectElement>(container, 'How pods get addresses'), 'overlay');
    await engineLoaded();
    expect(byLabel(container, 'Pod CIDR').value).toBe('10.0.0.0/20');
    expect(byLabel(container, 'Node CIDR mask size').disabled).toBe(false);
    // Now the VPC around the pod CIDR is a collision, and a /20 holds only 16 node ranges of /24.
    expect(verdict(container)).toBe('The plan does not fit: 2 problems, 0 warnings.');
    expect(stats(container)['Nodes the pod CIDR can hold']).toBe('16');
  });

  it('adds a network row (focused), flags its mistake, and removes it', async () => {
    const container = render();
    click(button(container, 'Add a network'));
    await engineLoaded();
    const name = byLabel(container, 'Name of network 2');
    expect(container.ownerDocument.activeElement).toBe(name);
    expect(describedText(name, '-error')).toBe(
      'Give network 2 a name of 1 to 40 characters (e.g. Office VPN).',
    );
    type(name, 'Office VPN');
    const cidr = byLabel(container, 'CIDR of network 2');
    type(cidr, '10.100.0.0/16');
    expect(verdict(container)).toBe('The plan does not fit: 1 problem, 0 warnings.');
    click(button(container, 'Remove Office VPN'));
    expect(container.querySelectorAll('.plan-other-row')).toHaveLength(1);
    expect(container.ownerDocument.activeElement).toBe(button(container, 'Add a network'));
    expect(verdict(container)).toBe('The plan fits (0 warnings).');
  });
});
