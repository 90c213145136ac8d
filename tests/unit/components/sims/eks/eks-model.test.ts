import { describe, expect, it } from 'vitest';
import { formulaFor } from '~/components/sims/eks/eks-formula';
import { sizingView } from '~/components/sims/eks/eks-model';
import { MAX_EVENTS, podCount, withPods } from '~/components/sims/eks/pod-history';
import { initialSettings } from '~/components/sims/eks/eks-seed';
import { typeLookup } from '~/components/sims/eks/type-lookup';
import * as table from '~/components/sims/eks/eks-table';
import type { EniLimits } from '~/sim/vpc-cni/types';

const M5_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'nitro', vcpus: 2 };
const T3_MEDIUM: EniLimits = { enis: 3, ipv4PerEni: 6, hypervisor: 'nitro' };
const C4_LARGE: EniLimits = { enis: 3, ipv4PerEni: 10, hypervisor: 'xen' };

describe('formulaFor', () => {
  it('writes both modes out with the numbers and applies the cap', () => {
    expect(formulaFor(M5_LARGE, 'secondary-ip', false)).toEqual({
      mode: 'secondary-ip',
      applies: true,
      formula: '3 × (10 − 1) + 2 = 29',
      uncapped: 29,
      cap: 110,
      maxPods: 29,
      capText: '2 vCPUs ≤ 30: under the cap of 110, so not capped.',
    });
    const prefix = formulaFor(M5_LARGE, 'prefix', false);
    expect(prefix.formula).toBe('3 × (10 − 1) × 16 + 2 = 434');
    expect(prefix.maxPods).toBe(110);
  });

  it('takes one ENI off with custom networking', () => {
    expect(formulaFor(M5_LARGE, 'secondary-ip', true).formula).toBe('(3 − 1) × (10 − 1) + 2 = 20');
  });

  it('has no cap without vCPUs and no prefixes off Nitro', () => {
    const t3 = formulaFor(T3_MEDIUM, 'prefix', false);
    expect([t3.maxPods, t3.cap]).toEqual([242, null]);
    expect(t3.capText).toMatch(/^vCPUs unknown/);
    const c4 = formulaFor(C4_LARGE, 'prefix', false);
    expect([c4.applies, c4.formula, c4.maxPods]).toEqual([false, '3 × (10 − 1) + 2 = 29', 29]);
  });
});

describe('sizingView', () => {
  it('shows the node at boot with the default warm ENI', () => {
    const view = sizingView(initialSettings(M5_LARGE, false));
    expect(view.error).toBeNull();
    expect(view.timeline?.steps.at(-1)?.actions).toEqual(['assign 9 secondary IPs to eni-1']);
  });

  it('uses the learner’s vCPUs for the cap when the table has none', () => {
    const view = sizingView({ ...initialSettings(T3_MEDIUM, true), vcpusText: '40' });
    expect(view.prefix.maxPods).toBe(242);
    expect(view.prefix.cap).toBe(250);
    expect(view.timeline?.maxPods).toBe(242);
    const small = sizingView({ ...initialSettings(T3_MEDIUM, true), vcpusText: '2' });
    expect(small.timeline?.maxPods).toBe(110);
  });

  it('puts a bad vCPU count or subnet size beside its field', () => {
    const vcpus = sizingView({ ...initialSettings(T3_MEDIUM, false), vcpusText: 'two' });
    expect(vcpus.error).toEqual({
      field: 'vcpus',
      message: 'vCPUs must be a whole number such as 16, not "two".',
    });
    expect(vcpus.timeline).toBeNull();
    expect(vcpus.secondary.maxPods).toBe(17);
    const zero = sizingView({ ...initialSettings(T3_MEDIUM, false), vcpusText: '0' });
    expect(zero.error?.field).toBe('vcpus');
    const subnet = sizingView({ ...initialSettings(M5_LARGE, false), subnetText: '-3' });
    expect(subnet.error?.field).toBe('subnet');
  });

  it('runs the subnet dry', () => {
    const view = sizingView({
      ...initialSettings(M5_LARGE, false),
      subnetText: '12',
      events: [{ kind: 'schedule', count: 12 }],
    });
    const last = view.timeline?.steps.at(-1);
    expect(last?.running).toBe(11);
    expect(last?.pending.noAddress).toBe(1);
  });
});

describe('pod buttons', () => {
  it('counts pods and ignores deletes on an empty node', () => {
    const events = withPods(withPods(withPods([], 10), -1), 1);
    expect(events).toEqual([
      { kind: 'schedule', count: 10 },
      { kind: 'delete', count: 1 },
      { kind: 'schedule', count: 1 },
    ]);
    expect(podCount(events)).toBe(10);
    expect(withPods([], -1)).toEqual([]);
    expect(
      podCount([
        { kind: 'delete', count: 5 },
        { kind: 'schedule', count: 2 },
      ]),
    ).toBe(2);
  });

  it('stops growing the history at MAX_EVENTS', () => {
    const long = Array.from({ length: MAX_EVENTS }, () => ({
      kind: 'schedule' as const,
      count: 1,
    }));
    expect(withPods(long, 1)).toHaveLength(MAX_EVENTS);
  });
});

describe('typeLookup', () => {
  it('suggests names and says "did you mean" for a typo', () => {
    const lookup = typeLookup(table, 'm5.larg', 'm5.large');
    expect(lookup.suggestions).toContain('m5.large');
    expect(lookup.error).toBe(
      '"m5.larg" is not an instance type in the table. Did you mean "m5.large"? Still showing m5.large.',
    );
    expect(typeLookup(table, 'M5.XLARGE', 'm5.large').error).toBeNull();
    expect(typeLookup(table, 'm', 'm5.large').suggestions).toHaveLength(12);
  });

  it('says nothing before the table loads', () => {
    expect(typeLookup(null, 'zzz', 'm5.large')).toEqual({ suggestions: [], error: null });
  });
});
