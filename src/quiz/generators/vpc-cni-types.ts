import type { EniLimits } from '~/sim/vpc-cni/types';

// The instance types the max-pods generator asks about: the rows of src/data/eni-limits.json
// whose vCPU count is known (so the 110 / 250 cap can be computed). A copy, so the exam trainer
// does not load the 1,391-type table; a test checks it still matches the table.

/** One instance type a question can name, with the limits the formula needs. */
export interface SizingType {
  name: string;
  limits: Required<Pick<EniLimits, 'enis' | 'ipv4PerEni' | 'hypervisor' | 'vcpus'>>;
}

/** [name, ENIs, IPv4 per ENI, hypervisor, vCPUs] of each type. */
const ROWS: readonly (readonly [string, number, number, 'nitro' | 'xen' | 'unknown', number])[] = [
  ['c6g.large', 3, 10, 'nitro', 2],
  ['c6in.32xlarge', 8, 50, 'nitro', 128],
  ['dl1.24xlarge', 15, 50, 'nitro', 96],
  ['g4ad.16xlarge', 8, 30, 'nitro', 64],
  ['g4dn.8xlarge', 4, 15, 'nitro', 32],
  ['inf2.24xlarge', 15, 50, 'nitro', 96],
  ['inf2.xlarge', 4, 15, 'nitro', 4],
  ['m4.xlarge', 4, 15, 'xen', 4],
  ['m5.8xlarge', 8, 30, 'nitro', 32],
  ['m5.large', 3, 10, 'nitro', 2],
  ['m5.metal', 15, 50, 'unknown', 96],
  ['m5.xlarge', 4, 15, 'nitro', 4],
  ['m6idn.32xlarge', 8, 50, 'nitro', 128],
  ['p3.8xlarge', 8, 30, 'xen', 32],
  ['t3.large', 3, 12, 'nitro', 2],
  ['t4g.medium', 3, 6, 'nitro', 2],
  ['t4g.small', 3, 4, 'nitro', 2],
  ['t4g.xlarge', 4, 15, 'nitro', 4],
  ['trn1.2xlarge', 4, 15, 'nitro', 8],
];

/** The instance types with a known vCPU count, sorted by name. */
export const SIZING_TYPES: readonly SizingType[] = ROWS.map(
  ([name, enis, ipv4PerEni, hypervisor, vcpus]) => ({
    name,
    limits: { enis, ipv4PerEni, hypervisor, vcpus },
  }),
);
