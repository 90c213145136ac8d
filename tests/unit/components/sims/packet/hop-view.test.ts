import { describe, expect, it } from 'vitest';
import {
  headerRows,
  natBadges,
  stepAnnouncement,
  walkSteps,
} from '~/components/sims/packet/hop-view';
import { SERVICE_WALK, VXLAN_WALK } from './fixtures';

describe('walkSteps', () => {
  it('numbers the request, then the reply, each hop knowing the one before in its leg', () => {
    const steps = walkSteps(SERVICE_WALK);
    expect(
      steps.map((s) => `${String(s.index)}:${s.leg}:${s.hop.id}:${s.previous?.id ?? '-'}`),
    ).toEqual([
      '0:request:h1:-',
      '1:request:h2:h1',
      '2:request:h3:h2',
      '3:request:h4:h3',
      '4:request:h5:h4',
      '5:request:h6:h5',
      '6:request:h7:h6',
      '7:reply:r1:-',
      '8:reply:r2:r1',
      '9:reply:r3:r2',
      '10:reply:r4:r3',
    ]);
  });
});

describe('headerRows', () => {
  const steps = walkSteps(VXLAN_WALK);
  /** The rows of a step as "label=value(change)". */
  const rowsAt = (index: number) => {
    const step = steps[index];
    if (!step) throw new Error(String(index));
    return headerRows(step.previous?.headers, step.hop.headers).map(
      (r) => `${r.layer}:${r.label}=${r.value}(${r.change})`,
    );
  };

  it('shows only the inner packet, unchanged, on the first hop', () => {
    expect(rowsAt(0)).toEqual([
      'inner:Source IP=10.244.0.2(same)',
      'inner:Destination IP=10.244.1.2(same)',
      'inner:Source MAC=0a:58:0a:f4:00:02(same)',
      'inner:Destination MAC=0a:58:0a:f4:00:01(same)',
      'inner:Protocol=TCP(same)',
      'inner:Source port=40000(same)',
      'inner:Destination port=8080(same)',
    ]);
  });

  it('marks the outer rows added where flannel.1 wraps the frame, and the new inner MACs changed', () => {
    expect(rowsAt(3)).toEqual([
      'outer:Outer source IP=192.168.0.10(added)',
      'outer:Outer destination IP=192.168.0.11(added)',
      'outer:Outer source MAC=52:54:00:12:00:0a(added)',
      'outer:Outer destination MAC=52:54:00:12:00:0b(added)',
      'outer:Outer UDP port=8472(added)',
      'outer:VXLAN VNI=1(added)',
      'inner:Source IP=10.244.0.2(same)',
      'inner:Destination IP=10.244.1.2(same)',
      'inner:Source MAC=x1(changed)',
      'inner:Destination MAC=x2(changed)',
      'inner:Protocol=TCP(same)',
      'inner:Source port=40000(same)',
      'inner:Destination port=8080(same)',
    ]);
  });

  it('keeps the outer rows unchanged while wrapped, and shows the old ones removed where it is unwrapped', () => {
    expect(rowsAt(4).slice(0, 2)).toEqual([
      'outer:Outer source IP=192.168.0.10(same)',
      'outer:Outer destination IP=192.168.0.11(same)',
    ]);
    expect(rowsAt(7).slice(0, 6)).toEqual([
      'outer:Outer source IP=192.168.0.10(removed)',
      'outer:Outer destination IP=192.168.0.11(removed)',
      'outer:Outer source MAC=52:54:00:12:00:0a(removed)',
      'outer:Outer destination MAC=52:54:00:12:00:0b(removed)',
      'outer:Outer UDP port=8472(removed)',
      'outer:VXLAN VNI=1(removed)',
    ]);
    expect(rowsAt(8)).toHaveLength(7);
  });

  it('marks the destination changed where the Service is DNATed', () => {
    const step = walkSteps(SERVICE_WALK)[1];
    const rows = step ? headerRows(step.previous?.headers, step.hop.headers) : [];
    expect(rows.filter((r) => r.change !== 'same').map((r) => `${r.label}=${r.value}`)).toEqual([
      'Destination IP=10.244.1.5',
      'Destination port=8080',
    ]);
  });
});

describe('natBadges and stepAnnouncement', () => {
  it('badges the hop where an address changed, and only that hop', () => {
    const [h1, h2] = SERVICE_WALK.hops;
    if (!h1 || !h2) throw new Error('fixture');
    expect(natBadges(SERVICE_WALK, h2)).toEqual([
      { text: 'DNAT 10.96.0.10:80 → 10.244.1.5:8080', by: 'kube-proxy (iptables)' },
    ]);
    expect(natBadges(SERVICE_WALK, h1)).toEqual([]);
  });

  it('announces the step number, the leg, the place, the device and the action', () => {
    const step = walkSteps(SERVICE_WALK)[9];
    if (!step) throw new Error('fixture');
    expect(stepAnnouncement(step, 11)).toBe('Step 10 of 11, reply: node-1, eth0. At eth0.');
  });
});
