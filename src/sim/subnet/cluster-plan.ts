/**
 * The cluster IP planner: checks a Kubernetes cluster's address plan before it is built. It says
 * how many nodes the pod CIDR can hold, whether a node's range fits the kubelet's maxPods, how many
 * ClusterIPs the Service range gives, and which ranges overlap (pods, Services, VPC, office, VPN),
 * each in a plain-language finding. Pure: no DOM; bad input throws an InputError naming the field.
 *
 * The parts live beside this file, each with the documentation that justifies its numbers:
 * cluster-plan-input (reading and limits), -overlay (node ranges, kube-controller-manager),
 * -vpc-cni (pods in the VPC's subnets, AWS), -services (kube-apiserver and EKS Service ranges),
 * -scale (maxPods, cluster-large), -overlaps and -address-space (clashes, private blocks),
 * -ranges (the drawing), -presets (kubeadm, EKS, an office that collides).
 */
import { addressSpaceWarnings } from './cluster-plan-address-space';
import {
  readClusterRanges,
  readMaxPods,
  readMode,
  readNodeMask,
  readNodes,
  readOthers,
} from './cluster-plan-input';
import { findOverlaps } from './cluster-plan-overlaps';
import { overlayCapacity } from './cluster-plan-overlay';
import { describeRange } from './cluster-plan-ranges';
import { DEFAULT_MAX_PODS_PER_NODE, scaleWarnings } from './cluster-plan-scale';
import { serviceCapacity } from './cluster-plan-services';
import type { ClusterPlan, ClusterPlanInput, PlanFinding } from './cluster-plan-types';
import { vpcCniCapacity } from './cluster-plan-vpc-cni';

export { CLUSTER_PLAN_PRESETS } from './cluster-plan-presets';
export { DEFAULT_MAX_PODS_PER_NODE } from './cluster-plan-scale';
export type {
  ClusterPlan,
  ClusterPlanInput,
  ClusterPlanMode,
  ClusterPlanPresetId,
  NamedRange,
  PlanFinding,
  PlanRange,
  RangeClash,
  RangeOverlap,
} from './cluster-plan-types';

/** Checks a cluster's address plan and explains it; throws an InputError for unreadable input. */
export function planCluster(input: ClusterPlanInput): ClusterPlan {
  const mode = readMode(input.mode);
  const { pods, services } = readClusterRanges(input, mode);
  const nodes = readNodes(input.nodes);
  const maxPods = readMaxPods(input.maxPodsPerNode, DEFAULT_MAX_PODS_PER_NODE);
  const others = readOthers(input.otherRanges);
  const findings: PlanFinding[] = [];
  const capacity =
    mode === 'overlay'
      ? overlayCapacity(pods.block, readNodeMask(input.nodeCidrMaskSize), nodes, maxPods, findings)
      : vpcCniCapacity(pods.block, nodes, maxPods, others, findings);
  const serviceIps = serviceCapacity(services.block, mode, findings);
  scaleWarnings(nodes, maxPods, findings);
  const all = [pods, services, ...others];
  const overlaps = findOverlaps(all, mode, findings);
  addressSpaceWarnings(mode === 'overlay' ? [pods, services] : [services], findings);
  return {
    fits: !findings.some((finding) => finding.level === 'error'),
    maxNodes: capacity.maxNodes,
    podsPerNodeCidr: capacity.podsPerNodeCidr,
    serviceIps,
    overlaps,
    findings,
    ranges: all.map((range) => describeRange(range, overlaps)),
  };
}
