import { cidrSize, formatCidr } from '../ip';
import type { Cidr } from '../ip';
import { count } from './cluster-plan-format';
import { DEFAULT_MAX_PODS_PER_NODE } from './cluster-plan-scale';
import type { PlanFinding, PodCapacity } from './cluster-plan-types';

// The node IPAM controller in kube-controller-manager gives every node a range of the cluster
// (pod) CIDR, /24 by default for IPv4 (--node-cidr-mask-size,
// https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/).
// With a mask shorter than the cluster CIDR's it does not start ("mask size of cluster CIDR must
// be less than or equal to --node-cidr-mask-size": kubernetes/kubernetes
// pkg/controller/nodeipam/node_ipam_controller.go). For IPv4 there is no limit on how many node
// ranges a cluster CIDR holds (the 16-bit limit of pkg/controller/nodeipam/ipam/cidrset is IPv6 only).

/** Node ranges in the pod CIDR and pods per node range, for a pod CIDR cut by the node IPAM controller. */
export function overlayCapacity(
  pods: Cidr,
  mask: number,
  nodes: number,
  maxPods: number,
  findings: PlanFinding[],
): PodCapacity {
  const podsPerNodeCidr = Math.max(0, cidrSize(mask) - 2);
  const fits = mask >= pods.prefix;
  findings.push(
    fits
      ? nodeRangeFinding(formatCidr(pods), pods.prefix, mask, nodes)
      : maskTooShortFinding(formatCidr(pods), pods.prefix, mask),
  );
  findings.push(podsPerRangeFinding(mask, podsPerNodeCidr, maxPods));
  return { maxNodes: fits ? 2 ** (mask - pods.prefix) : 0, podsPerNodeCidr };
}

/** The error for a node mask shorter than the pod CIDR's prefix: no node gets a range. */
function maskTooShortFinding(podText: string, prefix: number, mask: number): PlanFinding {
  return {
    level: 'error',
    message: `A /${String(mask)} per node is bigger than the whole pod CIDR ${podText}: the node IPAM controller in kube-controller-manager will not start with a --node-cidr-mask-size shorter than the cluster CIDR's /${String(prefix)}, so no node gets a pod range. Use a mask of ${String(prefix)} or more.`,
  };
}

/** Whether the pod CIDR holds a node range for every node, with a size that would. */
function nodeRangeFinding(
  podText: string,
  prefix: number,
  mask: number,
  nodes: number,
): PlanFinding {
  const ranges = 2 ** (mask - prefix);
  const holds = `The pod CIDR ${podText} holds ${count(ranges)} node range${ranges === 1 ? '' : 's'} of /${String(mask)}`;
  if (nodes <= ranges) {
    return {
      level: 'info',
      message: `${holds}: room for your ${count(nodes)} node${nodes === 1 ? '' : 's'} and ${count(ranges - nodes)} more.`,
    };
  }
  const bitsNeeded = Math.ceil(Math.log2(nodes));
  const fix =
    mask - bitsNeeded >= 0
      ? ` A /${String(mask - bitsNeeded)} pod CIDR would hold ${count(2 ** bitsNeeded)}; a longer node mask also gives more, smaller ranges.`
      : '';
  return {
    level: 'error',
    message: `${holds}; you asked for ${count(nodes)} nodes, so ${count(nodes - ranges)} would get no pod range and stay NotReady.${fix}`,
  };
}

/** Whether one node range has an address for every pod the kubelet may start. */
function podsPerRangeFinding(mask: number, usable: number, maxPods: number): PlanFinding {
  const kubelet =
    maxPods === DEFAULT_MAX_PODS_PER_NODE
      ? `the kubelet's default ${String(maxPods)} pods`
      : `a maxPods of ${count(maxPods)}`;
  const gives = `A /${String(mask)} per node gives ${count(usable)} usable address${usable === 1 ? '' : 'es'}`;
  if (maxPods <= usable) {
    return {
      level: 'info',
      message: `${gives}: enough for ${kubelet} (a bridge plugin keeps one as the node's gateway).`,
    };
  }
  return {
    level: 'error',
    message: `${gives}: not enough for ${kubelet}. Pods past the last address fail to start; use a shorter node mask or lower maxPods to ${count(Math.max(usable - 1, 0))}.`,
  };
}
