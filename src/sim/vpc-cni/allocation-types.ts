import type { EniLimits } from './types';

/** How the VPC CNI hands out pod addresses. */
export type AllocationMode = 'secondary-ip' | 'prefix';

/** Something that happens to the node: pods scheduled onto it or deleted from it. */
export interface AllocationEvent {
  kind: 'schedule' | 'delete';
  /** How many pods (a whole number of at least 1). */
  count: number;
  /** Pods matched by a SecurityGroupPolicy: each needs a branch ENI, not an ipamd address. */
  securityGroups?: boolean;
}

/** The node, the VPC CNI's settings and the events to play. */
export interface AllocationInput {
  /** The instance type's ENI limits (see eniLimits / maxPodsFor). */
  limits: EniLimits;
  /** Secondary IPs (default) or /28 prefixes (ENABLE_PREFIX_DELEGATION=true). */
  mode?: AllocationMode;
  /** ipv4 (default) or ipv6: an IPv6 cluster gives the node one /80 and pods IPv6 addresses. */
  ipFamily?: 'ipv4' | 'ipv6';
  /** WARM_ENI_TARGET: free ENIs' worth of addresses to keep (default 1; secondary-IP mode). */
  warmEniTarget?: number;
  /** WARM_IP_TARGET: free addresses to keep; when set it overrides WARM_ENI/PREFIX_TARGET. */
  warmIpTarget?: number;
  /** MINIMUM_IP_TARGET: the floor of addresses attached to the node. */
  minimumIpTarget?: number;
  /** WARM_PREFIX_TARGET: whole free /28 prefixes to keep (default 1; prefix mode). */
  warmPrefixTarget?: number;
  /** Free IPv4 addresses left in the subnet the pod addresses come from (default: plenty). */
  subnetFreeIps?: number;
  /** Free aligned /28 blocks in that subnet (default: subnetFreeIps / 16); fewer = fragmented. */
  subnetFreePrefixes?: number;
  /** Custom networking: the primary ENI stays in the node's subnet and carries no pods. */
  customNetworking?: boolean;
  /** Security groups for pods: a trunk ENI takes one ENI slot; matched pods get branch ENIs. */
  securityGroupsForPods?: boolean;
  /** Branch ENIs this instance type allows (not in our data: unknown means not limited here). */
  branchEniLimit?: number;
  /** The kubelet's max-pods (default: maxPodsFor with the same mode and custom networking). */
  maxPods?: number;
  events: readonly AllocationEvent[];
}

/** One secondary IP or one prefix on an ENI. */
export interface SlotView {
  kind: 'ip' | 'prefix';
  /** Addresses in the slot: 1 for a secondary IP, 16 for a /28 prefix. */
  size: number;
  /** Addresses of the slot given to pods. */
  used: number;
}

/** One ENI attached to the node. */
export interface EniView {
  /** "eni-1" is the primary ENI, then "eni-2" … in attach order; "trunk" for the trunk ENI. */
  id: string;
  role: 'primary' | 'secondary' | 'trunk';
  /** Whether ipamd gives this ENI's addresses to pods. */
  carriesPods: boolean;
  /** Slots this ENI can hold at most (ipv4PerEni − 1: the ENI's own address is not for pods). */
  capacity: number;
  slots: SlotView[];
}

/** Pods that are not running, and why. */
export interface PendingPods {
  /** The scheduler refused: the node is at its max-pods ("Too many pods"). */
  maxPods: number;
  /** Scheduled but stuck in ContainerCreating: ipamd had no address to give. */
  noAddress: number;
  /** Security-group pods with no branch ENI left ("Insufficient vpc.amazonaws.com/pod-eni"). */
  noBranchEni: number;
}

/** The node after one event. */
export interface AllocationStep {
  /** What happened ("start", "schedule 5 pods", …). */
  label: string;
  event: AllocationEvent | null;
  enis: EniView[];
  /** Pods running with an ipamd address (host-network pods not counted). */
  running: number;
  /** Pods running on a branch ENI (security groups for pods). */
  branchPods: number;
  pending: PendingPods;
  /** Addresses attached for pods, in use, and free (the warm pool). */
  addresses: { total: number; used: number; free: number };
  /** Whole unused /28 prefixes (prefix mode). */
  freePrefixes: number;
  /** Subnet addresses left after this step. */
  subnetFreeIps: number | null;
  /** What ipamd and EC2 did, in order ("attach eni-2 with 9 secondary IPs", …). */
  actions: string[];
  /** What went wrong (EC2 errors, limits reached), in plain words. */
  problems: string[];
}

/** The whole run. */
export interface AllocationTimeline {
  mode: AllocationMode;
  ipFamily: 'ipv4' | 'ipv6';
  /** The kubelet's max-pods used, and the pods beside the host-network ones it allows. */
  maxPods: number;
  schedulablePods: number;
  /** Which warm setting drives the pool. */
  policy: 'warm-eni' | 'warm-ip' | 'warm-prefix' | 'ipv6';
  /** Facts about this configuration worth saying once (fallbacks, unknown limits). */
  notes: string[];
  steps: AllocationStep[];
}
