import { formatIpAddress } from './addresses';
import type { IndexedPod } from './cluster';
import type { CompiledPolicy, CompiledRule } from './compile';
import { partyIp } from './match';
import type { Party, PeerMatch, PortMatch, ResolvedProbe } from './match';

/** A direction as the engine's fields name it (spec.ingress, spec.egress). */
export type Direction = 'ingress' | 'egress';

/** How one rule of one isolating policy fared against a flow. */
export interface RuleOutcome {
  readonly policy: CompiledPolicy;
  readonly rule: CompiledRule;
  readonly peer: PeerMatch | null;
  readonly port: PortMatch | null;
}

/** What a reason sentence is about: the pod whose policies apply, the other end, and the port. */
export interface ReasonContext {
  readonly direction: Direction;
  readonly subject: IndexedPod;
  readonly peer: Party;
  readonly destination: Party;
  readonly probe: ResolvedProbe;
}

const SHOWN_POLICIES = 3;

/** "Ingress" or "Egress", as policyTypes spells the direction. */
function typeName(direction: Direction): string {
  return direction === 'ingress' ? 'Ingress' : 'Egress';
}

/** What the other end is called from the subject's side: the source of ingress, the destination of egress. */
function role(direction: Direction): string {
  return direction === 'ingress' ? 'source' : 'destination';
}

/** The peer list of a rule: `from` for ingress, `to` for egress. */
function peerField(direction: Direction): string {
  return direction === 'ingress' ? 'from' : 'to';
}

/** "prod/a", or "2 policies (prod/a, prod/b)", or "5 policies (prod/a, prod/b, prod/c and 2 more)". */
export function listPolicies(keys: readonly string[]): string {
  if (keys.length === 1) return keys[0] ?? '';
  const shown = keys.slice(0, SHOWN_POLICIES).join(', ');
  const rest = keys.length - SHOWN_POLICIES;
  return `${String(keys.length)} policies (${shown}${rest > 0 ? ` and ${String(rest)} more` : ''})`;
}

/** "TCP 8080". */
function probeText(probe: ResolvedProbe): string {
  return `${probe.protocol} ${String(probe.port)}`;
}

/** The reason of a direction no policy isolates the subject for. */
export function notIsolatedReason(
  subject: IndexedPod,
  direction: Direction,
  selecting: readonly CompiledPolicy[],
): string {
  if (selecting.length === 0) {
    return `${subject.key} is not selected by any policy with ${typeName(direction)} in its policyTypes, so its ${direction} is not restricted.`;
  }
  const other = typeName(direction === 'ingress' ? 'egress' : 'ingress');
  return `${subject.key} is selected by ${listPolicies(selecting.map((p) => p.key))}, but only for ${other}, so its ${direction} is not restricted.`;
}

/** The reason of an isolated direction that some rule allows. */
export function allowedReason(
  context: ReasonContext,
  isolating: readonly CompiledPolicy[],
  matches: readonly RuleOutcome[],
): string {
  const [first, ...others] = matches;
  if (!first?.peer || !first.port) return '';
  const { direction, subject } = context;
  const peerText = peerClause(context, first.peer, first.policy);
  // A clause that already holds a comma reads better with a comma before "and".
  const and = peerText.includes(',') ? ', and' : ' and';
  const head = `${subject.key} is isolated for ${direction} by ${listPolicies(isolating.map((p) => p.key))}; ${ruleName(direction, first)} allows it: ${peerText}${and} ${portClause(context, first.port)}.`;
  const alsoText = others.length > 0 ? ` ${alsoAllowed(direction, others)}` : '';
  const caveat = matches.some((m) => m.peer?.kind === 'peer' && m.peer.ipBlockOnPod)
    ? ' Whether ipBlock applies to pod IPs depends on the network plugin: the Kubernetes docs advise ipBlock for addresses outside the cluster, since pod IPs come and go.'
    : '';
  return head + alsoText + caveat;
}

/** "ingress[0] of prod/allow-web". */
function ruleName(direction: Direction, outcome: RuleOutcome): string {
  return `${direction}[${String(outcome.rule.index)}] of ${outcome.policy.key}`;
}

/** "Also allowed by ingress[1] of prod/b." for the matches after the first. */
function alsoAllowed(direction: Direction, others: readonly RuleOutcome[]): string {
  const names = others.slice(0, SHOWN_POLICIES).map((outcome) => ruleName(direction, outcome));
  const rest = others.length - names.length;
  return `Also allowed by ${names.join(', ')}${rest > 0 ? ` and ${String(rest)} more rules` : ''}.`;
}

