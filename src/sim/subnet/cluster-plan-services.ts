import { cidrSize, formatCidr, formatIpv4 } from '../ip';
import type { Cidr } from '../ip';
import { PRIVATE_BLOCKS, insideAny } from './cluster-plan-address-space';
import { count } from './cluster-plan-format';
import type { ClusterPlanMode, PlanFinding } from './cluster-plan-types';

/** kubeadm refuses a serviceSubnet with more than 20 host bits (/12 or longer), and kube-apiserver
 *  refused such a --service-cluster-ip-range itself up to v1.33. Since v1.34 (DisableAllocatorDualWrite
 *  on by default; the ServiceCIDR allocator) it sets no IPv4 size limit
 *  (https://kubernetes.io/docs/reference/networking/virtual-ips/), checked 2026-12-04. */
const SERVICE_MIN_PREFIX = 12;

/** EKS: a custom Service range (serviceIpv4Cidr) is between /24 and /12, inside the RFC 1918
 *  blocks, and must not overlap the VPC
 *  (https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html). */
const EKS_SERVICE_MAX_PREFIX = 24;

/** Usable ClusterIPs, and the limits kube-apiserver (and EKS) put on the Service range. */
export function serviceCapacity(
  services: Cidr,
  mode: ClusterPlanMode,
  findings: PlanFinding[],
): number {
  const serviceIps = Math.max(0, cidrSize(services.prefix) - 2);
  findings.push(serviceFinding(services, serviceIps));
  if (mode === 'vpc-cni') eksServiceRules(services, findings);
  return serviceIps;
}

/** What the Service range gives: larger than kubeadm allows, empty, tight, or fine. */
function serviceFinding(services: Cidr, serviceIps: number): PlanFinding {
  const text = formatCidr(services);
  if (services.prefix < SERVICE_MIN_PREFIX) {
    return {
      level: 'warning',
      message: `The Service range ${text} is larger than a /12: kubeadm refuses a serviceSubnet with more than 20 host bits (and kube-apiserver did too up to v1.33; since v1.34 it accepts any IPv4 size). A range this large also claims more addresses that your other networks may use. /12 already gives 1,048,574 ClusterIPs.`,
    };
  }
  if (serviceIps === 0) {
    return {
      level: 'error',
      message: `The Service range ${text} has no usable address: not even the kubernetes Service fits.`,
    };
  }
  // The first address goes to the `kubernetes` Service, and a /28 gives 2^4 − 2 = 14 ClusterIPs
  // (https://kubernetes.io/docs/tasks/network/extend-service-ip-ranges/).
  const tight = serviceIps < 256;
  return {
    level: tight ? 'warning' : 'info',
    message: `The Service range ${text} gives ${count(serviceIps)} ClusterIP${serviceIps === 1 ? '' : 's'}; the first, ${formatIpv4(services.network + 1)}, goes to the kubernetes Service (the API server).${tight ? ' Every Service takes one: that is tight.' : ''}`,
  };
}

/** EKS's own rules for a custom Service range. */
function eksServiceRules(services: Cidr, findings: PlanFinding[]): void {
  const text = formatCidr(services);
  if (services.prefix < SERVICE_MIN_PREFIX || services.prefix > EKS_SERVICE_MAX_PREFIX) {
    findings.push({
      level: 'error',
      message: `EKS accepts a Service range from /24 to /12; ${text} is not. Without one, EKS picks 10.100.0.0/16 or 172.20.0.0/16.`,
    });
  }
  if (!insideAny(PRIVATE_BLOCKS, services)) {
    findings.push({
      level: 'error',
      message: `EKS wants the Service range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; ${text} is not.`,
    });
  }
}
