import type { AllocationMode, EniView, PendingPods, SlotView } from './allocation-types';

/** Which warm setting drives ipamd's pool. */
export type PoolPolicy = 'warm-eni' | 'warm-ip' | 'warm-prefix' | 'ipv6';

/** The settings a run keeps fixed, resolved from the input's defaults. */
export interface AllocationConfig {
  mode: AllocationMode;
  policy: PoolPolicy;
  /** Slots one ENI holds: ipv4PerEni − 1 (the ENI's own primary address is not for pods). */
  slotsPerEni: number;
  /** ENIs ipamd may attach (all, less the trunk ENI with security groups for pods). */
  enisForIpamd: number;
  warmEniTarget: number;
  warmIpTarget: number;
  minimumIpTarget: number;
  warmPrefixTarget: number;
  maxPods: number;
  /** Pods besides the two host-network ones (aws-node, kube-proxy) that max-pods lets in. */
  schedulablePods: number;
  /** Branch ENIs allowed; null when unknown (not limited in this simulation). */
  branchEniLimit: number | null;
  /** Whether branch ENIs can be made at all (trunking needs a Nitro type). */
  trunking: boolean;
  customNetworking: boolean;
  /** False when the node cannot get pod addresses at all (IPv6 on a non-Nitro type). */
  addressable: boolean;
}

/** The node as the simulation changes it. */
export interface NodeState {
  enis: EniView[];
  nextEniNumber: number;
  /** Free subnet addresses; null means plenty. */
  subnetFreeIps: number | null;
  /** Free aligned /28 blocks; null means plenty. */
  subnetFreeBlocks: number | null;
  running: number;
  branchPods: number;
  pending: PendingPods;
  actions: string[];
  problems: string[];
}

/** The ENIs whose addresses go to pods. */
export function podEnis(state: NodeState): EniView[] {
  return state.enis.filter((eni) => eni.carriesPods);
}

/** Addresses attached for pods, in use, and free. */
export function addressCounts(state: NodeState): { total: number; used: number; free: number } {
  let total = 0;
  let used = 0;
  for (const eni of podEnis(state)) {
    for (const slot of eni.slots) {
      total += slot.size;
      used += slot.used;
    }
  }
  return { total, used, free: total - used };
}

/** Prefixes on pod ENIs that no pod uses. */
export function wholeFreePrefixes(state: NodeState): number {
  return podEnis(state).reduce(
    (count, eni) => count + eni.slots.filter((s) => s.kind === 'prefix' && s.used === 0).length,
    0,
  );
}

/** Pods the node holds (running, waiting for an address, or on a branch ENI). */
export function podsOnNode(state: NodeState): number {
  return state.running + state.pending.noAddress + state.branchPods;
}

/** Gives one pod the first free address, ENI by ENI, slot by slot; false when none is free. */
export function placePod(state: NodeState): boolean {
  for (const eni of podEnis(state)) {
    const slot = eni.slots.find((s) => s.used < s.size);
    if (slot !== undefined) {
      slot.used += 1;
      return true;
    }
  }
  return false;
}

/** Frees the most recently given address (last ENI, last slot in use). */
export function removePod(state: NodeState): void {
  const enis = podEnis(state);
  for (let e = enis.length - 1; e >= 0; e--) {
    const slots = enis[e]?.slots ?? [];
    for (let s = slots.length - 1; s >= 0; s--) {
      const slot = slots[s];
      if (slot !== undefined && slot.used > 0) {
        slot.used -= 1;
        return;
      }
    }
  }
}

/** A new slot: one secondary IP or one /28 prefix, unused. */
export function newSlot(mode: AllocationMode): SlotView {
  return mode === 'prefix'
    ? { kind: 'prefix', size: 16, used: 0 }
    : { kind: 'ip', size: 1, used: 0 };
}

/** A deep copy of the ENIs, so a step keeps what the node looked like then. */
export function snapshotEnis(state: NodeState): EniView[] {
  return state.enis.map((eni) => ({ ...eni, slots: eni.slots.map((slot) => ({ ...slot })) }));
}

/** Takes addresses from the subnet's free count (nothing to do when the subnet has plenty). */
export function takeSubnetIps(state: NodeState, count: number): void {
  if (state.subnetFreeIps === null) return;
  state.subnetFreeIps -= count;
  if (state.subnetFreeBlocks !== null) {
    state.subnetFreeBlocks = Math.min(state.subnetFreeBlocks, Math.floor(state.subnetFreeIps / 16));
  }
}

/** Gives addresses back to the subnet (a released /28 is a whole block again). */
export function returnSubnetIps(state: NodeState, count: number, blocks: number): void {
  if (state.subnetFreeIps !== null) state.subnetFreeIps += count;
  if (state.subnetFreeBlocks !== null) state.subnetFreeBlocks += blocks;
}

/** Adds a problem once per step. */
export function addProblem(state: NodeState, problem: string): void {
  if (!state.problems.includes(problem)) state.problems.push(problem);
}

/** "1 pod", "5 pods", "2 prefixes". */
export function plural(count: number, noun: string): string {
  if (count === 1) return `${String(count)} ${noun}`;
  return `${String(count)} ${noun}${/[sx]$/.test(noun) ? 'es' : 's'}`;
}
