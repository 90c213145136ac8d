import { formatIpv4, parseIpv4 } from '../ip';
import {
  attachmentKey,
  internalError,
  type PluginContext,
  type PluginOutcome,
} from './plugin-context';
import {
  formatRangeSet,
  isAllocatable,
  rangeSetsOf,
  resolveRange,
  type ResolvedRange,
} from './ranges';
import type { CniIpConfig, IpamConfig } from './types';

/** Runs the host-local IPAM plugin for the command in the context. */
export function runHostLocal(context: PluginContext, ipam: IpamConfig): PluginOutcome {
  switch (context.command) {
    case 'ADD':
      return allocate(context, ipam);
    case 'DEL':
      return release(context);
    case 'CHECK':
      return check(context);
    case 'GC':
      return collectGarbage(context);
    default:
      return { ok: true };
  }
}

/** Reserves the next free address of every range set, starting after the last one handed out. */
function allocate(context: PluginContext, ipam: IpamConfig): PluginOutcome {
  const { network, args, state } = context;
  const key = attachmentKey(network, args.containerId, args.ifname);
  const existing = state.allocations[key];
  if (existing?.[0] !== undefined) {
    return internalError(
      `failed to allocate for range 0: ${existing[0]} has been allocated to ${args.containerId}, duplicate allocation is not allowed`,
    );
  }
  const ips: CniIpConfig[] = [];
  const reserved: string[] = [];
  for (const [index, set] of rangeSetsOf(ipam).entries()) {
    const ranges = set.map(resolveRange);
    const taken = takenAddresses(context, index);
    const last = state.lastReserved[`${network}/${String(index)}`];
    const found = nextFree(ranges, taken, last === undefined ? undefined : parseIpv4(last));
    if (found === undefined) {
      return internalError(
        `failed to allocate for range ${String(index)}: no IP addresses available in range set: ${formatRangeSet(ranges)}`,
      );
    }
    const address = formatIpv4(found.ip);
    reserved.push(address);
    state.lastReserved[`${network}/${String(index)}`] = address;
    ips.push({
      address: `${address}/${String(found.range.subnet.prefix)}`,
      gateway: formatIpv4(found.range.gateway),
    });
    context.actions.push(
      `reserved ${address} for ${args.containerId}/${args.ifname} (range set ${String(index)})`,
    );
  }
  state.allocations[key] = reserved;
  return {
    ok: true,
    result: {
      cniVersion: context.cniVersion,
      interfaces: [],
      ips,
      routes: ipam.routes ?? [],
      dns: {},
    },
  };
}

/** Addresses of one range set already reserved on this network. */
function takenAddresses(context: PluginContext, index: number): Set<number> {
  const prefix = `${context.network}/`;
  const taken = new Set<number>();
  for (const [key, addresses] of Object.entries(context.state.allocations)) {
    const address = addresses[index];
    if (key.startsWith(prefix) && address !== undefined) taken.add(parseIpv4(address));
  }
  return taken;
}

/** Every address of a range set, range by range, in host-local's walking order. */
function* addressesInOrder(
  ranges: readonly ResolvedRange[],
): Generator<{ ip: number; range: ResolvedRange }> {
  for (const range of ranges) {
    for (let ip = range.start; ip <= range.end; ip += 1) yield { ip, range };
  }
}

/** Walks the range set beginning after `last` and wrapping around, for a free usable address. */
function nextFree(
  ranges: readonly ResolvedRange[],
  taken: ReadonlySet<number>,
  last: number | undefined,
): { ip: number; range: ResolvedRange } | undefined {
  let passedLast = last === undefined || !ranges.some((r) => last >= r.start && last <= r.end);
  let firstBeforeLast: { ip: number; range: ResolvedRange } | undefined;
  for (const candidate of addressesInOrder(ranges)) {
    const free = !taken.has(candidate.ip) && isAllocatable(candidate.range, candidate.ip);
    if (passedLast && free) return candidate;
    if (passedLast) continue;
    if (free) firstBeforeLast ??= candidate;
    if (candidate.ip === last) passedLast = true;
  }
  return firstBeforeLast;
}

/** Releases the attachment's addresses; releasing nothing is fine (DEL is idempotent). */
function release(context: PluginContext): PluginOutcome {
  const { network, args, state } = context;
  const key = attachmentKey(network, args.containerId, args.ifname);
  const addresses = state.allocations[key];
  if (addresses === undefined) {
    context.actions.push(
      `nothing reserved for ${args.containerId}/${args.ifname}; nothing to release`,
    );
  } else {
    context.actions.push(`released ${addresses.join(', ')}`);
    state.allocations = Object.fromEntries(
      Object.entries(state.allocations).filter(([k]) => k !== key),
    );
  }
  return { ok: true };
}

/** Confirms the addresses in prevResult are still reserved for this container. */
function check(context: PluginContext): PluginOutcome {
  const { network, args, state } = context;
  const addresses = state.allocations[attachmentKey(network, args.containerId, args.ifname)] ?? [];
  const expected = (context.prevResult?.ips ?? []).map((ip) => ip.address.split('/')[0] ?? '');
  if (expected.length === 0 || expected.some((ip) => !addresses.includes(ip))) {
    return internalError(
      `host-local: Failed to find address added by container ${args.containerId}`,
    );
  }
  context.actions.push(`${addresses.join(', ')} still reserved`);
  return { ok: true };
}

/** Releases every reservation of this network whose attachment is not in the valid list. */
function collectGarbage(context: PluginContext): PluginOutcome {
  const { network, args, state } = context;
  const valid = new Set(
    (args.validAttachments ?? []).map((a) => attachmentKey(network, a.containerID, a.ifname)),
  );
  for (const [key, addresses] of Object.entries(state.allocations)) {
    if (!key.startsWith(`${network}/`) || valid.has(key)) continue;
    context.actions.push(
      `released leaked ${addresses.join(', ')} of ${key.slice(network.length + 1)}`,
    );
    state.allocations = Object.fromEntries(
      Object.entries(state.allocations).filter(([k]) => k !== key),
    );
  }
  return { ok: true };
}
