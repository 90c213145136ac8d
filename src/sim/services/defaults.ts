// Kubernetes defaults the engine applies, each as the kubernetes.io documentation states it.

/** The default --service-node-port-range of kube-apiserver. */
export const DEFAULT_NODE_PORT_RANGE = { from: 30000, to: 32767 } as const;
/** A common default service CIDR (kubeadm's --service-cidr default). */
export const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';
/** A common pod CIDR (the one many CNI examples use); kube-proxy's --cluster-cidr. */
export const DEFAULT_CLUSTER_CIDR = '10.244.0.0/16';
/** sessionAffinityConfig.clientIP.timeoutSeconds when not set: 10800 seconds (3 hours). */
export const DEFAULT_AFFINITY_TIMEOUT_SECONDS = 10800;
/** The largest timeoutSeconds the API accepts (one day). */
export const MAX_AFFINITY_TIMEOUT_SECONDS = 86400;
/** The namespace of an object that names none. */
export const DEFAULT_NAMESPACE = 'default';
/** The mark KUBE-MARK-MASQ sets (kube-proxy's default --iptables-masquerade-bit 14). */
export const MASQUERADE_MARK = '0x4000';

/**
 * The size of the lower ("static") band of a NodePort range, kept for Services that ask for a
 * port (KEP-3668, GA in v1.29): min(max(16, size / 32), 128). Allocation prefers the upper band.
 */
export function staticBandSize(range: { from: number; to: number }): number {
  const size = range.to - range.from + 1;
  return Math.min(Math.max(16, Math.floor(size / 32)), 128);
}
