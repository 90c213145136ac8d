import { describe, expect, it } from 'vitest';
import { walkPacket } from '~/sim/packet';
import { ruleOf, rows } from './walk-helpers';

describe('walkPacket: to-service', () => {
  it('DNATs the ClusterIP to web-3 in PREROUTING and un-DNATs the reply (vxlan)', () => {
    const walk = walkPacket({ path: 'to-service', style: 'vxlan' });
    expect(
      walk.hops.map(
        (hop) =>
          `${hop.id} ${hop.device} ${hop.headers.inner.dstIp}:${String(hop.headers.inner.dstPort)}${hop.nat ? ` ${hop.nat}` : ''}`,
      ),
    ).toEqual([
      'h1 eth0 (web-1) 10.96.0.50:80',
      'h2 veth6e961893 → cni0 10.96.0.50:80',
      'h3 cni0 10.244.1.2:8080 DNAT',
      'h4 flannel.1 10.244.1.2:8080',
      'h5 node network 10.244.1.2:8080',
      'h6 eth0 10.244.1.2:8080',
      'h7 flannel.1 10.244.1.2:8080',
      'h8 cni0 10.244.1.2:8080',
      'h9 eth0 (web-3) 10.244.1.2:8080',
    ]);
    expect(ruleOf(walk.hops, 'h3')?.split('\n')).toEqual([
      '-A KUBE-SERVICES -d 10.96.0.50/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-6GKV2TOWXHKDVKG4',
      '-A KUBE-SVC-6GKV2TOWXHKDVKG4 -m comment --comment "default/web -> 10.244.0.3:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-2ZJ4QKOY3XWBT7A5',
      '-A KUBE-SVC-6GKV2TOWXHKDVKG4 -m comment --comment "default/web -> 10.244.1.2:8080" -j KUBE-SEP-H7KLMQ2V4XDR3F6N',
      '-A KUBE-SEP-H7KLMQ2V4XDR3F6N -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.2:8080',
    ]);
    expect(rows(walk.reply).slice(-3)).toEqual([
      'r7 node-1 cni0 | 0a:58:0a:f4:00:01 > 0a:58:0a:f4:00:02 | 10.244.1.2:8080 > 10.244.0.2:43210',
      'r8 node-1 cni0 | 0a:58:0a:f4:00:01 > 0a:58:0a:f4:00:02 | 10.96.0.50:80 > 10.244.0.2:43210 | un-DNAT',
      'r9 node-1 eth0 (web-1) | 0a:58:0a:f4:00:01 > 0a:58:0a:f4:00:02 | 10.96.0.50:80 > 10.244.0.2:43210',
    ]);
    expect(ruleOf(walk.reply, 'r8')).toBe(
      'tcp 6 86399 ESTABLISHED src=10.244.0.2 dst=10.96.0.50 sport=43210 dport=80 src=10.244.1.2 dst=10.244.0.2 sport=8080 dport=43210 [ASSURED] mark=0 use=1',
    );
    expect(walk.nats).toEqual([
      {
        hopId: 'h3',
        kind: 'DNAT',
        field: 'dst',
        from: '10.96.0.50:80',
        to: '10.244.1.2:8080',
        by: 'kube-proxy (iptables)',
      },
      {
        hopId: 'r8',
        kind: 'un-DNAT',
        field: 'src',
        from: '10.244.1.2:8080',
        to: '10.96.0.50:80',
        by: "conntrack (kube-proxy's DNAT reversed)",
      },
    ]);
  });

  it('picks web-2 on the same node for an even seed', () => {
    const walk = walkPacket({ path: 'to-service', style: 'bgp', seed: 2 });
    expect(walk.nats[0]).toMatchObject({
      hopId: 'h3',
      from: '10.96.0.50:80',
      to: '10.244.0.3:8080',
    });
    expect(walk.hops.map((hop) => hop.device)).toEqual([
      'eth0 (web-1)',
      'cali6e961893a1b',
      'cali6e961893a1b',
      'cali62959fc8a1b',
      'eth0 (web-2)',
    ]);
  });

  it('needs br_netfilter when the reply from a same-node backend is bridged on cni0 (vxlan)', () => {
    const walk = walkPacket({ path: 'to-service', style: 'vxlan', seed: 4 });
    expect(walk.reply?.map((hop) => `${hop.device}${hop.nat ? ` ${hop.nat}` : ''}`)).toEqual([
      'eth0 (web-2)',
      'veth62959fc8',
      'cni0',
      'cni0 un-DNAT',
      'eth0 (web-1)',
    ]);
    expect(walk.reply?.[3]?.action).toContain('net.bridge.bridge-nf-call-iptables=1');
    expect(walkPacket({ path: 'to-service', style: 'vxlan' }).reply?.[7]?.action).not.toContain(
      'br_netfilter',
    );
  });

  it('translates at the socket with Cilium, so no packet carries the ClusterIP', () => {
    const walk = walkPacket({ path: 'to-service', style: 'ebpf' });
    expect(walk.hops.map((hop) => hop.headers.inner.dstIp)).toEqual(Array(7).fill('10.0.1.2'));
    expect(walk.nats).toEqual([
      {
        hopId: 'h1',
        kind: 'DNAT',
        field: 'dst',
        from: '10.96.0.50:80',
        to: '10.0.1.2:8080',
        by: 'Cilium socket LB (eBPF, kube-proxy replacement)',
      },
      {
        hopId: 'r7',
        kind: 'un-DNAT',
        field: 'src',
        from: '10.0.1.2:8080',
        to: '10.96.0.50:80',
        by: 'Cilium socket LB (eBPF)',
      },
    ]);
    expect(walk.hops.some((hop) => hop.rule?.includes('KUBE-'))).toBe(false);
    expect(ruleOf(walk.hops, 'h1')).toBe(
      'cilium-dbg service list → 10.96.0.50:80 ClusterIP 1 => 10.0.0.3:8080 (active), 2 => 10.0.1.2:8080 (active)',
    );
  });
});

