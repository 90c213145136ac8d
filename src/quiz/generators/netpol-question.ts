import type { Decision, Verdict } from '~/sim/netpol/types';
import type { QuizOption, SingleQuestion } from '../types';
import { podName } from './netpol-cluster';
import { netpolScenario, type NetpolOutcome, type NetpolScenario } from './netpol-scenario';
import { netpolPrompt } from './netpol-text';
import { base, letteredOptions } from './subnet-common';

// "Can pod A reach pod B on port P?": four fixed answers, the right one decided by the engine,
// every option explained with the engine's own reasons for both sides on both ports.

export const NETPOL_TAGS = ['k8s:policy'];

const REFERENCES = [
  {
    title: 'Kubernetes documentation: Network Policies',
    url: 'https://kubernetes.io/docs/concepts/services-networking/network-policies/',
  },
  {
    title: 'Kubernetes API reference: NetworkPolicy (networking.k8s.io/v1)',
    url: 'https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/network-policy-v1/',
  },
];

/** The text of each answer for a scenario. */
export function outcomeTexts(s: NetpolScenario): Record<NetpolOutcome, string> {
  const [a, b, p, q] = [podName(s.from), podName(s.to), String(s.port), String(s.otherPort)];
  return {
    allowed: `Allowed on TCP ${p}`,
    'other-port': `Denied on TCP ${p}, but allowed on TCP ${q}`,
    ingress: `Denied by the ingress policies of ${b}, on both of its ports`,
    egress: `Denied by the egress policies of ${a}, on both of ${b}'s ports`,
  };
}

/** "On TCP 8080: <reason>", or one sentence for both ports when the reason does not depend on the port. */
function onPorts(s: NetpolScenario, asked: Decision, other: Decision): string {
  if (asked.reason === other.reason) return asked.reason;
  return `On TCP ${String(s.port)}: ${asked.reason} On TCP ${String(s.otherPort)}: ${other.reason}`;
}

/** The reasons of the side(s) that deny a verdict. */
function denials(verdict: Verdict): string {
  return [verdict.egress, verdict.ingress]
    .filter((d) => !d.allowed)
    .map((d) => d.reason)
    .join(' ');
}

/** Both sides' reasons of a verdict. */
function bothSides(verdict: Verdict): string {
  return `Egress: ${verdict.egress.reason} Ingress: ${verdict.ingress.reason}`;
}

/** Why "allowed on the asked port" is right or wrong. */
function explainAllowed(s: NetpolScenario): string {
  const p = String(s.port);
  return s.asked.allowed
    ? `Right: both sides allow TCP ${p}. ${bothSides(s.asked)}`
    : `No: TCP ${p} is denied. ${denials(s.asked)}`;
}

/** Why "denied on the asked port, allowed on the other" is right or wrong. */
function explainOtherPort(s: NetpolScenario): string {
  const [p, q] = [String(s.port), String(s.otherPort)];
  if (s.asked.allowed) return `No: TCP ${p} itself is allowed. ${bothSides(s.asked)}`;
  if (!s.other.allowed) return `No: TCP ${q} is denied as well. ${denials(s.other)}`;
  return `Right: TCP ${p} is denied. ${denials(s.asked)} TCP ${q} is allowed. ${bothSides(s.other)}`;
}

/** Why "denied by one side on both ports" is right or wrong. */
function explainSide(s: NetpolScenario, side: 'ingress' | 'egress'): string {
  const pod = podName(side === 'ingress' ? s.to : s.from);
  const otherSide = side === 'ingress' ? 'egress' : 'ingress';
  if (s.outcome === side) {
    return `Right: ${pod} refuses it for ${side} on both ports. ${onPorts(s, s.asked[side], s.other[side])} The ${otherSide} side allows it: ${onPorts(s, s.asked[otherSide], s.other[otherSide])}`;
  }
  const [port, decision] = s.asked[side].allowed
    ? [s.port, s.asked[side]]
    : [s.otherPort, s.other[side]];
  return `No: the ${side} of ${pod} allows TCP ${String(port)}. ${decision.reason}`;
}

/** The explanation of one answer for a scenario. */
function explain(s: NetpolScenario, outcome: NetpolOutcome): string {
  switch (outcome) {
    case 'allowed':
      return explainAllowed(s);
    case 'other-port':
      return explainOtherPort(s);
    default:
      return explainSide(s, outcome);
  }
}

/** The options of a scenario, the engine's outcome marked right. */
function options(s: NetpolScenario): Omit<QuizOption, 'id'>[] {
  const texts = outcomeTexts(s);
  return (Object.keys(texts) as NetpolOutcome[]).map((outcome) => ({
    text: texts[outcome],
    correct: outcome === s.outcome,
    explanation: explain(s, outcome),
  }));
}

/** Makes the question for one seed. */
export function netpolReachabilityQuestion(seed: number): SingleQuestion {
  const s = netpolScenario(seed);
  return {
    ...base('netpol-reachability', netpolPrompt(s.cluster, s.policies, s), {
      explanation:
        'A connection needs both ends to agree: the source’s egress and the destination’s ingress. A pod is restricted in a direction only when a policy in its own namespace selects it for that direction; the rules of all such policies add up.',
      references: REFERENCES,
      topics: NETPOL_TAGS,
      difficulty: s.policies.length === 1 ? 1 : s.policies.length === 2 ? 2 : 3,
      lesson: 'policy/network-policies#both-ends-must-agree',
    }),
    type: 'single',
    options: letteredOptions(seed, options(s)),
  };
}
