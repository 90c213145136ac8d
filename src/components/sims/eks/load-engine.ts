// The island's two on-demand chunks: the engine (on the first focus or change) and the instance
// table (on the first focus of the type field). One load per page each; a failed load is tried
// again next time.
import type * as EngineModule from './eks-engine';
import type * as TableModule from './eks-table';

/** The EKS sizing engine, behind the island's one call. */
export type EksEngine = typeof EngineModule;
/** The instance-type table's look-ups. */
export type EksTable = typeof TableModule;

let engine: Promise<EksEngine> | null = null;
let table: Promise<EksTable> | null = null;

/** Loads the engine chunk (once per page; again after a failure). */
export function loadEksEngine(): Promise<EksEngine> {
  engine ??= import('./eks-engine').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

/** Loads the instance-type table chunk (once per page; again after a failure). */
export function loadEksTable(): Promise<EksTable> {
  table ??= import('./eks-table').catch((error: unknown) => {
    table = null;
    throw error;
  });
  return table;
}
