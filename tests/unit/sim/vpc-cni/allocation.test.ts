import { describe, expect, it } from 'vitest';
import { simulateAllocation } from '~/sim/vpc-cni/allocation';
import type { AllocationInput, AllocationStep } from '~/sim/vpc-cni/allocation-types';
import type { EniLimits } from '~/sim/vpc-cni/types';

// Expected figures are the example tables of the VPC CNI's docs/eni-and-ip-target.md and
// docs/prefix-and-ip-target.md (aws/amazon-vpc-cni-k8s), recomputed by hand.

const T3_SMALL: EniLimits = { enis: 3, ipv4PerEni: 4, hypervisor: 'nitro' };
const M5_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'nitro', vcpus: 2 };
const T3_MEDIUM: EniLimits = { enis: 3, ipv4PerEni: 6, hypervisor: 'nitro' };
const P3DN: EniLimits = { enis: 15, ipv4PerEni: 50, hypervisor: 'nitro' };
const C4_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'xen' };

/** Slots per pod ENI ("3,3,1"), as the docs' tables list them. */
function slotsPerEni(step: AllocationStep | undefined): string {
  return (step?.enis ?? [])
    .filter((eni) => eni.carriesPods)
    .map((eni) => eni.slots.length)
    .join(',');
}

/** The step after scheduling `pods` pods in one go. */
function after(input: Omit<AllocationInput, 'events'>, pods: number): AllocationStep | undefined {
  const events = pods === 0 ? [] : [{ kind: 'schedule' as const, count: pods }];
  return simulateAllocation({ ...input, events }).steps.at(-1);
}

describe('simulateAllocation, secondary IPs (eni-and-ip-target.md)', () => {
  it.each([
    [0, '3', 3],
    [5, '3,3,3', 4],
    [9, '3,3,3', 0],
  ])('t3.small, WARM_ENI_TARGET=1, %i pods: IPs per ENI %s, %i unused', (pods, ips, unused) => {
    const step = after({ limits: T3_SMALL }, pods);
    expect(slotsPerEni(step)).toBe(ips);
    expect(step?.addresses.free).toBe(unused);
    expect(step?.running).toBe(pods);
  });

  it.each([
    [0, '1', 1],
    [5, '3,3', 1],
    [9, '3,3,3', 0],
  ])('t3.small, WARM_IP_TARGET=1 MINIMUM_IP_TARGET=1, %i pods: %s', (pods, ips, unused) => {
    const step = after({ limits: T3_SMALL, warmIpTarget: 1, minimumIpTarget: 1 }, pods);
    expect(slotsPerEni(step)).toBe(ips);
    expect(step?.addresses.free).toBe(unused);
  });

  it.each([
    [0, '3,2', 5],
    [5, '3,3,1', 2],
    [9, '3,3,3', 0],
  ])('t3.small, WARM_IP_TARGET=2 MINIMUM_IP_TARGET=5, %i pods: %s', (pods, ips, unused) => {
    const step = after({ limits: T3_SMALL, warmIpTarget: 2, minimumIpTarget: 5 }, pods);
    expect(slotsPerEni(step)).toBe(ips);
    expect(step?.addresses.free).toBe(unused);
  });

  it.each([
    [0, '49', 49],
    [3, '49,49', 95],
    [95, '49,49,49', 52],
  ])('p3dn.24xlarge, WARM_ENI_TARGET=1, %i pods: %s', (pods, ips, unused) => {
    const step = after({ limits: P3DN }, pods);
    expect(slotsPerEni(step)).toBe(ips);
    expect(step?.addresses.free).toBe(unused);
  });

  it.each([
    [0, '10'],
    [7, '12'],
    [15, '20'],
    [45, '49,1'],
  ])('p3dn.24xlarge, WARM_IP_TARGET=5 MINIMUM_IP_TARGET=10, %i pods: %s', (pods, ips) => {
    expect(slotsPerEni(after({ limits: P3DN, warmIpTarget: 5, minimumIpTarget: 10 }, pods))).toBe(
      ips,
    );
  });

  it('m5.large: 3 ENIs × 9 pod IPs, the 28th pod waits for max-pods', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      events: [
        { kind: 'schedule', count: 10 },
        { kind: 'schedule', count: 18 },
      ],
    });
    expect(timeline.maxPods).toBe(29);
    expect(timeline.schedulablePods).toBe(27);
    const [start, ten, all] = timeline.steps;
    expect(start?.actions).toEqual(['assign 9 secondary IPs to eni-1']);
    expect(ten?.actions).toEqual([
      'attach eni-2',
      'assign 9 secondary IPs to eni-2',
      'attach eni-3',
      'assign 9 secondary IPs to eni-3',
    ]);
    expect(ten?.addresses).toEqual({ total: 27, used: 10, free: 17 });
    expect(all?.running).toBe(27);
    expect(all?.pending).toEqual({ maxPods: 1, noAddress: 0, noBranchEni: 0 });
    expect(all?.problems).toEqual([
      'Too many pods: max-pods is 29 (2 of them host-network pods), so 1 pod stay Pending.',
    ]);
  });

  it('t3.medium: deleting pods detaches ENIs down to one spare ENI of addresses', () => {
    const timeline = simulateAllocation({
      limits: T3_MEDIUM,
      events: [
        { kind: 'schedule', count: 12 },
        { kind: 'delete', count: 10 },
      ],
    });
    expect(timeline.maxPods).toBe(17);
    const [, full, emptied] = timeline.steps;
    expect(slotsPerEni(full)).toBe('5,5,5');
    expect(emptied?.actions).toEqual(['detach eni-3 and release its 5 secondary IPs']);
    expect(slotsPerEni(emptied)).toBe('5,5');
    expect(emptied?.addresses).toEqual({ total: 10, used: 2, free: 8 });
  });

  it('WARM_IP_TARGET releases IPs beyond the target when pods go', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      warmIpTarget: 2,
      events: [
        { kind: 'schedule', count: 12 },
        { kind: 'delete', count: 8 },
      ],
    });
    const last = timeline.steps.at(-1);
    expect(last?.actions).toEqual([
      'release 5 secondary IPs from eni-2',
      'release 3 secondary IPs from eni-1',
      'detach eni-2',
    ]);
    expect(last?.addresses).toEqual({ total: 6, used: 4, free: 2 });
  });

  it('custom networking: the primary ENI carries no pods and ENIs come from the pod subnet', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      customNetworking: true,
      events: [{ kind: 'schedule', count: 19 }],
    });
    expect(timeline.maxPods).toBe(20);
    const [start, last] = timeline.steps;
    expect(start?.actions).toEqual([
      'attach eni-2 (in the pod subnet)',
      'assign 9 secondary IPs to eni-2',
    ]);
    expect(last?.enis[0]).toEqual({
      id: 'eni-1',
      role: 'primary',
      carriesPods: false,
      capacity: 9,
      slots: [],
    });
    expect(last?.running).toBe(18);
    expect(last?.pending.maxPods).toBe(1);
  });
});

