import { createEvaluator, type Evaluator } from '~/sim/netpol/evaluate';
import type { ClusterModel, NetworkPolicy, PodModel, Verdict } from '~/sim/netpol/types';
import { randomFromNumber, randomIndex, type Random } from '../random';
import { randomCluster, servicePorts } from './netpol-cluster';
import { randomPolicies } from './netpol-policies';

// Picks the question of the NetworkPolicy generator: a seeded cluster and policy set, and one
// flow whose outcome (decided by the engine) falls in exactly one of the four answers.

/** The four answers: allowed; denied on the asked port only; denied by one side on both ports. */
export const NETPOL_OUTCOMES = ['allowed', 'other-port', 'ingress', 'egress'] as const;

/** One of the four answers. */
export type NetpolOutcome = (typeof NETPOL_OUTCOMES)[number];

/** A generated question's facts: the cluster, the policies, the flow and the engine's verdicts. */
export interface NetpolScenario {
  cluster: ClusterModel;
  policies: NetworkPolicy[];
  from: PodModel;
  to: PodModel;
  /** The port asked about, one of the destination's two container ports (TCP). */
  port: number;
  /** The destination's other container port. */
  otherPort: number;
  outcome: NetpolOutcome;
  /** The engine's verdicts on the asked port and on the other port. */
  asked: Verdict;
  other: Verdict;
}

const ATTEMPTS = 40;

/** The answer a pair of verdicts gives, or null when both sides deny (no single right answer). */
export function outcomeOf(asked: Verdict, other: Verdict): NetpolOutcome | null {
  if (asked.allowed) return 'allowed';
  if (other.allowed) return 'other-port';
  const egress = asked.egress.allowed && other.egress.allowed;
  const ingress = asked.ingress.allowed && other.ingress.allowed;
  const egressDenies = !asked.egress.allowed && !other.egress.allowed;
  const ingressDenies = !asked.ingress.allowed && !other.ingress.allowed;
  if (egress && ingressDenies) return 'ingress';
  if (ingress && egressDenies) return 'egress';
  return null;
}

/** Every flow of a cluster (pod to another pod, on each of its ports) with a single answer. */
function candidates(
  cluster: ClusterModel,
  policies: NetworkPolicy[],
  evaluator: Evaluator,
): NetpolScenario[] {
  const found: NetpolScenario[] = [];
  for (const from of cluster.pods) {
    for (const to of cluster.pods) {
      if (from === to) continue;
      const [service, metrics] = servicePorts(to);
      for (const [port, otherPort] of [
        [service, metrics],
        [metrics, service],
      ] as const) {
        const verdict = (p: number) =>
          evaluator.evaluate({ from: podRef(from), to: podRef(to), port: p, protocol: 'TCP' });
        const asked = verdict(port);
        const other = verdict(otherPort);
        const outcome = outcomeOf(asked, other);
        // An allowed flow between two unrestricted pods teaches nothing about the policies.
        const touched = asked.egress.isolated || asked.ingress.isolated;
        if (outcome !== null && touched) {
          found.push({ cluster, policies, from, to, port, otherPort, outcome, asked, other });
        }
      }
    }
  }
  return found;
}

/** How the engine names a pod in a flow. */
function podRef(pod: PodModel): { namespace: string; pod: string } {
  return { namespace: pod.namespace, pod: pod.name };
}

/** One seeded cluster and policy set with its single-answer flows. */
function attempt(random: Random): NetpolScenario[] {
  const cluster = randomCluster(random);
  const policies = randomPolicies(random, cluster);
  return candidates(cluster, policies, createEvaluator(cluster, policies));
}

/**
 * The scenario of a seed: the wanted answer is drawn first so that the four come up about
 * equally often, then clusters are drawn until one has a flow with that answer.
 */
export function netpolScenario(seed: number): NetpolScenario {
  const random = randomFromNumber(seed);
  const wanted = NETPOL_OUTCOMES[randomIndex(random, NETPOL_OUTCOMES.length)];
  let fallback: NetpolScenario | undefined;
  for (let i = 0; i < ATTEMPTS; i++) {
    const found = attempt(random);
    const matching = found.filter((s) => s.outcome === wanted);
    const chosen = matching[randomIndex(random, matching.length)];
    if (chosen !== undefined) return chosen;
    fallback ??= found[randomIndex(random, found.length)];
  }
  if (fallback === undefined)
    throw new RangeError(`No NetworkPolicy question for seed ${String(seed)}`);
  return fallback;
}
