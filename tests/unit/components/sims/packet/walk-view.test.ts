import { describe, expect, it } from 'vitest';
import { layoutDiagram, anchorPoint } from '~/components/sims/packet/diagram-layout';
import { walkSteps } from '~/components/sims/packet/hop-view';
import { computeWalkView } from '~/components/sims/packet/walk-view';
import type { WalkerState } from '~/components/sims/packet/walker-state';
import { WALK_PATHS, WALK_STYLES } from '~/sim/packet/walk-types';

// The island over the real engine: every path and style gives a walk whose every step lights a box
// of a diagram that fits the view; the comparison walks three styles; mistakes land on a field.

const BASE: WalkerState = {
  path: 'cross-node',
  style: 'vxlan',
  externalSnat: false,
  underlayMtu: '',
  podMtu: '',
  compare: false,
};

describe('computeWalkView with the engine', () => {
  for (const path of WALK_PATHS)
    for (const style of WALK_STYLES)
      it(`${path} on ${style}: every step lights a drawn box inside the view`, () => {
        const view = computeWalkView({ ...BASE, path, style });
        expect(view.mistake).toBeNull();
        const walk = view.walk;
        if (!walk) throw new Error('no walk');
        const steps = walkSteps(walk);
        const layout = layoutDiagram(walk, steps);
        const keys = new Set(layout.parts.map((p) => p.key));
        expect(layout.stepKeys).toHaveLength(steps.length);
        for (const here of layout.stepKeys) {
          expect(here.length).toBeGreaterThan(0);
          for (const key of here) expect(keys.has(key)).toBe(true);
        }
        for (const part of layout.parts) {
          expect(part.x).toBeGreaterThanOrEqual(0);
          expect(part.x + part.width).toBeLessThanOrEqual(layout.width);
          expect(part.y + part.height).toBeLessThanOrEqual(layout.height);
        }
        expect(layout.nodes.map((n) => n.name)).toEqual(['node-1', 'node-2']);
        for (const pod of walk.pods) {
          const box = layout.parts.find((p) => p.key === `${pod.node}|pod|${pod.name}`);
          const veth = layout.parts.find((p) => p.key === `${pod.node}|${pod.hostVeth}`);
          expect(box?.sub).toBe(pod.ip);
          const row = layout.parts.filter((p) => p.kind === 'veth' && p.place === pod.node);
          if (veth && row.length > 1) expect(veth.x).toBe(box?.x);
        }
      });

  it('walks the path with VXLAN, BGP and eBPF when comparing, whatever the style picked', () => {
    const view = computeWalkView({ ...BASE, style: 'vpc-cni', path: 'to-service', compare: true });
    expect(view.walk?.scenario.style).toBe('vpc-cni');
    expect(view.compare?.map((w) => `${w.scenario.path}/${w.scenario.style}`)).toEqual([
      'to-service/vxlan',
      'to-service/bgp',
      'to-service/ebpf',
    ]);
  });

  it('reports an MTU out of range on its field, and a broken pod MTU in the walk’s MTU report', () => {
    const tiny = computeWalkView({ ...BASE, underlayMtu: '100' });
    expect(tiny.walk).toBeNull();
    expect(tiny.mistake?.field).toBe('underlayMtu');
    const broken = computeWalkView({ ...BASE, podMtu: '1500' });
    expect(broken.mistake).toBeNull();
    expect(broken.walk?.mtu).toMatchObject({ podMtu: 1500, maxPodMtu: 1450, ok: false });
    expect(computeWalkView({ ...BASE, podMtu: 'x' }).mistake?.field).toBe('podMtu');
  });
});

describe('anchorPoint', () => {
  it('meets a band straight below the box at the other end, and a box at its middle', () => {
    const box = {
      key: 'a',
      kind: 'nic',
      place: 'node-1',
      label: 'eth0',
      x: 14,
      y: 100,
      width: 152,
      height: 26,
    } as const;
    const band = {
      key: 'net',
      kind: 'net',
      place: 'wire',
      label: 'wire',
      x: 6,
      y: 150,
      width: 348,
      height: 28,
    } as const;
    expect(anchorPoint(band, box)).toEqual({ x: 90, y: 164 });
    expect(anchorPoint(box, band)).toEqual({ x: 90, y: 113 });
    expect(anchorPoint(band)).toEqual({ x: 180, y: 164 });
  });
});