describe('simulateAllocation, subnet exhaustion', () => {
  it('asks for a whole ENI of IPs, then falls back to one IP, then fails', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      subnetFreeIps: 12,
      events: [{ kind: 'schedule', count: 12 }],
    });
    const [start, last] = timeline.steps;
    expect(start?.subnetFreeIps).toBe(3);
    expect(last?.actions).toEqual([
      'attach eni-2',
      'assign 1 secondary IP to eni-2',
      'assign 1 secondary IP to eni-2',
    ]);
    expect(last?.running).toBe(11);
    expect(last?.pending.noAddress).toBe(1);
    expect(last?.subnetFreeIps).toBe(0);
    expect(last?.problems).toContain(
      'AssignPrivateIpAddresses failed: InsufficientFreeAddressesInSubnet: the subnet has 0 free addresses, 1 needed.',
    );
  });

  it('prefix delegation fails on a fragmented subnet even with free addresses', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      mode: 'prefix',
      subnetFreeIps: 200,
      subnetFreePrefixes: 0,
      events: [{ kind: 'schedule', count: 1 }],
    });
    const last = timeline.steps.at(-1);
    expect(last?.pending.noAddress).toBe(1);
    expect(last?.problems).toEqual([
      'AssignIpv4Prefix failed: InsufficientCidrBlocks: the subnet has no free aligned /28 block (200 addresses free but scattered), so no prefix can be assigned.',
    ]);
  });
});

describe('simulateAllocation, prefix delegation (prefix-and-ip-target.md)', () => {
  it.each([
    [0, '1', 16],
    [5, '2', 27],
    [16, '2', 16],
    [17, '3', 31],
    [58, '3,2', 22],
  ])(
    't3.small, WARM_PREFIX_TARGET=1, %i pods: prefixes %s, %i unused IPs',
    (pods, prefixes, unused) => {
      const step = after({ limits: T3_SMALL, mode: 'prefix', maxPods: 110 }, pods);
      expect(slotsPerEni(step)).toBe(prefixes);
      expect(step?.addresses.free).toBe(unused);
      expect(step?.freePrefixes).toBe(1);
    },
  );

  it.each([
    [0, '1', 16],
    [5, '1', 11],
    [17, '2', 15],
    [58, '3,1', 6],
  ])('t3.small, WARM_IP_TARGET=1 MINIMUM_IP_TARGET=1, %i pods: %s', (pods, prefixes, unused) => {
    const input = {
      limits: T3_SMALL,
      mode: 'prefix' as const,
      maxPods: 110,
      warmIpTarget: 1,
      minimumIpTarget: 1,
    };
    const step = after(input, pods);
    expect(slotsPerEni(step)).toBe(prefixes);
    expect(step?.addresses.free).toBe(unused);
  });

  it('m5.large: max-pods 110 stops ipamd at 7 prefixes', () => {
    const timeline = simulateAllocation({
      limits: M5_LARGE,
      mode: 'prefix',
      events: [{ kind: 'schedule', count: 120 }],
    });
    const last = timeline.steps.at(-1);
    expect(timeline.maxPods).toBe(110);
    expect(last?.running).toBe(108);
    expect(last?.pending.maxPods).toBe(12);
    expect(slotsPerEni(last)).toBe('7');
  });

  it('falls back to secondary IPs on a non-Nitro type', () => {
    const timeline = simulateAllocation({ limits: C4_LARGE, mode: 'prefix', events: [] });
    expect(timeline.mode).toBe('secondary-ip');
    expect(timeline.maxPods).toBe(29);
    expect(timeline.notes[0]).toMatch(/Nitro/);
  });
});
