import { describe, expect, it } from 'vitest';
import { WALK_PATHS, WALK_STYLES, mtuFor, walkPacket } from '~/sim/packet';
import type { WalkScenario } from '~/sim/packet';
import { inputErrorOf } from './helpers';

describe('mtuFor', () => {
  it('takes the 50 bytes of VXLAN off the pod MTU', () => {
    expect(mtuFor('vxlan', 1500)).toEqual({
      underlay: 1500,
      overhead: 50,
      podMtu: 1450,
      maxPodMtu: 1450,
      ok: true,
    });
    expect(mtuFor('vxlan', 9001)).toEqual({
      underlay: 9001,
      overhead: 50,
      podMtu: 8951,
      maxPodMtu: 8951,
      ok: true,
    });
  });

  it('costs nothing for the routed styles', () => {
    expect(mtuFor('bgp', 1500).maxPodMtu).toBe(1500);
    expect(mtuFor('ebpf', 1500).maxPodMtu).toBe(1500);
    expect(mtuFor('vpc-cni', 9001)).toEqual({
      underlay: 9001,
      overhead: 0,
      podMtu: 9001,
      maxPodMtu: 9001,
      ok: true,
    });
  });

  it('explains what breaks when the pod MTU is too large for the overlay', () => {
    const report = mtuFor('vxlan', 1500, 1500);
    expect(report.ok).toBe(false);
    expect(report.maxPodMtu).toBe(1450);
    expect(report.problem).toContain('1550 bytes');
    expect(report.problem).toContain('TLS handshakes');
    expect(report.problem).toContain('fragmentation needed');
    expect(report.problem).toContain('1450 or lower');
    expect(mtuFor('vxlan', 1500, 1450).ok).toBe(true);
    expect(mtuFor('vxlan', 1500, 1451).ok).toBe(false);
  });

  it('reports the MTU on every walk', () => {
    expect(walkPacket({ path: 'cross-node', style: 'vxlan', underlayMtu: 9001 }).mtu.podMtu).toBe(
      8951,
    );
    expect(walkPacket({ path: 'cross-node', style: 'vxlan', podMtu: 1500 }).mtu.ok).toBe(false);
  });
});

describe('walkPacket: bad input', () => {
  it('refuses an unknown path or style, naming the choices', () => {
    const path = inputErrorOf(() =>
      walkPacket({ path: 'sideways', style: 'vxlan' } as unknown as WalkScenario),
    );
    expect(path.field).toBe('path');
    expect(path.message).toBe(
      "'sideways' is not a packet path; pick one of same-node, cross-node, to-service, to-internet, nodeport.",
    );
    const style = inputErrorOf(() =>
      walkPacket({ path: 'same-node', style: 'weave' } as unknown as WalkScenario),
    );
    expect(style.field).toBe('style');
  });

  it('refuses MTUs outside 576–9216 and seeds that are not whole numbers', () => {
    expect(inputErrorOf(() => mtuFor('vxlan', 575)).field).toBe('underlayMtu');
    expect(inputErrorOf(() => mtuFor('vxlan', 9217)).field).toBe('underlayMtu');
    expect(inputErrorOf(() => mtuFor('vxlan', 1500.5)).field).toBe('underlayMtu');
    expect(
      inputErrorOf(() => walkPacket({ path: 'same-node', style: 'bgp', podMtu: 100 })).field,
    ).toBe('podMtu');
    expect(
      inputErrorOf(() => walkPacket({ path: 'same-node', style: 'bgp', seed: 0.5 })).field,
    ).toBe('seed');
    expect(mtuFor('bgp', 576).maxPodMtu).toBe(576);
    expect(mtuFor('bgp', 9216).maxPodMtu).toBe(9216);
  });
});

describe('walkPacket: every path × style', () => {
  it('numbers hops uniquely, points every NAT at a real hop, and wraps only vxlan', () => {
    for (const style of WALK_STYLES) {
      for (const path of WALK_PATHS) {
        const walk = walkPacket({ path, style });
        const hops = [...walk.hops, ...(walk.reply ?? [])];
        const ids = hops.map((hop) => hop.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const nat of walk.nats)
          expect(hops.find((hop) => hop.id === nat.hopId)?.nat).toBe(nat.kind);
        expect(hops.filter((hop) => hop.nat).length).toBe(walk.nats.length);
        const wrapped = hops.some((hop) => hop.headers.outer);
        expect(wrapped).toBe(style === 'vxlan' && path !== 'same-node' && path !== 'to-internet');
        expect(walk.reply !== undefined).toBe(
          ['to-service', 'to-internet', 'nodeport'].includes(path),
        );
        expect(walk.summary).toContain(`takes ${String(walk.hops.length)} hops`);
      }
    }
  });
});

describe('defaults and notes that depend on the style', () => {
  it('the VPC CNI walks on jumbo frames by default (9001, AWS_VPC_ENI_MTU), the others on 1500', () => {
    expect(walkPacket({ path: 'cross-node', style: 'vpc-cni' }).mtu).toMatchObject({
      underlay: 9001,
      podMtu: 9001,
      ok: true,
    });
    expect(walkPacket({ path: 'cross-node', style: 'bgp' }).mtu.underlay).toBe(1500);
  });

  it('with eBPF a Service walk says the backend is picked at connect(), not by kube-proxy', () => {
    const [, ebpf] = walkPacket({ path: 'to-service', style: 'ebpf' }).notes;
    expect(ebpf).toMatch(/^With kube-proxy replacement, Cilium picks the backend once/);
    const [, vxlan] = walkPacket({ path: 'to-service', style: 'vxlan' }).notes;
    expect(vxlan).toMatch(/^kube-proxy picks a backend per connection/);
  });

  it('a NodePort reply reaching the node that masqueraded it is addressed to that node', () => {
    const walk = walkPacket({ path: 'nodeport', style: 'bgp' });
    const nodeIp = walk.nodes[0]?.ip ?? '';
    const arrival = (walk.reply ?? []).find(
      (hop) => hop.headers.inner.dstIp === nodeIp && hop.action.includes('receives'),
    );
    expect(arrival?.action).toContain(`addressed to its own IP ${nodeIp}`);
  });
});
