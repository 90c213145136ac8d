import {
  HIGH_CPU_THRESHOLD,
  IPS_PER_PREFIX,
  MAX_PODS_CAP_HIGH_CPU,
  MAX_PODS_CAP_LOW_CPU,
} from '~/sim/vpc-cni/max-pods-for';
import type { MaxPodsOptions } from '~/sim/vpc-cni/types';
import type { SizingType } from './vpc-cni-types';

// The wrong answers learners reach for the max-pods question, each with why it is wrong.

/** A wrong number and the mistake that gives it. */
export interface Mistake {
  value: number;
  why: string;
}

/** The cap that applies to a type (the generator only uses types with a known vCPU count). */
function capOf(type: SizingType): number {
  return type.limits.vcpus > HIGH_CPU_THRESHOLD ? MAX_PODS_CAP_HIGH_CPU : MAX_PODS_CAP_LOW_CPU;
}

/** The raw formula with some of its parts switched off, before the cap. */
function formula(
  type: SizingType,
  parts: { pd: boolean; minusOne: boolean; plusTwo: boolean; custom: boolean },
): number {
  const enis = type.limits.enis - (parts.custom ? 1 : 0);
  const perEni =
    (type.limits.ipv4PerEni - (parts.minusOne ? 1 : 0)) * (parts.pd ? IPS_PER_PREFIX : 1);
  return enis * perEni + (parts.plusTwo ? 2 : 0);
}

/** Every common mistake for this type and configuration, most telling first. */
export function mistakesFor(type: SizingType, opts: MaxPodsOptions, pdApplies: boolean): Mistake[] {
  const cap = capOf(type);
  const custom = opts.customNetworking === true;
  const right = { pd: pdApplies, minusOne: true, plusTwo: true, custom };
  const capped = (value: number) => Math.min(cap, value);
  const found: Mistake[] = [
    {
      value: formula(type, right),
      why: `That is the ENI formula without the cap of ${String(cap)}.`,
    },
    {
      value: capped(formula(type, { ...right, minusOne: false })),
      why: 'That counts each ENI’s own primary address as a pod address (the −1 is missing).',
    },
    {
      value: capped(formula(type, { ...right, plusTwo: false })),
      why: 'That forgets the +2 for the host-network pods (aws-node and kube-proxy).',
    },
    {
      value: formula(type, { ...right, minusOne: false, plusTwo: false }),
      why: 'That multiplies ENIs by addresses with neither the −1 nor the +2, and no cap.',
    },
    {
      value: cap === MAX_PODS_CAP_LOW_CPU ? MAX_PODS_CAP_HIGH_CPU : MAX_PODS_CAP_LOW_CPU,
      why: `That is the other cap: 250 applies above ${String(HIGH_CPU_THRESHOLD)} vCPUs, 110 otherwise.`,
    },
  ];
  if (custom)
    found.splice(1, 0, {
      value: capped(formula(type, { ...right, custom: false })),
      why: 'That forgets that with custom networking the primary ENI carries no pods (one ENI fewer).',
    });
  if (opts.prefixDelegation === true && !pdApplies)
    found.unshift({
      value: capped(formula(type, { ...right, pd: true })),
      why: `That counts 16 addresses per slot, but the calculator uses prefixes only on types EC2 reports as nitro; this one reports ${type.limits.hypervisor === 'xen' ? 'xen' : 'no hypervisor'}.`,
    });
  if (opts.prefixDelegation === true && pdApplies)
    found.splice(1, 0, {
      value: capped(formula(type, { ...right, pd: false })),
      why: 'That is the secondary-IP figure: with prefix delegation each slot holds a /28 of 16 addresses.',
    });
  return found;
}