describe('walkPacket: to-internet', () => {
  it('masquerades to the node IP at eth0 on vxlan and restores the pod IP on the reply', () => {
    const walk = walkPacket({ path: 'to-internet', style: 'vxlan' });
    expect(rows(walk.hops)).toEqual([
      'h1 node-1 eth0 (web-1) | 0a:58:0a:f4:00:02 > 0a:58:0a:f4:00:01 | 10.244.0.2:43210 > 203.0.113.10:443',
      'h2 node-1 veth6e961893 → cni0 | 0a:58:0a:f4:00:02 > 0a:58:0a:f4:00:01 | 10.244.0.2:43210 > 203.0.113.10:443',
      'h3 node-1 eth0 | 52:54:00:12:00:0a > 52:54:00:12:00:01 | 192.168.0.10:43210 > 203.0.113.10:443 | SNAT',
      'h4 internet server 203.0.113.10 | 52:54:00:12:00:01 > 52:54:00:12:00:0a | 192.168.0.10:43210 > 203.0.113.10:443',
    ]);
    expect(ruleOf(walk.hops, 'h3')).toBe(
      'default via 192.168.0.1 dev eth0\n-A FLANNEL-POSTRTG -s 10.244.0.0/16 ! -d 224.0.0.0/4 -m comment --comment "flanneld masq" -j MASQUERADE --random-fully',
    );
    expect(walk.nats.map((nat) => [nat.hopId, nat.kind, nat.field, nat.from, nat.to])).toEqual([
      ['h3', 'SNAT', 'src', '10.244.0.2', '192.168.0.10'],
      ['r2', 'un-SNAT', 'dst', '192.168.0.10', '10.244.0.2'],
    ]);
    expect(walk.reply?.at(-1)?.headers.inner.dstIp).toBe('10.244.0.2');
  });

  it('SNATs to the primary ENI IP on vpc-cni when the destination is outside the VPC', () => {
    const walk = walkPacket({ path: 'to-internet', style: 'vpc-cni' });
    expect(walk.hops.map((hop) => `${hop.device} ${hop.headers.inner.srcIp}`)).toEqual([
      'eth0 (web-1) 192.168.10.41',
      'eni5d8a1c3be3f 192.168.10.41',
      'eth0 192.168.10.20',
      'server 203.0.113.10 192.168.10.20',
    ]);
    expect(walk.nats[0]).toEqual({
      hopId: 'h3',
      kind: 'SNAT',
      field: 'src',
      from: '192.168.10.41',
      to: '192.168.10.20',
      by: 'VPC CNI (iptables SNAT, AWS-SNAT-CHAIN-0)',
    });
    expect(ruleOf(walk.hops, 'h3')?.split('\n')).toEqual([
      'default via 192.168.0.1 dev eth0',
      '-A AWS-SNAT-CHAIN-0 -d 192.168.0.0/16 -m comment --comment "AWS SNAT CHAIN" -j RETURN',
      '-A AWS-SNAT-CHAIN-0 ! -o vlan+ -m comment --comment "AWS, SNAT" -m addrtype ! --dst-type LOCAL -j SNAT --to-source 192.168.10.20 --random-fully',
    ]);
  });

  it('leaves the node unchanged with externalSnat and lets the NAT gateway translate', () => {
    const walk = walkPacket({ path: 'to-internet', style: 'vpc-cni', externalSnat: true });
    expect(
      walk.hops.map(
        (hop) =>
          `${hop.at} ${hop.device} ${hop.headers.inner.srcIp}${hop.nat ? ` ${hop.nat}` : ''}`,
      ),
    ).toEqual([
      'node-1 eth0 (web-1) 192.168.10.41',
      'node-1 eni5d8a1c3be3f 192.168.10.41',
      'node-1 eth1 192.168.10.41',
      'VPC NAT gateway 198.51.100.77 SNAT',
      'internet server 203.0.113.10 198.51.100.77',
    ]);
    expect(ruleOf(walk.hops, 'h3')).toBe(
      '1536:\tfrom 192.168.10.41 lookup 2\ndefault via 192.168.0.1 dev eth1 table 2',
    );
    expect(walk.nats.map((nat) => `${nat.hopId} ${nat.kind} ${nat.by}`)).toEqual([
      'h4 SNAT NAT gateway (AWS_VPC_K8S_CNI_EXTERNALSNAT=true)',
      'r2 un-SNAT NAT gateway',
    ]);
    expect(walk.reply?.map((hop) => hop.device)).toEqual([
      'server 203.0.113.10',
      'NAT gateway',
      'eth1',
      'eni5d8a1c3be3f',
      'eth0 (web-1)',
    ]);
  });
});

