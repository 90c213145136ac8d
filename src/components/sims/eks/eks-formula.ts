import {
  HIGH_CPU_THRESHOLD,
  IPS_PER_PREFIX,
  enisForPods,
  maxPodsCap,
  uncappedMaxPods,
  usesPrefixDelegation,
} from '~/sim/vpc-cni/max-pods-for';
import type { EniLimits } from '~/sim/vpc-cni/types';

// The max-pods figures the EKS sizing island shows, with the formula written out in numbers.
// Pure; uses the engine's max-pods-for module, which does not load the instance table.

/** One mode's max pods and how it is computed. */
export interface FormulaView {
  mode: 'secondary-ip' | 'prefix';
  /** Whether the mode asked for really applies (prefixes need a Nitro type). */
  applies: boolean;
  /** The formula with this type's numbers, e.g. "3 × (10 − 1) + 2 = 29". */
  formula: string;
  /** Pods before the cap. */
  uncapped: number;
  /** The cap, or null when the vCPU count is unknown. */
  cap: number | null;
  /** What the kubelet gets: the smaller of the two, or the uncapped figure without a cap. */
  maxPods: number;
  /** One sentence on the cap (which one and why, or why none). */
  capText: string;
}

/** The cap sentence for a vCPU count (known or not). */
function capSentence(vcpus: number | undefined, cap: number | null, uncapped: number): string {
  if (vcpus === undefined || cap === null) {
    return 'vCPUs unknown: no cap applied (enter the vCPUs to apply 110 or 250).';
  }
  const over = vcpus > HIGH_CPU_THRESHOLD;
  const verdict =
    uncapped > cap ? `capped at ${String(cap)}` : `under the cap of ${String(cap)}, so not capped`;
  return `${String(vcpus)} vCPUs ${over ? '>' : '≤'} ${String(HIGH_CPU_THRESHOLD)}: ${verdict}.`;
}

/** Max pods in one mode, with the formula in numbers (custom networking: one ENI fewer). */
export function formulaFor(
  limits: EniLimits,
  mode: 'secondary-ip' | 'prefix',
  customNetworking: boolean,
): FormulaView {
  const opts = { prefixDelegation: mode === 'prefix', customNetworking };
  const enis = enisForPods(limits, opts);
  const applies = mode === 'secondary-ip' || usesPrefixDelegation(limits, opts);
  const enisText = customNetworking ? `(${String(limits.enis)} − 1)` : String(enis);
  const slot = `(${String(limits.ipv4PerEni)} − 1)${applies && mode === 'prefix' ? ` × ${String(IPS_PER_PREFIX)}` : ''}`;
  const uncapped = uncappedMaxPods(limits, opts);
  const cap = maxPodsCap(limits.vcpus);
  return {
    mode,
    applies,
    formula: `${enisText} × ${slot} + 2 = ${String(uncapped)}`,
    uncapped,
    cap,
    maxPods: cap === null ? uncapped : Math.min(cap, uncapped),
    capText: capSentence(limits.vcpus, cap, uncapped),
  };
}
