import { cniSupportsPrefixDelegation } from './cni-version';
import type { EniLimits, MaxPodsOptions } from './types';
import { validateLimits, validateOptions } from './validate';

/** Addresses in one /28 prefix: what one ENI slot holds under prefix delegation. */
export const IPS_PER_PREFIX = 16;
/** The cap for instance types with at most 30 vCPUs. */
export const MAX_PODS_CAP_LOW_CPU = 110;
/** The cap for instance types with more than 30 vCPUs. */
export const MAX_PODS_CAP_HIGH_CPU = 250;
/** Above this many vCPUs the higher cap applies. */
export const HIGH_CPU_THRESHOLD = 30;

/** ENIs that carry pods: all, at most maxEnis, then one fewer with custom networking. */
export function enisForPods(limits: EniLimits, opts: MaxPodsOptions = {}): number {
  validateLimits(limits);
  validateOptions(opts);
  const usable = opts.maxEnis === undefined ? limits.enis : Math.min(opts.maxEnis, limits.enis);
  return opts.customNetworking === true ? usable - 1 : usable;
}

/** Whether prefix delegation really applies: asked for, a recent enough CNI, and a nitro type. */
export function usesPrefixDelegation(limits: EniLimits, opts: MaxPodsOptions = {}): boolean {
  validateLimits(limits);
  validateOptions(opts);
  return (
    opts.prefixDelegation === true &&
    limits.hypervisor === 'nitro' &&
    cniSupportsPrefixDelegation(opts.cniVersion)
  );
}

/** The cap EKS applies for this many vCPUs, or null when the vCPU count is unknown. */
export function maxPodsCap(vcpus: number | undefined): number | null {
  if (vcpus === undefined) return null;
  validateLimits({ enis: 1, ipv4PerEni: 1, vcpus });
  return vcpus > HIGH_CPU_THRESHOLD ? MAX_PODS_CAP_HIGH_CPU : MAX_PODS_CAP_LOW_CPU;
}

/** Pods the ENIs can address before any cap: one address per ENI is the ENI's own, +2 host-network pods. */
export function uncappedMaxPods(limits: EniLimits, opts: MaxPodsOptions = {}): number {
  const enis = enisForPods(limits, opts);
  const podSlotsPerEni = limits.ipv4PerEni - 1;
  const perEni = usesPrefixDelegation(limits, opts)
    ? podSlotsPerEni * IPS_PER_PREFIX
    : podSlotsPerEni;
  return enis * perEni + 2;
}

/**
 * Max pods for a node with these ENI limits, as the EKS AMI's max-pods-calculator.sh computes it:
 * the ENI formula, then the 110 / 250 cap unless `uncapped` or the vCPU count is unknown.
 */
export function maxPodsFor(limits: EniLimits, opts: MaxPodsOptions = {}): number {
  const pods = uncappedMaxPods(limits, opts);
  const cap = opts.uncapped === true ? null : maxPodsCap(limits.vcpus);
  return cap === null ? pods : Math.min(cap, pods);
}
