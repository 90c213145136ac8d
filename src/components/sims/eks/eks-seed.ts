import type { EniLimits } from '~/sim/vpc-cni/types';
import type { SizingSettings, SizingView } from './eks-model';

// What the build hands the EKS sizing island: the instance type, its limits, and the first view
// the engine computed, so the island shows it before any engine code loads.

/** The island's build-time props. */
export interface EksSeed {
  instanceType: string;
  limits: EniLimits;
  settings: SizingSettings;
  first: SizingView;
}

/** The settings a fresh island starts from: the VPC CNI's defaults and no pods. */
export function initialSettings(limits: EniLimits, prefixDelegation: boolean): SizingSettings {
  return {
    limits,
    vcpusText: '',
    prefixDelegation,
    customNetworking: false,
    warmEniTarget: 1,
    warmIpTarget: 0,
    minimumIpTarget: 0,
    warmPrefixTarget: 1,
    subnetText: '',
    events: [],
  };
}
