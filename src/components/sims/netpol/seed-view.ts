// What the simulator shows (the grid and the policies' summaries), and the compact form of it that
// a lesson's build computes for the seed, so the island renders its first state without the engine
// and loads it only when the learner changes something. Nothing here runs the engine.
import type { NetworkPolicy, ReachabilityMatrix } from '~/sim/netpol/types';
import type { SimSeed } from './model';
import type { SimState } from './sim-state';
import { cellOf, partiesOf, type Table, type TableResult } from './truth-table';

/** What the panels show for one state: the grid, and each policy's one-line summary. */
export interface SimView {
  result: TableResult;
  /** By policy object: a toggle keeps the object (its summary does not depend on the switch). */
  summaries: ReadonlyMap<NetworkPolicy, string>;
}

/** A seed's view as a lesson page carries it: small, plain props computed at build time. */
export interface SeedView {
  /**
   * The grid at the seed's probe: one character per cell, row by row over the grid's parties
   * ("1" allowed, "0" denied, "-" both ends outside the cluster); or why the probe cannot be shown.
   */
  grid: { cells: string } | { problem: string };
  /** Each seed policy's summary, in the seed's order. */
  summaries: string[];
}

const ALLOWED = '1';
const DENIED = '0';
const NOT_A_CONNECTION = '-';

/** A grid's cells in the compact form of SeedView, row by row over its parties. */
export function cellsOf(table: Table): string {
  const { parties, matrix } = table;
  return parties
    .flatMap((from) =>
      parties.map((to) => {
        const cell = cellOf(matrix, from.key, to.key);
        return cell === null ? NOT_A_CONNECTION : cell ? ALLOWED : DENIED;
      }),
    )
    .join('');
}

/** The grid of a seed's cluster from the compact cells; a mismatch in size is a bug and throws. */
export function tableFromCells(cluster: SimSeed['cluster'], cells: string): Table {
  const { parties, groups } = partiesOf(cluster);
  if (cells.length !== parties.length * parties.length) {
    throw new Error(
      `the precomputed grid has ${String(cells.length)} cells, the cluster ${String(parties.length ** 2)}`,
    );
  }
  const matrix: ReachabilityMatrix = {};
  parties.forEach((from, row) => {
    const cellsOfRow: Record<string, boolean> = {};
    parties.forEach((to, column) => {
      const cell = cells[row * parties.length + column];
      if (cell !== NOT_A_CONNECTION) cellsOfRow[to.key] = cell === ALLOWED;
    });
    matrix[from.key] = cellsOfRow;
  });
  return { parties, groups, matrix };
}

/** The view of a seed from what its page carries; a summary count that does not fit throws. */
export function viewFromSeed(seed: SimSeed, view: SeedView): SimView {
  if (view.summaries.length !== seed.policies.length) {
    throw new Error(
      `the precomputed view has ${String(view.summaries.length)} summaries for ${String(seed.policies.length)} policies`,
    );
  }
  const { grid } = view;
  return {
    result:
      'problem' in grid
        ? { table: null, problem: grid.problem }
        : { table: tableFromCells(seed.cluster, grid.cells), problem: null },
    summaries: new Map(seed.policies.map((item, i) => [item.policy, view.summaries[i] ?? ''])),
  };
}

/**
 * Whether a state shows exactly what its seed does: the seed's cluster and policy objects, each
 * switched as in the seed, and the same probe (switching a policy off and on again counts).
 */
export function isSeedState(state: SimState, seed: SimSeed): boolean {
  const { model, probe } = state;
  return (
    model.cluster === seed.cluster &&
    probe.port === seed.probe.port &&
    probe.protocol === seed.probe.protocol &&
    model.policies.length === seed.policies.length &&
    model.policies.every((item, i) => {
      const from = seed.policies[i];
      return from !== undefined && item.policy === from.policy && item.enabled === from.enabled;
    })
  );
}