/** Why the other end matches a rule's peers, in words. */
function peerClause(context: ReasonContext, match: PeerMatch, policy: CompiledPolicy): string {
  const { direction, peer } = context;
  if (match.kind === 'all') {
    return `it has no \`${peerField(direction)}\`, so every ${role(direction)} matches`;
  }
  const chosen = match.peer;
  if (chosen.ipBlock) {
    const where = peer.kind === 'pod' ? ` has IP ${formatIpAddress(partyIp(peer))},` : ' is';
    return `the ${role(direction)} ${peer.text}${where} inside \`${chosen.text}\``;
  }
  let gloss = '';
  if (chosen.pods && chosen.namespaces)
    gloss = ' (one peer, so the pod and its namespace must both match)';
  else if (chosen.pods?.empty) gloss = ` (every pod in ${policy.namespace})`;
  else if (chosen.namespaces?.empty) gloss = ' (every pod in every namespace)';
  return `the ${role(direction)} ${peer.text} matches \`${chosen.text}\`${gloss}`;
}

/** Why the probe matches a rule's ports, in words. */
function portClause(context: ReasonContext, match: PortMatch): string {
  const { probe, destination } = context;
  if (match.kind === 'all') return 'it lists no `ports`, so every port matches';
  const head = `${probeText(probe)} matches \`${match.port.text}\``;
  if (match.containerPort) {
    return `${head} (${destination.text}'s container port ${match.containerPort.name ?? ''} is ${probeText(probe)})`;
  }
  return match.port.match.kind === 'any' ? `${head} (every ${probe.protocol} port)` : head;
}

/** The reason of an isolated direction that no rule allows, with the closest miss when there is one. */
export function deniedReason(
  context: ReasonContext,
  isolating: readonly CompiledPolicy[],
  outcomes: readonly RuleOutcome[],
): string {
  const { direction, subject } = context;
  const by = listPolicies(isolating.map((p) => p.key));
  const toOrFrom = direction === 'ingress' ? 'to' : 'from';
  if (outcomes.length === 0) {
    const none =
      isolating.length === 1
        ? `which has no ${direction} rules`
        : `and none of them has an ${direction === 'ingress' ? 'ingress' : 'egress'} rule`;
    return `${subject.key} is isolated for ${direction} by ${by}, ${none}, so all ${direction} ${toOrFrom} it is denied.`;
  }
  const head = `${subject.key} is isolated for ${direction} by ${by}, and no ${direction} rule of a policy selecting it matches ${context.peer.text} on ${probeText(context.probe)}.`;
  const miss = closestMiss(context, outcomes);
  return miss ? `${head} ${miss}` : head;
}

/** A hint naming the rule that came closest: right peer but wrong port, or right port but wrong peer. */
function closestMiss(context: ReasonContext, outcomes: readonly RuleOutcome[]): string | null {
  const { direction, destination } = context;
  const peerOnly = outcomes.find((outcome) => outcome.peer && !outcome.port);
  if (peerOnly) {
    const ports = peerOnly.rule.ports ?? [];
    const named = ports.find((port) => port.match.kind === 'name');
    if (destination.kind !== 'pod' && named) {
      return `Closest: ${ruleName(direction, peerOnly)} matches the destination, but a named port (\`${named.text}\`) only matches a pod's container port, and ${destination.text} is not a pod.`;
    }
    const list = ports.map((port) => `\`${port.text}\``).join(' or ');
    return `Closest: ${ruleName(direction, peerOnly)} matches the ${role(direction)} but allows only ${list}.`;
  }
  const portOnly = outcomes.find((outcome) => outcome.port && !outcome.peer);
  if (portOnly) {
    const peers = (portOnly.rule.peers ?? []).map((peer) => `\`${peer.text}\``);
    const list =
      peers.slice(0, SHOWN_POLICIES).join(' or ') +
      (peers.length > SHOWN_POLICIES ? ' or others' : '');
    return `Closest: ${ruleName(direction, portOnly)} allows ${probeText(context.probe)} but only ${peerField(direction)} ${list}.`;
  }
  return null;
}

/** The reason of a side that is a node or an outside address rather than a pod. */
export function notAPodReason(party: Party, direction: Direction): string {
  const what = party.kind === 'node' ? 'is a node' : 'is outside the cluster';
  return `${party.text} ${what}, not a pod, so no NetworkPolicy applies to its ${direction}.`;
}

/** The reason of a pod connecting to itself. */
export function selfReason(pod: IndexedPod): string {
  return `${pod.key} is connecting to itself, which is always allowed: NetworkPolicy cannot block a pod's traffic to itself.`;
}

/** The reason of traffic between a pod and the node it runs on. */
export function ownNodeReason(pod: IndexedPod, node: string): string {
  return `${pod.key} runs on ${node}, and traffic between a pod and its own node is always allowed, whatever the policies.`;
}