describe('walkPacket: nodeport', () => {
  it('DNATs the NodePort to web-3, masquerades to flannel.1’s address, and undoes both on the reply (vxlan)', () => {
    const walk = walkPacket({ path: 'nodeport', style: 'vxlan' });
    expect(rows(walk.hops).slice(0, 3)).toEqual([
      'h1 internet client 198.51.100.20 | 52:54:00:12:00:01 > 52:54:00:12:00:0a | 198.51.100.20:51000 > 192.168.0.10:30080',
      'h2 node-1 eth0 | 52:54:00:12:00:01 > 52:54:00:12:00:0a | 198.51.100.20:51000 > 10.244.1.2:8080 | DNAT',
      'h3 node-1 flannel.1 | 6e:a2:41:0b:5c:01 > 6e:a2:41:0b:5c:02 | 10.244.0.0:51000 > 10.244.1.2:8080 | outer 52:54:00:12:00:0a > 52:54:00:12:00:0b 192.168.0.10 > 192.168.0.11 udp/8472 vni 1 | SNAT',
    ]);
    expect(
      walk.nats.map((nat) => `${nat.hopId} ${nat.kind} ${nat.field} ${nat.from} → ${nat.to}`),
    ).toEqual([
      'h2 DNAT dst 192.168.0.10:30080 → 10.244.1.2:8080',
      'h3 SNAT src 198.51.100.20 → 10.244.0.0',
      'r7 un-SNAT dst 10.244.0.0 → 198.51.100.20',
      'r8 un-DNAT src 10.244.1.2:8080 → 192.168.0.10:30080',
    ]);
    expect(ruleOf(walk.hops, 'h3')?.split('\n').at(-1)).toBe(
      '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    );
    expect(rows(walk.reply).at(-1)).toBe(
      'r9 internet client 198.51.100.20 | 52:54:00:12:00:01 > 52:54:00:12:00:0a | 192.168.0.10:30080 > 198.51.100.20:51000',
    );
  });

  it('masquerades to the node IP on routed styles', () => {
    for (const [style, nodeIp] of [
      ['bgp', '192.168.0.10'],
      ['ebpf', '192.168.0.10'],
      ['vpc-cni', '192.168.10.20'],
    ] as const) {
      const walk = walkPacket({ path: 'nodeport', style });
      expect(walk.nats.find((nat) => nat.kind === 'SNAT')).toMatchObject({
        hopId: 'h3',
        from: '198.51.100.20',
        to: nodeIp,
      });
    }
  });
});
