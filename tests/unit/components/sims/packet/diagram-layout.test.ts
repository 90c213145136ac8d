import { describe, expect, it } from 'vitest';
import { highlightOf } from '~/components/sims/packet/diagram-highlight';
import { layoutDiagram, VIEW_WIDTH } from '~/components/sims/packet/diagram-layout';
import { interfaceOf, isNodePlace } from '~/components/sims/packet/diagram-parts';
import { walkSteps } from '~/components/sims/packet/hop-view';
import { SERVICE_WALK, VXLAN_WALK } from './fixtures';

/** The parts of a layout as "kind key" in drawing order. */
const partList = (walk: typeof VXLAN_WALK) =>
  layoutDiagram(walk, walkSteps(walk)).parts.map((p) => `${p.kind} ${p.key}`);

describe('layoutDiagram', () => {
  it('puts each node’s pods on top, then veths, bridge, tunnel and NIC, then the wire', () => {
    expect(partList(VXLAN_WALK)).toEqual([
      'pod node-1|pod|web-1',
      'pod node-1|pod|web-2',
      'veth node-1|veth1a2b3c4d',
      'host node-1|cni0',
      'tunnel node-1|flannel.1',
      'nic node-1|eth0',
      'pod node-2|pod|web-3',
      'veth node-2|veth9f8e7d6c',
      'host node-2|cni0',
      'tunnel node-2|flannel.1',
      'nic node-2|eth0',
      'net net',
    ]);
  });

  it('maps every step to its box, and a DNAT or un-DNAT step also to the Service box', () => {
    const steps = walkSteps(SERVICE_WALK);
    const layout = layoutDiagram(SERVICE_WALK, steps);
    expect(layout.stepKeys).toEqual([
      ['node-1|pod|10.244.0.2'],
      ['node-1|cali1a2b3c4d5e6', 'service'],
      ['node-1|eth0'],
      ['net'],
      ['node-2|eth0'],
      ['node-2|cali9f8e7d6c5b4'],
      ['node-2|pod|10.244.1.5'],
      ['node-2|pod|10.244.1.5'],
      ['net'],
      ['node-1|eth0', 'service'],
      ['node-1|pod|10.244.0.2'],
    ]);
    const service = layout.parts.find((p) => p.key === 'service');
    expect(service).toMatchObject({ label: 'Service (ClusterIP)', sub: '10.96.0.10:80', y: 6 });
  });

  it('keeps every box inside the 360-wide view, without overlaps in a row', () => {
    for (const walk of [VXLAN_WALK, SERVICE_WALK]) {
      const layout = layoutDiagram(walk, walkSteps(walk));
      expect(layout.width).toBe(VIEW_WIDTH);
      for (const part of layout.parts) {
        expect(part.x).toBeGreaterThanOrEqual(0);
        expect(part.x + part.width).toBeLessThanOrEqual(VIEW_WIDTH);
        expect(part.y + part.height).toBeLessThanOrEqual(layout.height);
      }
      for (const a of layout.parts)
        for (const b of layout.parts)
          if (a !== b && a.y === b.y)
            expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
    }
  });

  it('puts two veths each under its pod, and a single veth across the row', () => {
    const [h1, h2, h3] = VXLAN_WALK.hops;
    if (!h1 || !h2 || !h3) throw new Error('fixture');
    const second = { ...h2, id: 'h2b', device: 'veth5e6f7a8b' };
    const last = { ...h1, id: 'h9', device: 'eth0 (web-2)' };
    const walk = { ...VXLAN_WALK, hops: [h1, h2, h3, second, last] };
    const both = layoutDiagram(walk, walkSteps(walk));
    const at = (key: string) => both.parts.find((p) => p.key === key);
    expect(at('node-1|veth1a2b3c4d')?.x).toBe(at('node-1|pod|web-1')?.x);
    expect(at('node-1|veth5e6f7a8b')?.x).toBe(at('node-1|pod|web-2')?.x);
    expect(at('node-1|veth5e6f7a8b')?.width).toBe(at('node-1|pod|web-2')?.width);
    const one = layoutDiagram(VXLAN_WALK, walkSteps(VXLAN_WALK));
    expect(one.parts.find((p) => p.key === 'node-1|veth1a2b3c4d')?.width).toBe(152);
  });

  it('draws a second, idle node and the uncrossed network when the walk stays on one node', () => {
    const oneNode = { ...VXLAN_WALK, hops: VXLAN_WALK.hops.slice(0, 3) };
    const layout = layoutDiagram(oneNode, walkSteps(oneNode));
    expect(layout.nodes.map((n) => `${n.name}:${String(n.idle)}`)).toEqual([
      'node-1:false',
      'node-2:true',
    ]);
    expect(layout.parts.find((p) => p.key === 'net')).toMatchObject({
      label: 'node network',
      idle: true,
    });
    expect(layout.parts.find((p) => p.key === 'node-2|eth0')).toMatchObject({
      kind: 'nic',
      idle: true,
    });
  });
});

