import { describe, expect, it } from 'vitest';
import { walkPacket } from '~/sim/packet';
import { ruleOf, rows } from './walk-helpers';

describe('walkPacket: vxlan (Flannel-style overlay)', () => {
  it('wraps a cross-node packet in VXLAN at flannel.1 and unwraps it on node-2', () => {
    const walk = walkPacket({ path: 'cross-node', style: 'vxlan' });
    const outer =
      'outer 52:54:00:12:00:0a > 52:54:00:12:00:0b 192.168.0.10 > 192.168.0.11 udp/8472 vni 1';
    const pods = '10.244.0.2:43210 > 10.244.1.2:8080';
    expect(rows(walk.hops)).toEqual([
      `h1 node-1 eth0 (web-1) | 0a:58:0a:f4:00:02 > 0a:58:0a:f4:00:01 | ${pods}`,
      `h2 node-1 veth6e961893 → cni0 | 0a:58:0a:f4:00:02 > 0a:58:0a:f4:00:01 | ${pods}`,
      `h3 node-1 flannel.1 | 6e:a2:41:0b:5c:01 > 6e:a2:41:0b:5c:02 | ${pods} | ${outer}`,
      `h4 wire node network | 6e:a2:41:0b:5c:01 > 6e:a2:41:0b:5c:02 | ${pods} | ${outer}`,
      `h5 node-2 eth0 | 6e:a2:41:0b:5c:01 > 6e:a2:41:0b:5c:02 | ${pods} | ${outer}`,
      `h6 node-2 flannel.1 | 6e:a2:41:0b:5c:01 > 6e:a2:41:0b:5c:02 | ${pods}`,
      `h7 node-2 cni0 | 0a:58:0a:f4:01:01 > 0a:58:0a:f4:01:02 | ${pods}`,
      `h8 node-2 eth0 (web-3) | 0a:58:0a:f4:01:01 > 0a:58:0a:f4:01:02 | ${pods}`,
    ]);
    expect(ruleOf(walk.hops, 'h1')).toBe('default via 10.244.0.1 dev eth0');
    expect(ruleOf(walk.hops, 'h3')).toBe(
      [
        '10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink',
        '10.244.1.0 dev flannel.1 lladdr 6e:a2:41:0b:5c:02 PERMANENT',
        '6e:a2:41:0b:5c:02 dev flannel.1 dst 192.168.0.11 self permanent',
      ].join('\n'),
    );
    expect(ruleOf(walk.hops, 'h7')).toBe(
      '10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1',
    );
    expect(walk.nats).toEqual([]);
    expect(walk.reply).toBeUndefined();
    expect(walk.notes[0]).toContain('8472');
    expect(walk.notes[0]).toContain('4789');
  });

  it('switches a same-node packet on cni0 without routing it', () => {
    const walk = walkPacket({ path: 'same-node', style: 'vxlan' });
    const frame = '0a:58:0a:f4:00:02 > 0a:58:0a:f4:00:03 | 10.244.0.2:43210 > 10.244.0.3:8080';
    expect(rows(walk.hops)).toEqual([
      `h1 node-1 eth0 (web-1) | ${frame}`,
      `h2 node-1 veth6e961893 | ${frame}`,
      `h3 node-1 cni0 | ${frame}`,
      `h4 node-1 eth0 (web-2) | ${frame}`,
    ]);
    expect(ruleOf(walk.hops, 'h1')).toBe(
      '10.244.0.0/24 dev eth0 proto kernel scope link src 10.244.0.2',
    );
    expect(ruleOf(walk.hops, 'h3')).toBe('0a:58:0a:f4:00:03 dev veth62959fc8 master cni0');
  });
});

describe('walkPacket: bgp (Calico-style routing)', () => {
  it('routes a cross-node packet by the bird route with no outer header', () => {
    const walk = walkPacket({ path: 'cross-node', style: 'bgp' });
    const pods = '10.244.0.2:43210 > 10.244.0.66:8080';
    expect(rows(walk.hops)).toEqual([
      `h1 node-1 eth0 (web-1) | b2:4c:0a:f4:00:02 > ee:ee:ee:ee:ee:ee | ${pods}`,
      `h2 node-1 cali6e961893a1b | b2:4c:0a:f4:00:02 > ee:ee:ee:ee:ee:ee | ${pods}`,
      `h3 node-1 eth0 | 52:54:00:12:00:0a > 52:54:00:12:00:0b | ${pods}`,
      `h4 wire node network | 52:54:00:12:00:0a > 52:54:00:12:00:0b | ${pods}`,
      `h5 node-2 eth0 | 52:54:00:12:00:0a > 52:54:00:12:00:0b | ${pods}`,
      `h6 node-2 cali6868199da1b | ee:ee:ee:ee:ee:ee > b2:4c:0a:f4:00:42 | ${pods}`,
      `h7 node-2 eth0 (web-3) | ee:ee:ee:ee:ee:ee > b2:4c:0a:f4:00:42 | ${pods}`,
    ]);
    expect(ruleOf(walk.hops, 'h1')).toBe('default via 169.254.1.1 dev eth0');
    expect(ruleOf(walk.hops, 'h3')).toBe('10.244.0.64/26 via 192.168.0.11 dev eth0 proto bird');
    expect(ruleOf(walk.hops, 'h6')).toBe('10.244.0.66 dev cali6868199da1b scope link');
    expect(walk.hops.every((hop) => hop.headers.outer === undefined)).toBe(true);
    expect(walk.nats).toEqual([]);
  });
});

