import type { AllocationConfig, PoolPolicy } from './allocation-state';
import type { AllocationInput, AllocationMode } from './allocation-types';
import { InputError } from '../ip/input-error';
import { maxPodsFor } from './max-pods-for';

/** The kubelet's max-pods counts aws-node and kube-proxy, which use the node's own address. */
const HOST_NETWORK_PODS = 2;

/** Which warm setting drives the pool: WARM_IP_TARGET / MINIMUM_IP_TARGET win when set (> 0). */
function policyOf(input: AllocationInput, mode: AllocationMode): PoolPolicy {
  if (input.ipFamily === 'ipv6') return 'ipv6';
  if ((input.warmIpTarget ?? 0) > 0 || (input.minimumIpTarget ?? 0) > 0) return 'warm-ip';
  return mode === 'prefix' ? 'warm-prefix' : 'warm-eni';
}

/** The mode that really applies: prefixes need a Nitro type (others fall back to secondary IPs). */
function effectiveMode(input: AllocationInput, notes: string[]): AllocationMode {
  const nitro = input.limits.hypervisor === 'nitro';
  if (input.ipFamily === 'ipv6') {
    if (input.mode === 'secondary-ip') {
      notes.push('An IPv6 cluster always uses prefix delegation: the node gets one /80 prefix.');
    }
    if (!nitro) notes.push('IPv6 clusters need Nitro-based instance types; this one is not.');
    return 'prefix';
  }
  if (input.mode !== 'prefix') return 'secondary-ip';
  if (nitro) return 'prefix';
  const reported = input.limits.hypervisor === 'xen' ? 'Xen' : 'no hypervisor (bare metal)';
  notes.push(
    `Prefix delegation is used only on types reported as Nitro; this one reports ${reported}, so, as in the max-pods calculator, it keeps getting single secondary IPs.`,
  );
  return 'secondary-ip';
}

/** The notes about settings that do nothing or are not known in this configuration. */
function settingNotes(input: AllocationInput, policy: PoolPolicy, notes: string[]): void {
  if (policy === 'ipv6') {
    notes.push(
      'IPv6: one /80 on the primary ENI holds far more addresses than max-pods, so the warm-pool settings and the subnet free-IP count do not matter.',
    );
    if (input.customNetworking === true) {
      notes.push(
        'Custom networking exists to save IPv4 addresses; this simulation ignores it for IPv6.',
      );
    }
  } else if (policy === 'warm-ip') {
    notes.push(
      'WARM_IP_TARGET / MINIMUM_IP_TARGET are set, so they override WARM_ENI_TARGET and WARM_PREFIX_TARGET.',
    );
  } else if (policy === 'warm-prefix' && (input.warmPrefixTarget ?? 1) === 0) {
    notes.push(
      'WARM_PREFIX_TARGET=0 is not supported with prefix delegation: here a prefix is added only when a pod is waiting.',
    );
  }
  if (input.securityGroupsForPods === true && input.branchEniLimit === undefined) {
    notes.push(
      'The branch-ENI limit of an instance type is not in our data (the VPC resource controller has it): branch ENIs are limited here only by max-pods. Set branchEniLimit to see the limit bite.',
    );
  }
}

/** Every setting resolved to its default, plus notes about fallbacks and unknowns. */
export function resolveConfig(input: AllocationInput): {
  config: AllocationConfig;
  notes: string[];
} {
  const notes: string[] = [];
  const mode = effectiveMode(input, notes);
  const policy = policyOf(input, mode);
  settingNotes(input, policy, notes);
  const ipv6 = policy === 'ipv6';
  const customNetworking = !ipv6 && input.customNetworking === true;
  const trunk = input.securityGroupsForPods === true ? 1 : 0;
  const maxPods =
    input.maxPods ??
    maxPodsFor(input.limits, { prefixDelegation: mode === 'prefix', customNetworking });
  if (maxPods <= HOST_NETWORK_PODS) {
    throw new InputError(
      'maxPods must leave room for pods besides aws-node and kube-proxy.',
      'maxPods',
    );
  }
  const config: AllocationConfig = {
    mode,
    policy,
    slotsPerEni: input.limits.ipv4PerEni - 1,
    enisForIpamd: input.limits.enis - trunk,
    warmEniTarget: input.warmEniTarget ?? 1,
    warmIpTarget: input.warmIpTarget ?? 0,
    minimumIpTarget: input.minimumIpTarget ?? 0,
    warmPrefixTarget: input.warmPrefixTarget ?? 1,
    maxPods,
    schedulablePods: maxPods - HOST_NETWORK_PODS,
    branchEniLimit: input.branchEniLimit ?? null,
    trunking: input.limits.hypervisor === 'nitro',
    customNetworking,
    addressable: !ipv6 || input.limits.hypervisor === 'nitro',
  };
  return { config, notes };
}
