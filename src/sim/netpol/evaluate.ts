import { indexCluster } from './cluster';
import type { IndexedPod } from './cluster';
import { compilePolicies } from './compile';
import type { CompiledPolicy } from './compile';
import { affects, decideForPod, notAPodDecision, selectingPolicies } from './decide';
import type { DecisionInputs } from './decide';
import { resolveEndpoint } from './endpoints';
import { readFlowPort, readProtocol, resolveFlowPort } from './flow-port';
import type { Party } from './match';
import { ownNodeReason, selfReason } from './reasons';
import type { Direction } from './reasons';
import type {
  ClusterModel,
  Decision,
  Endpoint,
  Flow,
  NetworkPolicy,
  PolicyType,
  Verdict,
} from './types';

/** A cluster and policy set indexed once, answering many flows (what the simulator and grading use). */
export interface Evaluator {
  /** The verdict of one flow; same as evaluate(cluster, policies, flow). */
  evaluate(flow: Flow): Verdict;
  /** Whether a pod is isolated for a direction (some policy in its namespace selects it for it). */
  isIsolated(pod: { namespace: string; pod: string }, direction: PolicyType): boolean;
  /** The "namespace/name" of every policy whose podSelector selects the pod, sorted. */
  policiesSelecting(pod: { namespace: string; pod: string }): string[];
}

/**
 * Indexes a cluster and compiles a policy set once, for many evaluations.
 *
 * @example
 * const evaluator = createEvaluator(cluster, policies);
 * evaluator.isIsolated({ namespace: 'prod', pod: 'db' }, 'Ingress'); // true
 * evaluator.evaluate({ from: { namespace: 'prod', pod: 'api' }, to: { namespace: 'prod', pod: 'db' }, port: 5432 }).allowed;
 */
export function createEvaluator(
  cluster: ClusterModel,
  policies: readonly NetworkPolicy[],
): Evaluator {
  const inputs: DecisionInputs = {
    cluster: indexCluster(cluster),
    policies: compilePolicies(policies),
  };
  const selectingCache = new Map<IndexedPod, CompiledPolicy[]>();
  // The policies selecting a pod, worked out once per pod.
  const selecting = (pod: IndexedPod): CompiledPolicy[] => {
    let found = selectingCache.get(pod);
    if (!found) {
      found = selectingPolicies(inputs, pod);
      selectingCache.set(pod, found);
    }
    return found;
  };
  // The pod an endpoint names (an InputError when there is none).
  const podOf = (endpoint: Endpoint, field: string): IndexedPod => {
    const party = resolveEndpoint(inputs.cluster, endpoint, field);
    return party.kind === 'pod' ? party.pod : notAPod(party);
  };
  return {
    evaluate: (flow) => evaluateFlow(inputs, selecting, flow),
    isIsolated: (pod, direction) =>
      selecting(podOf(pod, 'pod')).some((p) =>
        affects(p, direction === 'Ingress' ? 'ingress' : 'egress'),
      ),
    policiesSelecting: (pod) => selecting(podOf(pod, 'pod')).map((p) => p.key),
  };
}

/** Refuses an endpoint that resolved to something other than a pod where a pod is needed. */
function notAPod(party: Party): never {
  throw new TypeError(`${party.text} is not a pod`);
}

/**
 * Decides whether a flow is allowed, and why: the source's egress and the destination's ingress
 * must both allow it; a pod to itself and a pod to or from its own node are always allowed.
 *
 * @example
 * const verdict = evaluate(cluster, policies, {
 *   from: { namespace: 'prod', pod: 'frontend' },
 *   to: { namespace: 'prod', pod: 'backend' },
 *   port: 8080,
 * });
 * verdict.allowed; // true
 * verdict.ingress.reason;
 * // 'prod/backend is isolated for ingress by prod/allow-frontend; ingress[0] of prod/allow-frontend
 * //  allows it: the source prod/frontend matches `podSelector app=frontend` and TCP 8080 matches `port: 8080`.'
 */
export function evaluate(
  cluster: ClusterModel,
  policies: readonly NetworkPolicy[],
  flow: Flow,
): Verdict {
  return createEvaluator(cluster, policies).evaluate(flow);
}

/** The verdict of one flow against indexed inputs. */
function evaluateFlow(
  inputs: DecisionInputs,
  selecting: (pod: IndexedPod) => CompiledPolicy[],
  flow: Flow,
): Verdict {
  const from = resolveEndpoint(inputs.cluster, flow.from, 'from');
  const to = resolveEndpoint(inputs.cluster, flow.to, 'to');
  const protocol = readProtocol(flow.protocol);
  const port = readFlowPort(flow.port);
  // Whether a side is a pod isolated in that direction (reported even when the flow is always allowed).
  const isolated = (party: Party, direction: Direction): boolean =>
    party.kind === 'pod' && selecting(party.pod).some((p) => affects(p, direction));
  const always = alwaysAllowedReason(from, to);
  if (always !== null) {
    return verdictOf(
      { allowed: true, isolated: isolated(from, 'egress'), matchedBy: [], reason: always },
      { allowed: true, isolated: isolated(to, 'ingress'), matchedBy: [], reason: always },
    );
  }
  const resolved = resolveFlowPort(port, protocol, to);
  if ('problem' in resolved) {
    return verdictOf(
      {
        allowed: false,
        isolated: isolated(from, 'egress'),
        matchedBy: [],
        reason: resolved.problem,
      },
      {
        allowed: false,
        isolated: isolated(to, 'ingress'),
        matchedBy: [],
        reason: resolved.problem,
      },
    );
  }
  const { probe } = resolved;
  const egress =
    from.kind === 'pod'
      ? decideForPod(
          inputs,
          { direction: 'egress', subject: from.pod, peer: to, destination: to, probe },
          selecting(from.pod),
        )
      : notAPodDecision(from, 'egress');
  const ingress =
    to.kind === 'pod'
      ? decideForPod(
          inputs,
          { direction: 'ingress', subject: to.pod, peer: from, destination: to, probe },
          selecting(to.pod),
        )
      : notAPodDecision(to, 'ingress');
  return verdictOf(egress, ingress);
}

/** The reason a flow is allowed whatever the policies (self, or a pod and its own node), or null. */
function alwaysAllowedReason(from: Party, to: Party): string | null {
  if (from.kind === 'pod' && to.kind === 'pod' && from.pod === to.pod) return selfReason(from.pod);
  if (from.kind === 'pod' && to.kind === 'node' && from.pod.node === to.name) {
    return ownNodeReason(from.pod, to.name);
  }
  if (from.kind === 'node' && to.kind === 'pod' && to.pod.node === from.name) {
    return ownNodeReason(to.pod, from.name);
  }
  return null;
}

/** Combines the two directions: a flow needs both. */
function verdictOf(egress: Decision, ingress: Decision): Verdict {
  return { allowed: egress.allowed && ingress.allowed, egress, ingress };
}
