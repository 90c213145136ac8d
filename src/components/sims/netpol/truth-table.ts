// The grid's data: who is in it (pods grouped by namespace, then outside addresses), and the
// matrix of whether each source can reach each destination on the probe. Nothing here runs the
// engine (sim-engine.ts fills the matrix), so the lesson's island can render a grid without it.
// For an outside address only the pod's side is decided; outside-to-outside cells are not
// cluster connections.
import type { Endpoint, ReachabilityMatrix } from '~/sim/netpol/types';
import type { SimCluster } from './model';

/** One row/column of the grid: a pod, or an address outside the cluster. */
export interface Party {
  /** "namespace/pod" for a pod, "ip:203.0.113.7" for an outside address (the grading keys). */
  key: string;
  /** What the grid prints: the pod name, or the outside address's name. */
  label: string;
  /** The namespace, or null for an outside address. */
  namespace: string | null;
  ip: string;
  endpoint: Endpoint;
}

/** A run of consecutive parties under one heading (a namespace, or "outside"). */
export interface PartyGroup {
  key: string;
  label: string;
  size: number;
}

/** The grid: its parties, their groups, and the matrix (null cells: not a connection to decide). */
export interface Table {
  parties: Party[];
  groups: PartyGroup[];
  matrix: ReachabilityMatrix;
}

/** The outcome of computing a grid: the table, or why the probe or cluster cannot be evaluated. */
export type TableResult = { table: Table; problem: null } | { table: null; problem: string };

/** The grid's parties: pods in namespace order (as declared), then outside addresses. */
export function partiesOf(cluster: SimCluster): { parties: Party[]; groups: PartyGroup[] } {
  const parties: Party[] = [];
  const groups: PartyGroup[] = [];
  const namespaces = [
    ...cluster.namespaces.map((ns) => ns.name),
    ...cluster.pods.map((pod) => pod.namespace),
  ].filter((name, i, all) => all.indexOf(name) === i);
  for (const namespace of namespaces) {
    const pods = cluster.pods.filter((pod) => pod.namespace === namespace);
    if (pods.length === 0) continue;
    groups.push({ key: `ns:${namespace}`, label: namespace, size: pods.length });
    for (const pod of pods) {
      parties.push({
        key: `${namespace}/${pod.name}`,
        label: pod.name,
        namespace,
        ip: pod.ip,
        endpoint: { namespace, pod: pod.name },
      });
    }
  }
  if (cluster.outside.length > 0) {
    groups.push({ key: 'outside', label: 'outside the cluster', size: cluster.outside.length });
    for (const address of cluster.outside) {
      parties.push({
        key: `ip:${address.ip}`,
        label: address.name,
        namespace: null,
        ip: address.ip,
        endpoint: { ip: address.ip },
      });
    }
  }
  // A pod name used in two namespaces is shown with its namespace, so no two rows read alike.
  const counts = new Map<string, number>();
  for (const party of parties) counts.set(party.label, (counts.get(party.label) ?? 0) + 1);
  for (const party of parties) {
    if ((counts.get(party.label) ?? 0) > 1 && party.namespace !== null) party.label = party.key;
  }
  return { parties, groups };
}

/** A cell's value: true (allowed), false (denied) or null (both ends outside: not a cluster connection). */
export function cellOf(matrix: ReachabilityMatrix, from: string, to: string): boolean | null {
  const row = Object.hasOwn(matrix, from) ? matrix[from] : undefined;
  return row && Object.hasOwn(row, to) ? (row[to] ?? null) : null;
}

/** The key of a cell in a diff's map of changed cells: "from→to". */
export function cellKey(from: string, to: string): string {
  return `${from}→${to}`;
}
