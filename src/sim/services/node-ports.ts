import { InputError } from '../ip/input-error';
import { staticBandSize } from './defaults';

// NodePort allocation as kube-apiserver does it: one cluster-wide pool, a port asked for by two
// Services is a conflict, a port outside the range is refused. The real allocator picks a random
// free port from the upper band; this one picks the lowest free port of the upper band (then of
// the lower band), so that results are reproducible.

export interface NodePortPool {
  range: { from: number; to: number };
  owners: Map<number, string>; // port → "namespace/name" of the Service holding it
}

/** A pool over a range, empty. */
export function nodePortPool(range: { from: number; to: number }): NodePortPool {
  return { range, owners: new Map() };
}

/** Reserves a port a Service asked for, refusing one outside the range or already held. */
export function claimNodePort(
  pool: NodePortPool,
  port: number,
  owner: string,
  field: string,
): void {
  const { from, to } = pool.range;
  if (!Number.isInteger(port)) {
    throw new InputError(
      `${owner}: nodePort must be a whole number from ${String(from)} to ${String(to)}, such as ${String(from + 80)}; or leave it out and Kubernetes picks one.`,
      field,
    );
  }
  if (port < from || port > to) {
    throw new InputError(
      `${owner}: nodePort ${String(port)} is outside the NodePort range ${String(from)}-${String(to)}. Pick a port in that range, or leave nodePort out and Kubernetes picks a free one.`,
      field,
    );
  }
  const holder = pool.owners.get(port);
  if (holder !== undefined) {
    throw new InputError(
      `${owner}: nodePort ${String(port)} is already allocated to Service ${holder}. A node port belongs to one Service in the whole cluster: pick another port, or leave nodePort out.`,
      field,
    );
  }
  pool.owners.set(port, owner);
}

/** Allocates a free port for a Service that did not ask for one. */
export function allocateNodePort(pool: NodePortPool, owner: string, field: string): number {
  const { from, to } = pool.range;
  const upperStart = from + staticBandSize(pool.range);
  for (const [start, end] of [
    [upperStart, to],
    [from, upperStart - 1],
  ] as const) {
    for (let port = start; port <= end; port++) {
      if (!pool.owners.has(port)) {
        pool.owners.set(port, owner);
        return port;
      }
    }
  }
  throw new InputError(
    `${owner}: every port of the NodePort range ${String(from)}-${String(to)} is taken. Delete a NodePort Service or widen --service-node-port-range.`,
    field,
  );
}
