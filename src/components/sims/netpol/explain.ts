// The explanation of one grid cell: the engine's verdict for the connection (the source's egress
// decision and the destination's ingress decision), plus the fact that a pod always reaches its
// own node, in the engine's words.
import { createEvaluator } from '~/sim/netpol/evaluate';
import type { NetworkPolicy, Verdict } from '~/sim/netpol/types';
import type { SimCluster, SimProbe } from './model';
import type { Party } from './truth-table';

/** A cell explained: the verdict of both directions and facts about the pods' own nodes. */
export interface CellExplanation {
  from: Party;
  to: Party;
  probe: SimProbe;
  /** Null when neither end is a pod (no policy can apply). */
  verdict: Verdict | null;
  /** "shop/frontend runs on node-1, and traffic between a pod and its own node is always allowed…". */
  nodeFacts: string[];
}

/** Explains the connection from one party to another on the probe. */
export function explainCell(
  cluster: SimCluster,
  policies: readonly NetworkPolicy[],
  from: Party,
  to: Party,
  probe: SimProbe,
): CellExplanation {
  if (from.namespace === null && to.namespace === null) {
    return { from, to, probe, verdict: null, nodeFacts: [] };
  }
  const evaluator = createEvaluator(cluster, policies);
  const verdict = evaluator.evaluate({ from: from.endpoint, to: to.endpoint, ...probe });
  const nodeFacts: string[] = [];
  for (const party of from.key === to.key ? [from] : [from, to]) {
    if (party.namespace === null) continue;
    const pod = cluster.pods.find((p) => p.namespace === party.namespace && p.name === party.label);
    const node = cluster.nodes?.find((n) => n.name === pod?.node);
    if (!node) continue;
    const flow = { from: party.endpoint, to: { ip: node.ip }, ...probe };
    nodeFacts.push(evaluator.evaluate(flow).egress.reason);
  }
  return { from, to, probe, verdict, nodeFacts };
}
