import { describe, expect, it } from 'vitest';
import { compareColumns, isIptablesRule } from '~/components/sims/packet/compare-rows';
import { SERVICE_WALK, VXLAN_WALK } from './fixtures';

describe('compareColumns', () => {
  it('reads every fact off the walks', () => {
    expect(compareColumns([VXLAN_WALK, SERVICE_WALK])).toEqual([
      {
        style: 'VXLAN',
        facts: [
          { label: 'Hops', value: '11' },
          { label: 'Encapsulated', value: 'Yes: VXLAN, outer UDP 8472, VNI 1' },
          { label: 'MTU in the pod', value: '1450 (max 1450 = 1500 − 50)' },
          { label: 'NAT', value: 'Nowhere' },
          { label: 'iptables rules used', value: 'No' },
        ],
      },
      {
        style: 'BGP',
        facts: [
          { label: 'Hops', value: '7 there, 4 back' },
          { label: 'Encapsulated', value: 'No' },
          { label: 'MTU in the pod', value: '1500 (max 1500 = 1500 − 0)' },
          {
            label: 'NAT',
            value: 'DNAT at node-1 (cali1a2b3c4d5e6) by kube-proxy (iptables)',
          },
          { label: 'iptables rules used', value: 'Yes (1 hop)' },
        ],
      },
    ]);
  });

  it('says when the pod MTU is too big', () => {
    const broken = { ...VXLAN_WALK, mtu: { ...VXLAN_WALK.mtu, podMtu: 1500, ok: false } };
    expect(compareColumns([broken])[0]?.facts[2]?.value).toBe(
      '1500 (max 1450 = 1500 − 50): too big',
    );
  });
});

describe('isIptablesRule', () => {
  it('knows iptables-save lines from routes and eBPF entries', () => {
    expect(
      isIptablesRule('-A KUBE-SERVICES -d 10.96.0.10/32 -p tcp --dport 80 -j KUBE-SVC-X'),
    ).toBe(true);
    expect(isIptablesRule('-t nat -A POSTROUTING -s 10.244.0.0/16 -j MASQUERADE')).toBe(true);
    expect(isIptablesRule('10.244.1.0/24 via 10.244.1.0 dev flannel.1 onlink')).toBe(false);
    expect(isIptablesRule('bpf_lxc: cilium_lb4_services_v2 10.96.0.10:80 → 10.0.1.5:8080')).toBe(
      false,
    );
  });
});
