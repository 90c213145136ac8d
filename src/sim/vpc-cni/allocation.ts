import { reconcilePool } from './allocation-pool';
import {
  addProblem,
  addressCounts,
  plural,
  podsOnNode,
  removePod,
  snapshotEnis,
  takeSubnetIps,
  wholeFreePrefixes,
  type AllocationConfig,
  type NodeState,
} from './allocation-state';
import type {
  AllocationEvent,
  AllocationInput,
  AllocationStep,
  AllocationTimeline,
} from './allocation-types';
import { resolveConfig } from './allocation-config';
import { validateAllocationInput } from './allocation-validate';

/** An IPv6 /80 holds 2^48 addresses: for pods, no limit in practice. */
const IPV6_PREFIX_SIZE = 2 ** 48;

/** The node at boot: the primary ENI (and the trunk ENI with security groups for pods). */
function bootState(input: AllocationInput, config: AllocationConfig, ipv6: boolean): NodeState {
  const free = input.subnetFreeIps ?? null;
  const blocks = input.subnetFreePrefixes ?? (free === null ? null : Math.floor(free / 16));
  const state: NodeState = {
    enis: [
      {
        id: 'eni-1',
        role: 'primary',
        carriesPods: ipv6 || !config.customNetworking,
        capacity: ipv6 ? 1 : config.slotsPerEni,
        slots: [],
      },
    ],
    nextEniNumber: 2,
    subnetFreeIps: free,
    subnetFreeBlocks: blocks,
    running: 0,
    branchPods: 0,
    pending: { maxPods: 0, noAddress: 0, noBranchEni: 0 },
    actions: [],
    problems: [],
  };
  bootExtras(state, config, input, ipv6);
  return state;
}

/** The /80 of an IPv6 node and the trunk ENI of security groups for pods. */
function bootExtras(
  state: NodeState,
  config: AllocationConfig,
  input: AllocationInput,
  ipv6: boolean,
): void {
  if (ipv6 && config.addressable) {
    state.enis[0]?.slots.push({ kind: 'prefix', size: IPV6_PREFIX_SIZE, used: 0 });
    state.actions.push('assign an IPv6 /80 prefix to eni-1');
  }
  if (input.securityGroupsForPods === true && config.trunking) {
    state.enis.push({ id: 'trunk', role: 'trunk', carriesPods: false, capacity: 0, slots: [] });
    if (!config.customNetworking) takeSubnetIps(state, 1);
    state.actions.push('attach the trunk ENI (VPC resource controller)');
  }
}

/** Lets pods the scheduler refused onto the node while max-pods has room. */
function admitWaiting(state: NodeState, config: AllocationConfig): void {
  while (state.pending.maxPods > 0 && podsOnNode(state) < config.schedulablePods) {
    state.pending.maxPods -= 1;
    state.pending.noAddress += 1;
  }
}

/** Schedules pods: each needs room under max-pods, then an address (or a branch ENI). */
function schedule(state: NodeState, config: AllocationConfig, event: AllocationEvent): void {
  for (let i = 0; i < event.count; i++) {
    if (podsOnNode(state) >= config.schedulablePods) state.pending.maxPods += 1;
    else if (event.securityGroups !== true) state.pending.noAddress += 1;
    else scheduleBranchPod(state, config);
  }
  if (state.pending.maxPods > 0) {
    addProblem(
      state,
      `Too many pods: max-pods is ${String(config.maxPods)} (2 of them host-network pods), so ${plural(state.pending.maxPods, 'pod')} stay Pending.`,
    );
  }
}

/** A security-group pod: a branch ENI if trunking works and the limit allows. */
function scheduleBranchPod(state: NodeState, config: AllocationConfig): void {
  const full = config.branchEniLimit !== null && state.branchPods >= config.branchEniLimit;
  if (!config.trunking || full) {
    state.pending.noBranchEni += 1;
    addProblem(
      state,
      config.trunking
        ? `Insufficient vpc.amazonaws.com/pod-eni: all ${plural(config.branchEniLimit ?? 0, 'branch ENI')} are in use.`
        : 'Security groups for pods need a Nitro instance type that supports ENI trunking: no branch ENI for this pod.',
    );
    return;
  }
  state.branchPods += 1;
  if (state.subnetFreeIps !== null) state.subnetFreeIps -= 1;
  state.actions.push(`create branch ENI ${String(state.branchPods)} for a security-group pod`);
}

/** Deletes the newest pods first: refused ones, then waiting ones, then running ones. */
function remove(state: NodeState, event: AllocationEvent): void {
  for (let i = 0; i < event.count; i++) {
    if (event.securityGroups === true) removeBranchPod(state);
    else if (state.pending.maxPods > 0) state.pending.maxPods -= 1;
    else if (state.pending.noAddress > 0) state.pending.noAddress -= 1;
    else if (state.running > 0) {
      state.running -= 1;
      removePod(state);
    }
  }
}

/** Deletes one security-group pod, giving its branch ENI back. */
function removeBranchPod(state: NodeState): void {
  if (state.pending.noBranchEni > 0) state.pending.noBranchEni -= 1;
  else if (state.branchPods > 0) {
    state.branchPods -= 1;
    if (state.subnetFreeIps !== null) state.subnetFreeIps += 1;
    state.actions.push('delete a branch ENI');
  }
}

/** What the step is called. */
function labelOf(event: AllocationEvent | null): string {
  if (event === null) return 'start';
  const sg = event.securityGroups === true ? ' with security groups' : '';
  return `${event.kind} ${plural(event.count, 'pod')}${sg}`;
}

/** Records the node after an event and clears the per-step lists. */
function snapshot(state: NodeState, event: AllocationEvent | null): AllocationStep {
  const step: AllocationStep = {
    label: labelOf(event),
    event,
    enis: snapshotEnis(state),
    running: state.running,
    branchPods: state.branchPods,
    pending: { ...state.pending },
    addresses: addressCounts(state),
    freePrefixes: wholeFreePrefixes(state),
    subnetFreeIps: state.subnetFreeIps,
    actions: state.actions,
    problems: state.problems,
  };
  state.actions = [];
  state.problems = [];
  return step;
}

/** Plays one event against the node and lets ipamd react. */
function play(state: NodeState, config: AllocationConfig, event: AllocationEvent): void {
  if (event.kind === 'schedule') schedule(state, config, event);
  else remove(state, event);
  admitWaiting(state, config);
  if (config.addressable) reconcilePool(state, config);
  if (!config.addressable && state.pending.noAddress > 0) {
    addProblem(
      state,
      'IPv6 clusters need Nitro-based instance types: this node cannot give pods addresses.',
    );
  }
}

/**
 * ENIs and pod addresses on one EKS node over time, as the VPC CNI's ipamd keeps its warm pool:
 * one step for the boot, then one per event.
 */
export function simulateAllocation(input: AllocationInput): AllocationTimeline {
  validateAllocationInput(input);
  const { config, notes } = resolveConfig(input);
  const ipv6 = config.policy === 'ipv6';
  const state = bootState(input, config, ipv6);
  if (config.addressable) reconcilePool(state, config);
  const steps = [snapshot(state, null)];
  for (const event of input.events) {
    play(state, config, event);
    steps.push(snapshot(state, event));
  }
  return {
    mode: config.mode,
    ipFamily: ipv6 ? 'ipv6' : 'ipv4',
    maxPods: config.maxPods,
    schedulablePods: config.schedulablePods,
    policy: config.policy,
    notes,
    steps,
  };
}
