// The engine code the planner islands load on the learner's first action: a lesson renders the
// VLSM planner's first layout and the cluster planner's first plan from build-time props, so its
// page ships neither engine until the learner focuses a field, types, or presses a button. One
// load per page: planners of a lesson share the same promise (a failed load is tried again).
import type * as VlsmEngineModule from './vlsm-view';
import type * as ClusterPlanEngineModule from './plan-engine';

/** The VLSM planner's engine: allocates the rows and lays them out over the base block. */
export type VlsmEngine = typeof VlsmEngineModule;

/** The cluster IP planner's engine: checks the drafts and returns the plan or the mistake. */
export type ClusterPlanEngine = typeof ClusterPlanEngineModule;

/** A loader that imports once per page and forgets a failed import so the next call retries. */
function loadOnce<T>(importEngine: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= importEngine().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

/** Loads the VLSM planner's engine (once per page; again after a failure). */
export const loadVlsmEngine: () => Promise<VlsmEngine> = loadOnce(() => import('./vlsm-view'));

/** Loads the cluster IP planner's engine (once per page; again after a failure). */
export const loadClusterPlanEngine: () => Promise<ClusterPlanEngine> = loadOnce(
  () => import('./plan-engine'),
);
