import { formatIpv4, lastAddress } from '~/sim/ip';
import { CNI_PATH, KNOWN_PLUGINS, type CniState, type NetworkConfigList } from '~/sim/cni';
import { resolveRange } from '~/sim/cni/ranges';

// What the CNI runner checks beside the validator: plugin types this node has no executable for,
// and how much of the first range set is taken (with reservations no pod holds any more).

/** How much of the first range set is taken. */
export interface RangeUsage {
  range: string;
  allocated: number;
  free: number;
  total: number;
  /** Reservations with no pod behind them (a failed ADD whose cleanup DEL failed too). */
  leaked: number;
}

/** Plugin types the simulated node has no executable for, each as a warning sentence. */
export function unknownPlugins(config: NetworkConfigList): string[] {
  const known = new Set<string>(KNOWN_PLUGINS);
  const types = config.plugins.flatMap((plugin, index) => {
    const where = `plugins[${String(index)}]`;
    const ipam = plugin.ipam?.type;
    return [
      { where, type: plugin.type },
      ...(ipam === undefined ? [] : [{ where: `${where}.ipam`, type: ipam }]),
    ];
  });
  return types
    .filter(({ type }) => !known.has(type))
    .map(
      ({ where, type }) =>
        `${where}: this node has no "${type}" executable in ${CNI_PATH} (it has ${[...known].join(', ')}), so ADD will fail with: failed to find plugin "${type}" in path [${CNI_PATH}].`,
    );
}

/** Reads plugins and types from text that may not validate, to warn about unknown types early. */
export function looseConfig(text: string): NetworkConfigList | null {
  try {
    const value = JSON.parse(text) as { plugins?: unknown };
    if (!Array.isArray(value.plugins)) return null;
    const plugins = value.plugins.filter(
      (p): p is NetworkConfigList['plugins'][number] =>
        typeof p === 'object' && p !== null && typeof (p as { type?: unknown }).type === 'string',
    );
    return { cniVersion: '', name: '', plugins };
  } catch {
    return null;
  }
}

/** How many addresses of the first plugin's first range set are taken, free and usable in all. */
export function rangeUsage(config: NetworkConfigList, cni: CniState): RangeUsage | null {
  const range = config.plugins.find((p) => p.ipam?.type === 'host-local')?.ipam;
  const first =
    range?.ranges?.[0]?.[0] ??
    (range?.subnet === undefined ? undefined : { ...range, subnet: range.subnet });
  if (first === undefined) return null;
  const resolved = resolveRange(first);
  const broadcast = lastAddress(resolved.subnet);
  const skipped = [resolved.subnet.network, broadcast, resolved.gateway].filter(
    (ip, index, all) => ip >= resolved.start && ip <= resolved.end && all.indexOf(ip) === index,
  );
  const total = Math.max(0, resolved.end - resolved.start + 1 - skipped.length);
  const keys = Object.keys(cni.allocations).filter((key) => key.startsWith(`${config.name}/`));
  const allocated = keys.length;
  return {
    range: `${formatIpv4(resolved.start)}-${formatIpv4(resolved.end)}`,
    allocated,
    free: Math.max(0, total - allocated),
    total,
    leaked: keys.filter((key) => cni.cache[key] === undefined).length,
  };
}