describe('highlightOf', () => {
  const steps = walkSteps(VXLAN_WALK);
  const layout = layoutDiagram(VXLAN_WALK, steps);

  it('lights the current box, marks the earlier ones visited, and draws the trail so far', () => {
    const light = highlightOf(layout, steps, 2);
    expect(light.current).toEqual(['node-1|cni0']);
    expect(light.stateOf('node-1|cni0')).toBe('pkt-current');
    expect(light.stateOf('node-1|veth1a2b3c4d')).toBe('pkt-visited');
    expect(light.stateOf('node-2|eth0')).toBe('');
    expect(light.trail).toEqual([
      ['node-1|pod|web-1', 'node-1|veth1a2b3c4d'],
      ['node-1|veth1a2b3c4d', 'node-1|cni0'],
    ]);
    expect(light.title).toContain('Step 3 of 11: the packet is at node-1, cni0.');
  });

  it('with the whole walk shown, has no current box and every box visited', () => {
    const light = highlightOf(layout, steps, 'all');
    expect(light.current).toEqual([]);
    const drawn = layout.parts.filter((p) => !p.idle);
    expect(drawn.every((p) => light.stateOf(p.key) === 'pkt-visited')).toBe(true);
    expect(layout.parts.filter((p) => p.idle).map((p) => p.key)).toEqual(['node-1|pod|web-2']);
    expect(light.trail).toHaveLength(10);
  });
});

describe('diagram parts', () => {
  it('lights both devices of a hop like "veth → cni0", and runs the trail through them', () => {
    const [h1, h2, h3, h4] = VXLAN_WALK.hops;
    if (!h1 || !h2 || !h3 || !h4) throw new Error('fixture');
    const walk = { ...VXLAN_WALK, hops: [h1, { ...h2, device: 'veth1a2b3c4d → cni0' }, h4] };
    const steps = walkSteps(walk);
    const layout = layoutDiagram(walk, steps);
    expect(layout.stepKeys[1]).toEqual(['node-1|veth1a2b3c4d', 'node-1|cni0']);
    expect(highlightOf(layout, steps, 2).trail).toEqual([
      ['node-1|pod|web-1', 'node-1|veth1a2b3c4d'],
      ['node-1|veth1a2b3c4d', 'node-1|cni0'],
      ['node-1|cni0', 'node-1|flannel.1'],
    ]);
  });

  it('finds the interface in a device text, and tells nodes from other places', () => {
    expect(interfaceOf('lxc1a2b3c (tc ingress, bpf_lxc)')).toBe('lxc1a2b3c');
    expect(interfaceOf('eth0 → veth1a2b')).toBe('eth0');
    expect(interfaceOf('conntrack')).toBe('conntrack');
    expect(['node-1', 'wire', 'VPC', 'internet', 'client'].map(isNodePlace)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
