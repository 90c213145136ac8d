import {
  addProblem,
  addressCounts,
  newSlot,
  placePod,
  plural,
  podEnis,
  returnSubnetIps,
  takeSubnetIps,
  wholeFreePrefixes,
  type AllocationConfig,
  type NodeState,
} from './allocation-state';
import type { EniView } from './allocation-types';

// ipamd's warm-pool loop: grow the pool until the warm target holds (or EC2 refuses), then
// release what is beyond it. The rules follow the VPC CNI's eni-and-ip-target.md and
// prefix-and-ip-target.md; see README.md for what is simplified.

/** Addresses still missing under WARM_IP_TARGET / MINIMUM_IP_TARGET (0 when none). */
function warmIpShortfall(state: NodeState, config: AllocationConfig): number {
  const { total, used } = addressCounts(state);
  const wanted = Math.max(
    used + state.pending.noAddress + config.warmIpTarget,
    config.minimumIpTarget,
  );
  return Math.max(0, wanted - total);
}

/** Whether ipamd wants more addresses now (its "pool too low" check). */
function wantsMore(state: NodeState, config: AllocationConfig): boolean {
  const { total, free } = addressCounts(state);
  if (config.policy === 'ipv6' || total >= config.maxPods) return false;
  if (state.pending.noAddress > 0) return true;
  switch (config.policy) {
    case 'warm-ip':
      return warmIpShortfall(state, config) > 0;
    case 'warm-prefix':
      return wholeFreePrefixes(state) < config.warmPrefixTarget;
    case 'warm-eni':
      return free < config.warmEniTarget * config.slotsPerEni;
  }
}

/** The subnet error EC2 returns when it cannot hand out `count` addresses, or null. */
function subnetRefusal(state: NodeState, config: AllocationConfig, count: number): string | null {
  if (config.mode === 'prefix' && state.subnetFreeBlocks !== null && state.subnetFreeBlocks < 1) {
    return `InsufficientCidrBlocks: the subnet has no free aligned /28 block (${String(state.subnetFreeIps ?? 0)} addresses free but scattered), so no prefix can be assigned.`;
  }
  if (state.subnetFreeIps !== null && state.subnetFreeIps < count) {
    return `InsufficientFreeAddressesInSubnet: the subnet has ${plural(state.subnetFreeIps, 'free address')}, ${String(count)} needed.`;
  }
  return null;
}

/** Attaches one more pod ENI (its own address comes from the subnet); false when it cannot. */
function attachEni(state: NodeState, config: AllocationConfig): boolean {
  if (podEnis(state).length + (config.customNetworking ? 1 : 0) >= config.enisForIpamd) {
    if (state.pending.noAddress > 0) {
      addProblem(
        state,
        `ENI limit: all ${plural(config.enisForIpamd, 'ENI')} ipamd may use are attached and full; ${plural(state.pending.noAddress, 'pod')} wait for an address.`,
      );
    }
    return false;
  }
  const refusal = subnetRefusal(state, { ...config, mode: 'secondary-ip' }, 1);
  if (refusal !== null) {
    addProblem(state, `CreateNetworkInterface failed: ${refusal}`);
    return false;
  }
  const id = `eni-${String(state.nextEniNumber)}`;
  state.nextEniNumber += 1;
  takeSubnetIps(state, 1);
  state.enis.push({
    id,
    role: 'secondary',
    carriesPods: true,
    capacity: config.slotsPerEni,
    slots: [],
  });
  state.actions.push(`attach ${id}${config.customNetworking ? ' (in the pod subnet)' : ''}`);
  return true;
}

/** How many slots to ask EC2 for on an ENI with `room` free slots. */
function slotsWanted(state: NodeState, config: AllocationConfig, room: number): number {
  if (config.mode === 'prefix') return 1;
  if (config.policy === 'warm-ip')
    return Math.min(room, Math.max(1, warmIpShortfall(state, config)));
  return room;
}

