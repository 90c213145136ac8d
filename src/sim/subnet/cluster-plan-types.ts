import type { Cidr } from '../ip';

/** How pods get addresses: from a pod CIDR cut into node ranges, or from the VPC's subnets. */
export type ClusterPlanMode = 'overlay' | 'vpc-cni';

/** A network the cluster must live beside: the VPC, an office LAN, a VPN. */
export interface NamedRange {
  name: string;
  cidr: string;
}

/** The plan to check; in 'vpc-cni' mode podCidr is the range of the node subnets. */
export interface ClusterPlanInput {
  podCidr: string;
  nodeCidrMaskSize: number;
  serviceCidr: string;
  nodes: number;
  /** The kubelet's maxPods (110 unless set). */
  maxPodsPerNode?: number;
  otherRanges: readonly NamedRange[];
  mode?: ClusterPlanMode;
}

/** One sentence about the plan: an error breaks it, a warning is a risk, info explains a number. */
export interface PlanFinding {
  level: 'error' | 'warning' | 'info';
  message: string;
}

/** Two named ranges that share addresses, and the addresses they share. */
export interface RangeOverlap {
  a: string;
  b: string;
  range: string;
}

/** A part of a range that another range also claims, as fractions of this range (for a drawing). */
export interface RangeClash {
  with: string;
  range: string;
  /** Where the shared part starts, from 0 (the range's first address) to 1. */
  offset: number;
  /** How much of the range is shared, from 0 to 1. */
  fraction: number;
}

/** One range of the plan, for a drawing and its text equivalent. */
export interface PlanRange {
  name: string;
  role: 'pods' | 'services' | 'other';
  cidr: string;
  first: string;
  last: string;
  addresses: number;
  clashes: RangeClash[];
}

/** The verdict: does it fit, the numbers behind it, the overlaps, and the findings in order. */
export interface ClusterPlan {
  fits: boolean;
  maxNodes: number;
  podsPerNodeCidr: number;
  serviceIps: number;
  overlaps: RangeOverlap[];
  findings: PlanFinding[];
  ranges: PlanRange[];
}

/** The presets a lesson can start from. */
export type ClusterPlanPresetId = 'kubeadm' | 'eks-vpc-cni' | 'office-collision';

/** A range after parsing, with its role in the plan (internal to the planner's files). */
export interface ParsedRange {
  name: string;
  role: PlanRange['role'];
  block: Cidr;
}

/** How many nodes the pod addresses can serve, and how many addresses one node range has. */
export interface PodCapacity {
  maxNodes: number;
  podsPerNodeCidr: number;
}
