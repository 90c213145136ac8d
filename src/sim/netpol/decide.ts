import type { ClusterIndex, IndexedPod } from './cluster';
import type { CompiledPolicy } from './compile';
import { matchPeers, matchPorts } from './match';
import type { Party, ResolvedProbe } from './match';
import { allowedReason, deniedReason, notAPodReason, notIsolatedReason } from './reasons';
import type { Direction, ReasonContext, RuleOutcome } from './reasons';
import { selectorMatches } from './selectors';
import type { Decision } from './types';

/** The policies (sorted by key) and cluster a decision is made against. */
export interface DecisionInputs {
  readonly cluster: ClusterIndex;
  readonly policies: readonly CompiledPolicy[];
}

/** The policies in a pod's namespace whose podSelector selects it, whatever their policyTypes. */
export function selectingPolicies(inputs: DecisionInputs, pod: IndexedPod): CompiledPolicy[] {
  return inputs.policies.filter(
    (policy) =>
      policy.namespace === pod.namespace && selectorMatches(policy.podSelector, pod.labels),
  );
}

/** Whether a policy restricts this direction (its effective policyTypes include it). */
export function affects(policy: CompiledPolicy, direction: Direction): boolean {
  return direction === 'ingress' ? policy.affectsIngress : policy.affectsEgress;
}

/**
 * Decides one direction for the pod on that side: the destination's ingress (peer = source) or
 * the source's egress (peer = destination). Not isolated: allowed. Isolated: allowed only when
 * some rule of some isolating policy matches both the peer and the port.
 */
export function decideForPod(
  inputs: DecisionInputs,
  context: ReasonContext,
  selecting: readonly CompiledPolicy[],
): Decision {
  const { direction, subject, peer, destination, probe } = context;
  const isolating = selecting.filter((policy) => affects(policy, direction));
  if (isolating.length === 0) {
    return {
      allowed: true,
      isolated: false,
      matchedBy: [],
      reason: notIsolatedReason(subject, direction, selecting),
    };
  }
  const outcomes = ruleOutcomes(inputs, isolating, direction, peer, destination, probe);
  const matches = outcomes.filter((outcome) => outcome.peer && outcome.port);
  return {
    allowed: matches.length > 0,
    isolated: true,
    matchedBy: matches.map((m) => ({ policy: m.policy.key, rule: m.rule.index })),
    reason:
      matches.length > 0
        ? allowedReason(context, isolating, matches)
        : deniedReason(context, isolating, outcomes),
  };
}

/** Tests every rule of the isolating policies against the peer and the port, in policy-key order. */
function ruleOutcomes(
  inputs: DecisionInputs,
  isolating: readonly CompiledPolicy[],
  direction: Direction,
  peer: Party,
  destination: Party,
  probe: ResolvedProbe,
): RuleOutcome[] {
  return isolating.flatMap((policy) =>
    policy[direction].map((rule) => ({
      policy,
      rule,
      peer: matchPeers(rule, policy.namespace, peer, inputs.cluster),
      port: matchPorts(rule, probe, destination),
    })),
  );
}

/** The decision for a side that is not a pod: nothing isolates it, so it allows everything. */
export function notAPodDecision(party: Party, direction: Direction): Decision {
  return { allowed: true, isolated: false, matchedBy: [], reason: notAPodReason(party, direction) };
}
