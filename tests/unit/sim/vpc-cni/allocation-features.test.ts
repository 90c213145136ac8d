import { describe, expect, it } from 'vitest';
import { InputError } from '~/sim/ip';
import { simulateAllocation } from '~/sim/vpc-cni';
import type { AllocationInput } from '~/sim/vpc-cni';
import type { EniLimits } from '~/sim/vpc-cni/types';

const M5_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'nitro', vcpus: 2 };
const C4_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'xen' };

/** The field of the InputError a call throws. */
function fieldOf(call: () => unknown): string | undefined {
  try {
    call();
  } catch (error) {
    if (error instanceof InputError) return error.field;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('security groups for pods', () => {
  it('attaches a trunk ENI, which leaves ipamd one ENI fewer', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      securityGroupsForPods: true,
      events: [{ kind: 'schedule', count: 20 }],
    });
    const [start, last] = timeline.steps;
    expect(start?.actions).toEqual([
      'attach the trunk ENI (VPC resource controller)',
      'assign 9 secondary IPs to eni-1',
    ]);
    expect(last?.enis.map((eni) => eni.id)).toEqual(['eni-1', 'trunk', 'eni-2']);
    expect(last?.running).toBe(18);
    expect(last?.pending.noAddress).toBe(2);
    expect(last?.problems).toEqual([
      'ENI limit: all 2 ENIs ipamd may use are attached and full; 2 pods wait for an address.',
    ]);
    expect(timeline.notes[0]).toMatch(/branch-ENI limit/);
  });

  it('gives security-group pods branch ENIs up to the limit', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      securityGroupsForPods: true,
      branchEniLimit: 2,
      subnetFreeIps: 100,
      events: [
        { kind: 'schedule', count: 3, securityGroups: true },
        { kind: 'delete', count: 1, securityGroups: true },
      ],
    });
    const [, scheduled, deleted] = timeline.steps;
    expect(scheduled?.branchPods).toBe(2);
    expect(scheduled?.pending.noBranchEni).toBe(1);
    expect(scheduled?.subnetFreeIps).toBe(100 - 1 - 9 - 2);
    expect(scheduled?.problems).toEqual([
      'Insufficient vpc.amazonaws.com/pod-eni: all 2 branch ENIs are in use.',
    ]);
    expect(deleted?.branchPods).toBe(2);
    expect(deleted?.pending.noBranchEni).toBe(0);
  });

  it('refuses branch ENIs on a non-Nitro type', () => {
    const last = simulateAllocation({
      limits: C4_LARGE,
      securityGroupsForPods: true,
      events: [{ kind: 'schedule', count: 1, securityGroups: true }],
    }).steps.at(-1);
    expect(last?.branchPods).toBe(0);
    expect(last?.pending.noBranchEni).toBe(1);
    expect(last?.enis.map((eni) => eni.id)).toEqual(['eni-1']);
  });
});

describe('IPv6 clusters', () => {
  it('gives the primary ENI one /80 and pods addresses from it, no warm pool', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      ipFamily: 'ipv6',
      warmIpTarget: 5,
      events: [{ kind: 'schedule', count: 120 }],
    });
    expect(timeline.policy).toBe('ipv6');
    expect(timeline.maxPods).toBe(110);
    const [start, last] = timeline.steps;
    expect(start?.actions).toEqual(['assign an IPv6 /80 prefix to eni-1']);
    expect(last?.enis).toHaveLength(1);
    expect(last?.running).toBe(108);
    expect(last?.pending.maxPods).toBe(12);
    expect(last?.addresses.total).toBe(2 ** 48);
  });

  it('cannot give addresses on a non-Nitro type', () => {
    const timeline = simulateAllocation({
      limits: C4_LARGE,
      ipFamily: 'ipv6',
      events: [{ kind: 'schedule', count: 2 }],
    });
    const last = timeline.steps.at(-1);
    expect(last?.pending.noAddress).toBe(2);
    expect(last?.problems).toEqual([
      'IPv6 clusters need Nitro-based instance types: this node cannot give pods addresses.',
    ]);
  });
});

describe('edge cases', () => {
  it('WARM_ENI_TARGET=0 adds addresses only when a pod waits', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      warmEniTarget: 0,
      events: [{ kind: 'schedule', count: 10 }],
    });
    const [start, last] = timeline.steps;
    expect(start?.addresses.total).toBe(0);
    expect(last?.addresses).toEqual({ total: 18, used: 10, free: 8 });
  });

  it('pods refused for max-pods get in when others are deleted', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      maxPods: 5,
      events: [
        { kind: 'schedule', count: 5 },
        { kind: 'delete', count: 1 },
      ],
    });
    const [, full, after] = timeline.steps;
    expect(full?.running).toBe(3);
    expect(full?.pending.maxPods).toBe(2);
    expect(after?.running).toBe(3);
    expect(after?.pending.maxPods).toBe(1);
  });

  it('deleting more pods than run leaves an empty node', () => {
    const last = simulateAllocation({
      limits: M5_LARGE,
      events: [
        { kind: 'schedule', count: 2 },
        { kind: 'delete', count: 9 },
      ],
    }).steps.at(-1);
    expect(last?.running).toBe(0);
    expect(last?.addresses).toEqual({ total: 9, used: 0, free: 9 });
  });

  it('replays the same input to the same timeline', () => {
    const input: AllocationInput = {
      limits: M5_LARGE,
      mode: 'prefix',
      events: [{ kind: 'schedule', count: 40 }],
    };
    expect(simulateAllocation(input)).toEqual(simulateAllocation(input));
  });
});

describe('bad input', () => {
  it.each([
    [{ limits: M5_LARGE, events: [], warmIpTarget: -1 }, 'warmIpTarget'],
    [{ limits: M5_LARGE, events: [], warmEniTarget: 1.5 }, 'warmEniTarget'],
    [{ limits: M5_LARGE, events: [], mode: 'eni' }, 'mode'],
    [{ limits: M5_LARGE, events: [], ipFamily: 'ipv5' }, 'ipFamily'],
    [
      { limits: M5_LARGE, events: [], subnetFreeIps: 10, subnetFreePrefixes: 1 },
      'subnetFreePrefixes',
    ],
    [{ limits: M5_LARGE, events: [], maxPods: 2 }, 'maxPods'],
    [{ limits: M5_LARGE, events: [{ kind: 'schedule', count: 0 }] }, 'events[0].count'],
    [{ limits: M5_LARGE, events: [{ kind: 'add', count: 1 }] }, 'events[0]'],
    [{ limits: M5_LARGE, events: 'none' }, 'events'],
    [{ limits: { enis: 0, ipv4PerEni: 10 }, events: [] }, 'enis'],
    [
      {
        limits: { enis: 2, ipv4PerEni: 4 },
        customNetworking: true,
        securityGroupsForPods: true,
        events: [],
      },
      'limits',
    ],
    [{ limits: M5_LARGE, events: [], customNetworking: 'yes' }, 'customNetworking'],
  ])('refuses %j (field %s)', (input, field) => {
    expect(fieldOf(() => simulateAllocation(input as unknown as AllocationInput))).toBe(field);
  });
});
