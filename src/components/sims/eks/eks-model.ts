import { isInputMistake as isInputError } from './input-mistake';
import { simulateAllocation } from '~/sim/vpc-cni/allocation';
import type { AllocationEvent, AllocationTimeline } from '~/sim/vpc-cni/allocation-types';
import type { EniLimits } from '~/sim/vpc-cni/types';
import { formulaFor, type FormulaView } from './eks-formula';

// The EKS sizing island's logic: its settings in, everything it shows out. Pure; the build
// calls it for the first view and the browser loads it with the engine (eks-engine.ts).

/** What the learner set. Text fields stay text so a half-typed value can be shown back. */
export interface SizingSettings {
  limits: EniLimits;
  /** vCPUs typed by the learner when the table does not know them ('' = unknown). */
  vcpusText: string;
  prefixDelegation: boolean;
  customNetworking: boolean;
  warmEniTarget: number;
  warmIpTarget: number;
  minimumIpTarget: number;
  warmPrefixTarget: number;
  /** Free addresses in the pod subnet ('' = plenty). */
  subnetText: string;
  events: AllocationEvent[];
}

/** A learner's mistake, shown beside the field it is about. */
export interface FieldError {
  field: string;
  message: string;
}

/** Everything the island shows. */
export interface SizingView {
  secondary: FormulaView;
  prefix: FormulaView;
  timeline: AllocationTimeline | null;
  error: FieldError | null;
}

/** A whole number typed in a field ('' = not given); anything else is a FieldError. */
export function parseCount(
  text: string,
  field: string,
  label: string,
): number | undefined | FieldError {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d+$/.test(trimmed)) {
    return { field, message: `${label} must be a whole number such as 16, not "${text}".` };
  }
  return Number(trimmed);
}

/** The limits with the learner's vCPUs when the table has none. */
function limitsWithVcpus(settings: SizingSettings): EniLimits | FieldError {
  if (settings.limits.vcpus !== undefined) return settings.limits;
  const vcpus = parseCount(settings.vcpusText, 'vcpus', 'vCPUs');
  if (typeof vcpus === 'object') return vcpus;
  if (vcpus === 0) return { field: 'vcpus', message: 'vCPUs must be at least 1.' };
  return vcpus === undefined ? settings.limits : { ...settings.limits, vcpus };
}

/** The allocation run for these settings, or the learner's mistake. */
function timelineFor(
  settings: SizingSettings,
  limits: EniLimits,
  maxPods: number,
): AllocationTimeline | FieldError {
  const subnet = parseCount(settings.subnetText, 'subnet', 'Free subnet addresses');
  if (typeof subnet === 'object') return subnet;
  try {
    return simulateAllocation({
      limits,
      mode: settings.prefixDelegation ? 'prefix' : 'secondary-ip',
      customNetworking: settings.customNetworking,
      warmEniTarget: settings.warmEniTarget,
      warmIpTarget: settings.warmIpTarget,
      minimumIpTarget: settings.minimumIpTarget,
      warmPrefixTarget: settings.warmPrefixTarget,
      ...(subnet === undefined ? {} : { subnetFreeIps: subnet }),
      maxPods,
      events: settings.events,
    });
  } catch (error) {
    if (isInputError(error)) return { field: error.field ?? 'settings', message: error.message };
    throw error;
  }
}

/** Computes the whole view: both max-pods figures and the allocation run. */
export function sizingView(settings: SizingSettings): SizingView {
  const checked = limitsWithVcpus(settings);
  const limits = 'field' in checked ? settings.limits : checked;
  const secondary = formulaFor(limits, 'secondary-ip', settings.customNetworking);
  const prefix = formulaFor(limits, 'prefix', settings.customNetworking);
  if ('field' in checked) return { secondary, prefix, timeline: null, error: checked };
  const chosen = settings.prefixDelegation && prefix.applies ? prefix : secondary;
  const run = timelineFor(settings, limits, chosen.maxPods);
  if ('field' in run) return { secondary, prefix, timeline: null, error: run };
  return { secondary, prefix, timeline: run, error: null };
}
