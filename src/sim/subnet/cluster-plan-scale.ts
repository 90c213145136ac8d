import { count } from './cluster-plan-format';
import type { PlanFinding } from './cluster-plan-types';

/**
 * The kubelet's maxPods when it is not set
 * (https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/); Kubernetes is also
 * designed for at most 110 pods per node
 * (https://kubernetes.io/docs/setup/best-practices/cluster-large/).
 */
export const DEFAULT_MAX_PODS_PER_NODE = 110;

/** Kubernetes is designed for clusters of up to this many nodes (same cluster-large page). */
const DESIGNED_MAX_NODES = 5000;

/** Warns past the sizes Kubernetes is designed for. */
export function scaleWarnings(nodes: number, maxPods: number, findings: PlanFinding[]): void {
  if (nodes > DESIGNED_MAX_NODES) {
    findings.push({
      level: 'warning',
      message: `Kubernetes is designed for clusters of up to 5,000 nodes; ${count(nodes)} is past that.`,
    });
  }
  if (maxPods > DEFAULT_MAX_PODS_PER_NODE) {
    findings.push({
      level: 'warning',
      message: `Kubernetes is designed for up to 110 pods per node; ${count(maxPods)} is past that, so test it first.`,
    });
  }
}
