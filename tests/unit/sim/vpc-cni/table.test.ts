import { describe, expect, it } from 'vitest';
import table from '~/data/eni-limits.json';
import { eniLimits, instanceTypeNames, maxPods } from '~/sim/vpc-cni';

const rows: Record<string, { enis: number; ipv4PerEni: number; hypervisor: string }> =
  table.instanceTypes;

describe('the shipped instance-type table', () => {
  it('lists every type of the data, sorted', () => {
    expect(instanceTypeNames()).toHaveLength(table._meta.count);
    expect(instanceTypeNames()[0]).toBe('a1.2xlarge');
  });

  it('gives the formula result for every type, both modes', () => {
    for (const [name, row] of Object.entries(rows)) {
      const secondary = row.enis * (row.ipv4PerEni - 1) + 2;
      const prefixes = row.enis * (row.ipv4PerEni - 1) * 16 + 2;
      const pd = row.hypervisor === 'nitro' ? prefixes : secondary;
      expect([name, maxPods(name, { uncapped: true })]).toEqual([name, secondary]);
      expect([name, maxPods(name, { prefixDelegation: true, uncapped: true })]).toEqual([name, pd]);
    }
  });

  it('returns the limits without the table-only fields', () => {
    expect(eniLimits('m5.large')).toEqual({
      enis: 3,
      ipv4PerEni: 10,
      hypervisor: 'nitro',
      baremetal: false,
      vcpus: 2,
    });
    expect(eniLimits('c5.18xlarge')).toEqual({
      enis: 15,
      ipv4PerEni: 50,
      hypervisor: 'nitro',
      baremetal: false,
    });
  });
});