describe('walkPacket: ebpf (Cilium-style, native routing)', () => {
  it('redirects a same-node packet between lxc veths in eBPF', () => {
    const walk = walkPacket({ path: 'same-node', style: 'ebpf' });
    expect(walk.hops.map((hop) => hop.device)).toEqual([
      'eth0 (web-1)',
      'lxc6e961893c2d4 (tc ingress)',
      'lxc62959fc8c2d4',
      'eth0 (web-2)',
    ]);
    expect(walk.hops.map((hop) => hop.headers.inner.dstIp)).toEqual(Array(4).fill('10.0.0.3'));
  });

  it('routes a cross-node packet natively, with no tunnel', () => {
    const walk = walkPacket({ path: 'cross-node', style: 'ebpf' });
    expect(ruleOf(walk.hops, 'h3')).toBe('10.0.1.0/24 via 192.168.0.11 dev eth0');
    expect(walk.hops.map((hop) => `${hop.at} ${hop.device}`)).toEqual([
      'node-1 eth0 (web-1)',
      'node-1 lxc6e961893c2d4 (tc ingress)',
      'node-1 eth0 (tc egress)',
      'wire node network',
      'node-2 eth0 (tc ingress)',
      'node-2 lxc6868199dc2d4',
      'node-2 eth0 (web-3)',
    ]);
    expect(walk.mtu.overhead).toBe(0);
  });
});

describe('walkPacket: vpc-cni (pod IPs are VPC addresses)', () => {
  it('sends a pod on a secondary ENI out of that ENI and lets the VPC deliver it', () => {
    const walk = walkPacket({ path: 'cross-node', style: 'vpc-cni' });
    const pods = '192.168.10.41:43210 > 192.168.45.12:8080';
    expect(rows(walk.hops)).toEqual([
      `h1 node-1 eth0 (web-1) | 3a:9e:c0:a8:0a:29 > 7e:1d:c0:a8:0a:29 | ${pods}`,
      `h2 node-1 eni5d8a1c3be3f | 3a:9e:c0:a8:0a:29 > 7e:1d:c0:a8:0a:29 | ${pods}`,
      `h3 node-1 eth1 | 0e:1a:2b:3c:4d:02 > 0e:00:00:00:00:01 | ${pods}`,
      `h4 VPC VPC router | 0e:00:00:00:20:01 > 0e:5f:6a:7b:8c:01 | ${pods}`,
      `h5 node-2 eth0 | 0e:00:00:00:20:01 > 0e:5f:6a:7b:8c:01 | ${pods}`,
      `h6 node-2 eni81c4d5e0e3f | 7e:1d:c0:a8:2d:0c > 3a:9e:c0:a8:2d:0c | ${pods}`,
      `h7 node-2 eth0 (web-3) | 7e:1d:c0:a8:2d:0c > 3a:9e:c0:a8:2d:0c | ${pods}`,
    ]);
    expect(ruleOf(walk.hops, 'h1')).toBe(
      'default via 169.254.1.1 dev eth0\n169.254.1.1 dev eth0 lladdr 7e:1d:c0:a8:0a:29 PERMANENT',
    );
    expect(ruleOf(walk.hops, 'h3')).toBe(
      '1536:\tfrom 192.168.10.41 to 192.168.0.0/16 lookup 2\ndefault via 192.168.0.1 dev eth1 table 2',
    );
    expect(ruleOf(walk.hops, 'h6')).toBe(
      '512:\tfrom all to 192.168.45.12 lookup main\n192.168.45.12 dev eni81c4d5e0e3f scope link',
    );
  });

  it('routes a same-node packet through the node by the pod /32 route', () => {
    const walk = walkPacket({ path: 'same-node', style: 'vpc-cni' });
    expect(walk.hops.map((hop) => hop.device)).toEqual([
      'eth0 (web-1)',
      'eni5d8a1c3be3f',
      'eni0f6e9b27e3f',
      'eth0 (web-2)',
    ]);
    expect(ruleOf(walk.hops, 'h3')).toBe(
      '512:\tfrom all to 192.168.10.87 lookup main\n192.168.10.87 dev eni0f6e9b27e3f scope link',
    );
  });
});
