import type { PacketWalk } from '~/sim/packet/walk-types';
import type { DiagramPart } from './diagram-parts';

// The whole cluster around the walk's hops: both nodes (by the walk's own list), every pod, and
// each node's NIC, drawn idle where no hop goes; and the order of a node's rows, with each veth
// straight under its pod.

/** The two node names to draw: the walk's cluster, else the nodes the hops visit, padded to two. */
export function nodeNamesOf(walk: PacketWalk, parts: readonly DiagramPart[]): string[] {
  const listed = walk.nodes.map((node) => node.name);
  const visited = parts.filter((p) => p.kind !== 'net' && p.kind !== 'outside').map((p) => p.place);
  const names = [...new Set([...listed, ...visited])];
  const spare = names.length === 0 ? ['node', 'other node'] : ['other node'];
  return [...names, ...spare].slice(0, 2);
}

/** The walk's pods and each node's NIC, added as idle boxes where no hop is at them. */
export function withCluster(
  walk: PacketWalk,
  names: readonly string[],
  parts: readonly DiagramPart[],
): DiagramPart[] {
  const keys = new Set(parts.map((p) => p.key));
  const pods = walk.pods
    .filter((pod) => names.includes(pod.node) && !keys.has(`${pod.node}|pod|${pod.name}`))
    .map((pod): DiagramPart => ({
      key: `${pod.node}|pod|${pod.name}`,
      kind: 'pod',
      place: pod.node,
      label: pod.name,
      sub: pod.ip,
      idle: true,
    }));
  const nics = names
    .filter((name) => !parts.some((p) => p.place === name && p.kind === 'nic'))
    .map((name): DiagramPart => ({
      key: `${name}|eth0`,
      kind: 'nic',
      place: name,
      label: 'eth0',
      idle: true,
    }));
  return [...parts, ...pods, ...nics];
}

/** Where a pod is in the walk's cluster list (pods the list lacks go last). */
function podRank(walk: PacketWalk, part: DiagramPart): number {
  const index = walk.pods.findIndex((pod) => pod.name === part.label);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/**
 * A node row's slots, left to right: pods in the cluster's order; two or more veths each under
 * its pod (an empty slot under a pod without one); a single veth, and other rows, across the row.
 */
export function rowSlots(
  walk: PacketWalk,
  row: readonly DiagramPart[],
  pods: readonly DiagramPart[],
): (DiagramPart | null)[] {
  if (row[0]?.kind === 'pod') return [...row].sort((a, b) => podRank(walk, a) - podRank(walk, b));
  if (row[0]?.kind !== 'veth' || row.length < 2 || pods.length === 0) return [...row];
  const vethOf = (pod: DiagramPart) => walk.pods.find((p) => p.name === pod.label)?.hostVeth;
  const slots = pods.map((pod) => row.find((veth) => veth.label === vethOf(pod)) ?? null);
  const left = row.filter((veth) => !slots.includes(veth));
  return [...slots, ...left];
}
