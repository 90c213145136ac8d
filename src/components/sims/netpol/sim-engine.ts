// The simulator's use of the engine: the grid (one evaluator indexed once, then one flow per cell:
// a few hundred cells take well under a millisecond) and the policies' summaries. A lesson's island
// imports this module dynamically on the learner's first change; its build uses it to compute the
// seed's view; the playground and the challenge pages import it with the page.
import { isInputError } from '~/sim/ip/input-error';
import { createEvaluator } from '~/sim/netpol/evaluate';
import type { NetworkPolicy, ReachabilityMatrix } from '~/sim/netpol/types';
import { enabledPolicies, keyOfPolicy, type SimModel, type SimProbe, type SimSeed } from './model';
import { summarizePolicy } from './policy-summary';
import { cellsOf, type SeedView, type SimView } from './seed-view';
import { initialState } from './sim-state';
import { partiesOf, type TableResult } from './truth-table';

/**
 * Computes the grid for a probe. A learner's mistake (a bad probe port) is returned as a problem;
 * anything else thrown is a bug and propagates to the island's error boundary.
 */
export function computeTable(
  cluster: SimModel['cluster'],
  policies: readonly NetworkPolicy[],
  probe: SimProbe,
): TableResult {
  try {
    const { parties, groups } = partiesOf(cluster);
    const evaluator = createEvaluator(cluster, policies);
    const matrix: ReachabilityMatrix = {};
    for (const from of parties) {
      const row: Record<string, boolean> = {};
      for (const to of parties) {
        if (from.namespace === null && to.namespace === null) continue;
        row[to.key] = evaluator.evaluate({
          from: from.endpoint,
          to: to.endpoint,
          ...probe,
        }).allowed;
      }
      matrix[from.key] = row;
    }
    return { table: { parties, groups, matrix }, problem: null };
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { table: null, problem: error.message };
  }
}

/** Each policy's summary (switched on or off), from the pods its podSelector selects now. */
export function policySummaries(model: SimModel): Map<NetworkPolicy, string> {
  const policies = model.policies.map((item) => item.policy);
  const evaluator = createEvaluator(model.cluster, policies);
  const selected = new Map<string, string[]>();
  for (const pod of model.cluster.pods) {
    for (const key of evaluator.policiesSelecting({ namespace: pod.namespace, pod: pod.name })) {
      selected.set(key, [...(selected.get(key) ?? []), pod.name]);
    }
  }
  return new Map(
    policies.map((policy) => [
      policy,
      summarizePolicy(policy, selected.get(keyOfPolicy(policy)) ?? []),
    ]),
  );
}

/** What the simulator shows for a model and probe: the grid and the summaries. */
export function viewOf(model: SimModel, probe: SimProbe): SimView {
  return {
    result: computeTable(model.cluster, enabledPolicies(model), probe),
    summaries: policySummaries(model),
  };
}

/** A seed's view in the compact form a lesson page carries to its island (computed at build time). */
export function seedViewOf(seed: SimSeed): SeedView {
  const { model, probe } = initialState(seed);
  const { result, summaries } = viewOf(model, probe);
  return {
    grid: result.table ? { cells: cellsOf(result.table) } : { problem: result.problem },
    summaries: model.policies.map((item) => summaries.get(item.policy) ?? ''),
  };
}