/** Assigns secondary IPs or one prefix to an ENI; falls back to one IP as ipamd does. */
function assignSlots(state: NodeState, config: AllocationConfig, eni: EniView): boolean {
  const room = eni.capacity - eni.slots.length;
  let count = slotsWanted(state, config, room);
  const size = config.mode === 'prefix' ? 16 : 1;
  let refusal = subnetRefusal(state, config, count * size);
  if (refusal !== null && config.mode === 'secondary-ip' && count > 1) {
    addProblem(state, `AssignPrivateIpAddresses (${String(count)}) failed: ${refusal}`);
    count = 1;
    refusal = subnetRefusal(state, config, 1);
  }
  if (refusal !== null) {
    addProblem(
      state,
      `${config.mode === 'prefix' ? 'AssignIpv4Prefix' : 'AssignPrivateIpAddresses'} failed: ${refusal}`,
    );
    return false;
  }
  for (let i = 0; i < count; i++) eni.slots.push(newSlot(config.mode));
  takeSubnetIps(state, count * size);
  if (config.mode === 'prefix' && state.subnetFreeBlocks !== null) state.subnetFreeBlocks -= 1;
  state.actions.push(
    config.mode === 'prefix'
      ? `assign a /28 prefix to ${eni.id}`
      : `assign ${plural(count, 'secondary IP')} to ${eni.id}`,
  );
  return true;
}

/** One step of growing the pool: fill an ENI that has room, else attach a new one. */
function grow(state: NodeState, config: AllocationConfig): boolean {
  const roomy = podEnis(state).find((eni) => eni.slots.length < eni.capacity);
  if (roomy !== undefined) return assignSlots(state, config, roomy);
  return attachEni(state, config);
}

/** Moves waiting pods onto free addresses. */
function placeWaiting(state: NodeState): void {
  while (state.pending.noAddress > 0 && placePod(state)) {
    state.pending.noAddress -= 1;
    state.running += 1;
  }
}

/** Detaches secondary pod ENIs that hold no slots at all. */
function detachEmptyEnis(state: NodeState): void {
  for (const eni of [...state.enis].reverse()) {
    if (eni.role === 'secondary' && eni.slots.length === 0) {
      state.enis.splice(state.enis.indexOf(eni), 1);
      returnSubnetIps(state, 1, 0);
      state.actions.push(`detach ${eni.id}`);
    }
  }
}

/** Releases unused slots from the last ENIs first, at most `limit` addresses. */
function releaseSlots(state: NodeState, config: AllocationConfig, limit: number): void {
  let left = limit;
  for (const eni of [...podEnis(state)].reverse()) {
    let released = 0;
    for (let i = eni.slots.length - 1; i >= 0 && left > 0; i--) {
      const slot = eni.slots[i];
      if (slot === undefined || slot.used > 0 || slot.size > left) continue;
      eni.slots.splice(i, 1);
      left -= slot.size;
      released += 1;
      returnSubnetIps(state, slot.size, slot.kind === 'prefix' ? 1 : 0);
    }
    if (released > 0) {
      const what =
        config.mode === 'prefix'
          ? plural(released, '/28 prefix')
          : plural(released, 'secondary IP');
      state.actions.push(`release ${what} from ${eni.id}`);
    }
  }
  detachEmptyEnis(state);
}

/** Detaches whole unused ENIs while WARM_ENI_TARGET + 1 ENIs' worth of addresses are free. */
function shrinkWarmEni(state: NodeState, config: AllocationConfig): void {
  for (;;) {
    const { free } = addressCounts(state);
    if (free < (config.warmEniTarget + 1) * config.slotsPerEni) return;
    const idle = [...state.enis]
      .reverse()
      .find((eni) => eni.role === 'secondary' && eni.slots.every((s) => s.used === 0));
    if (idle === undefined) return;
    state.enis.splice(state.enis.indexOf(idle), 1);
    returnSubnetIps(state, idle.slots.length + 1, 0);
    state.actions.push(
      `detach ${idle.id} and release its ${plural(idle.slots.length, 'secondary IP')}`,
    );
  }
}

/** Gives back what is beyond the warm target. */
function shrink(state: NodeState, config: AllocationConfig): void {
  const { total, free } = addressCounts(state);
  switch (config.policy) {
    case 'warm-eni':
      shrinkWarmEni(state, config);
      return;
    case 'warm-ip': {
      const over = Math.min(free - config.warmIpTarget, total - config.minimumIpTarget);
      if (over > 0) releaseSlots(state, config, over);
      return;
    }
    case 'warm-prefix': {
      const extra = wholeFreePrefixes(state) - config.warmPrefixTarget;
      if (extra > 0) releaseSlots(state, config, extra * 16);
      return;
    }
    case 'ipv6':
      return;
  }
}

/** Runs ipamd's loop once: place waiting pods, grow to the warm target, release the excess. */
export function reconcilePool(state: NodeState, config: AllocationConfig): void {
  placeWaiting(state);
  while (wantsMore(state, config) && grow(state, config)) placeWaiting(state);
  placeWaiting(state);
  shrink(state, config);
}
