/**
 * The AWS VPC CNI sizing engine: how many pods an EKS node can run, computed the way the EKS
 * AMI's max-pods-calculator.sh does. Secondary-IP mode gives each ENI (ipv4PerEni − 1) pod
 * addresses, prefix delegation 16 times as many (/28 prefixes, VPC CNI >= 1.9 on nitro only);
 * +2 counts the host-network pods (aws-node, kube-proxy); the result is capped at 110, or 250
 * above 30 vCPUs. simulateAllocation plays pods being scheduled and deleted on one node and
 * shows ipamd's warm pool (WARM_ENI_TARGET, WARM_IP_TARGET, MINIMUM_IP_TARGET,
 * WARM_PREFIX_TARGET), subnet exhaustion, custom networking, security groups for pods and IPv6.
 * Pure: no DOM, no stores; bad input throws an InputError.
 *
 * Bundle size: maxPods and eniLimits bring the instance-type table (src/data/eni-limits.json,
 * about 1,400 types). An island that has its own limits imports maxPodsFor from
 * './max-pods-for', which does not load the table.
 *
 * @example
 * maxPods('m5.large'); // 29
 * maxPods('m5.large', { prefixDelegation: true, cniVersion: '1.18.0' }); // 110 (434 uncapped)
 * maxPods('m5.large', { customNetworking: true }); // 20
 * maxPodsFor({ enis: 3, ipv4PerEni: 10, hypervisor: 'nitro' }, { prefixDelegation: true }); // 434
 * maxPods('m5.larg'); // throws InputError: … Did you mean "m5.large"?
 * simulateAllocation({ limits: eniLimits('m5.large'), events: [{ kind: 'schedule', count: 10 }] })
 *   .steps[1].actions; // ['attach eni-2', 'assign 9 secondary IPs to eni-2', 'attach eni-3', …]
 */
export {
  maxPodsFor,
  uncappedMaxPods,
  enisForPods,
  usesPrefixDelegation,
  maxPodsCap,
  IPS_PER_PREFIX,
  MAX_PODS_CAP_LOW_CPU,
  MAX_PODS_CAP_HIGH_CPU,
  HIGH_CPU_THRESHOLD,
} from './max-pods-for';
export { maxPods } from './max-pods';
export { eniLimits, instanceTypeNames } from './instance-types';
export { cniSupportsPrefixDelegation, parseCniVersion } from './cni-version';
export { InputError, isInputError } from '../ip';
export type { EniLimits, MaxPodsOptions } from './types';
export { simulateAllocation } from './allocation';
export type {
  AllocationEvent,
  AllocationInput,
  AllocationMode,
  AllocationStep,
  AllocationTimeline,
  EniView,
  PendingPods,
  SlotView,
} from './allocation-types';
