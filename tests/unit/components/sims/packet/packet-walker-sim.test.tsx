// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadPacketEngine, type PacketEngine } from '~/components/sims/packet/load-engine';
import { PacketWalkerSim } from '~/components/sims/packet/PacketWalkerSim';
import type { WalkView } from '~/components/sims/packet/walk-view';
import type { WalkerState } from '~/components/sims/packet/walker-state';
import { byLabel, click, mount, setValue } from '../dom';
import { SERVICE_WALK, VXLAN_WALK } from './fixtures';

// The island in happy-dom, driven like a learner: it opens on the build's walk, steps through it,
// and asks its (stand-in) engine for a new walk on the first change.

vi.mock('~/components/sims/packet/load-engine', () => ({ loadPacketEngine: vi.fn() }));
const loader = vi.mocked(loadPacketEngine);

const START: WalkerState = {
  path: 'cross-node',
  style: 'vxlan',
  externalSnat: false,
  underlayMtu: '',
  podMtu: '',
  compare: false,
};
const FIRST: WalkView = { walk: VXLAN_WALK, compare: null, mistake: null };

/** A stand-in engine: the Service walk for to-service, a mistake for a pod MTU of 9999. */
const engine = {
  computeWalkView: (state: WalkerState): WalkView => {
    if (state.podMtu === '9999')
      return {
        walk: null,
        compare: null,
        mistake: { field: 'podMtu', message: 'Pod MTU 9999 is out of range.' },
      };
    const walk = state.path === 'to-service' ? SERVICE_WALK : VXLAN_WALK;
    return { walk, compare: state.compare ? [VXLAN_WALK, SERVICE_WALK] : null, mistake: null };
  },
} as PacketEngine;

let unmount = () => {};
afterEach(() => {
  unmount();
  loader.mockReset();
});

/** Renders the island and returns its container. */
function render(): HTMLElement {
  loader.mockResolvedValue(engine);
  const mounted = mount(<PacketWalkerSim start={START} first={FIRST} />);
  unmount = mounted.unmount;
  return mounted.container;
}

/** Waits for the engine's promise and the re-render after it. */
const settle = () =>
  act(async () => {
    await Promise.resolve();
    await Promise.resolve();
  });
const button = (c: HTMLElement, name: string) => {
  const found = [...c.querySelectorAll('button')].find((b) => b.textContent?.includes(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
};
const announced = (c: HTMLElement) => c.querySelector('[aria-live="polite"]')?.textContent ?? '';

describe('PacketWalkerSim', () => {
  it('opens on the build’s walk at step 1, with the diagram titled and the first hop listed', () => {
    const c = render();
    expect(c.querySelector('svg[role="img"] title')?.textContent).toContain(
      'Step 1 of 11: the packet is at node-1, eth0 (web-1).',
    );
    expect(c.querySelectorAll('.pkt-hop')).toHaveLength(1);
    expect(c.querySelector('.pkt-current')?.textContent).toBe('web-110.244.0.2');
    expect(announced(c)).toBe('Step 1 of 11, request: node-1, eth0 (web-1). At eth0 (web-1).');
    expect(button(c, 'Back').getAttribute('aria-disabled')).toBe('true');
    expect(loader).not.toHaveBeenCalled();
  });

  it('asks for the engine on a focus in the controls, never for stepping', () => {
    const c = render();
    click(button(c, 'Next'));
    expect(loader).not.toHaveBeenCalled();
    act(() => byLabel<HTMLSelectElement>(c, 'Pod network').focus());
    expect(loader).toHaveBeenCalled();
  });

  it('steps with Next and Back, and Show all lists every hop', () => {
    const c = render();
    for (let i = 0; i < 3; i++) click(button(c, 'Next'));
    expect(announced(c)).toBe('Step 4 of 11, request: node-1, flannel.1. At flannel.1.');
    expect(c.querySelectorAll('.pkt-hop')).toHaveLength(4);
    expect(c.querySelector('[aria-current="step"] .pkt-hop-device')?.textContent).toBe('flannel.1');
    expect(c.querySelectorAll('[aria-current="step"] .pkt-added')).toHaveLength(6);
    click(button(c, 'Back'));
    expect(c.querySelector('.pkt-current')?.textContent).toBe('cni0');
    click(button(c, 'Show all'));
    expect(c.querySelectorAll('.pkt-hop')).toHaveLength(11);
    expect(announced(c)).toBe('All 11 steps shown.');
    expect(button(c, 'Next').getAttribute('aria-disabled')).toBe('true');
    expect(c.querySelector('.pkt-dot')).toBeNull();
  });

  it('walks the new path the engine returns after a change, with NAT badges and the reply', async () => {
    const c = render();
    setValue(byLabel(c, 'Path'), 'to-service');
    expect(loader).toHaveBeenCalled();
    await settle();
    click(button(c, 'Next'));
    expect(c.querySelector('.pkt-nat-tag')?.textContent).toBe('DNAT');
    expect([...c.querySelectorAll('.pkt-current')].map((g) => g.textContent)).toEqual([
      'Service (ClusterIP)10.96.0.10:80',
      'cali1a2b3c4d5e6',
    ]);
    click(button(c, 'Show all'));
    expect([...c.querySelectorAll('.pkt-nat')].map((b) => b.textContent)).toEqual([
      'DNAT 10.96.0.10:80 → 10.244.1.5:8080',
      'un-DNAT 10.244.1.5:8080 → 10.96.0.10:80',
    ]);
    expect([...c.querySelectorAll('.pkt-leg-title')].map((t) => t.textContent)).toEqual([
      'Request',
      'Reply, un-NATed by conntrack',
    ]);
    expect(c.querySelector('.pkt-rule code')?.textContent).toBe('-A KUBE-SVC-ABC -j KUBE-SEP-XYZ');
  });

  it('shows the external SNAT switch only for the VPC CNI, and the comparison when asked', async () => {
    const c = render();
    expect(c.textContent).not.toContain('External SNAT');
    setValue(byLabel(c, 'Pod network'), 'vpc-cni');
    await settle();
    expect(c.textContent).toContain('External SNAT');
    click(byLabel(c, 'Compare VXLAN'));
    await settle();
    expect([...c.querySelectorAll('.pkt-compare-title')].map((t) => t.textContent)).toEqual([
      'VXLAN',
      'BGP',
    ]);
  });

  it('says so when the engine cannot load, instead of showing a walk that no longer matches', async () => {
    loader.mockRejectedValue(new Error('offline'));
    const mounted = mount(<PacketWalkerSim start={START} first={FIRST} />);
    unmount = mounted.unmount;
    const c = mounted.container;
    setValue(byLabel(c, 'Path'), 'to-service');
    await settle();
    expect(c.querySelector('[role="alert"]')?.textContent).toContain(
      'could not load the packet engine',
    );
    expect(c.querySelector('svg')).toBeNull();
  });

  it('puts an MTU mistake beside its field, marked invalid', async () => {
    const c = render();
    const pod = byLabel<HTMLInputElement>(c, 'Pod MTU');
    expect(pod.placeholder).toBe('1450');
    expect(c.querySelector(`#${CSS.escape(pod.id)}-note`)?.textContent).toBe(
      "Fits: 1450 ≤ 1500 − 50 (encapsulation). Empty: the CNI's default.",
    );
    setValue(pod, '9999');
    await settle();
    expect(pod.getAttribute('aria-invalid')).toBe('true');
    expect(c.querySelector(`#${CSS.escape(pod.id)}-note`)?.textContent).toBe(
      'Pod MTU 9999 is out of range.',
    );
  });
});
