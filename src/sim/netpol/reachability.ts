import { addBit, emptyBits, fullBits, hasBit, unionInto, unionIntersectionInto } from './bitset';
import type { Bitset } from './bitset';
import { indexCluster } from './cluster';
import type { ClusterIndex, IndexedPod } from './cluster';
import { compilePolicies } from './compile';
import type { CompiledPolicy, CompiledRule } from './compile';
import { readFlowPort, readProtocol, resolveFlowPort } from './flow-port';
import type { FlowPort } from './flow-port';
import { matchPorts, peerMatches } from './match';
import type { Party } from './match';
import { selectorMatches } from './selectors';
import type { ClusterModel, NetworkPolicy, Probe, Protocol, ReachabilityMatrix } from './types';

/** What every rule needs to be turned into sets of pods. */
interface MatrixInputs {
  readonly cluster: ClusterIndex;
  readonly parties: readonly Party[];
  /** The probe's port number on each destination pod (null: a named port it lacks). */
  readonly destinationPorts: readonly (number | null)[];
  readonly protocol: Protocol;
}

/**
 * Whether every pod can reach every other pod on one port, as evaluate would decide each pair
 * (the diagonal is true: a pod can always reach itself). Rules are turned into sets of pods once,
 * so 500 pods under 100 policies take well under a second.
 *
 * @example
 * const matrix = reachability(cluster, policies, { port: 5432 });
 * matrix['prod/api']?.['prod/db']; // true
 * matrix['prod/web']?.['prod/db']; // false
 */
export function reachability(
  cluster: ClusterModel,
  policies: readonly NetworkPolicy[],
  probe: Probe,
): ReachabilityMatrix {
  const index = indexCluster(cluster);
  const protocol = readProtocol(probe.protocol);
  const port = readFlowPort(probe.port);
  const parties: Party[] = index.pods.map((pod) => ({ kind: 'pod', pod, text: pod.key }));
  const inputs: MatrixInputs = {
    cluster: index,
    parties,
    destinationPorts: parties.map((party) => portOn(port, protocol, party)),
    protocol,
  };
  const compiled = compilePolicies(policies);
  const { egress, ingress } = allowedSets(inputs, compiled);
  return buildMatrix(index.pods, inputs.destinationPorts, egress, ingress);
}

/** The port number a probe reaches on a pod, or null when it names a port the pod lacks. */
function portOn(port: FlowPort, protocol: Protocol, party: Party): number | null {
  const resolved = resolveFlowPort(port, protocol, party);
  return 'probe' in resolved ? resolved.probe.port : null;
}

/**
 * For each pod, the set of pods its egress allows it to reach and the set its ingress accepts
 * (null: not isolated in that direction, so everything).
 */
function allowedSets(
  inputs: MatrixInputs,
  policies: readonly CompiledPolicy[],
): { egress: (Bitset | null)[]; ingress: (Bitset | null)[] } {
  const size = inputs.parties.length;
  const egress: (Bitset | null)[] = Array<Bitset | null>(size).fill(null);
  const ingress: (Bitset | null)[] = Array<Bitset | null>(size).fill(null);
  for (const policy of policies) {
    const selected = inputs.cluster.pods.filter(
      (pod) =>
        pod.namespace === policy.namespace && selectorMatches(policy.podSelector, pod.labels),
    );
    if (selected.length === 0) continue;
    if (policy.affectsIngress) addIngress(inputs, policy, selected, ingress);
    if (policy.affectsEgress) addEgress(inputs, policy, selected, egress);
  }
  return { egress, ingress };
}

/** Adds to each selected pod's ingress set the sources of every rule whose ports match on that pod. */
function addIngress(
  inputs: MatrixInputs,
  policy: CompiledPolicy,
  selected: readonly IndexedPod[],
  ingress: (Bitset | null)[],
): void {
  const rules = policy.ingress.map((rule) => ({
    peers: peerSet(inputs, policy, rule),
    ports: portSet(inputs, rule),
  }));
  for (const pod of selected) {
    const set = (ingress[pod.index] ??= emptyBits(inputs.parties.length));
    for (const rule of rules) if (hasBit(rule.ports, pod.index)) unionInto(set, rule.peers);
  }
}

/** Adds to each selected pod's egress set the destinations every rule allows (peer and port). */
function addEgress(
  inputs: MatrixInputs,
  policy: CompiledPolicy,
  selected: readonly IndexedPod[],
  egress: (Bitset | null)[],
): void {
  const allowed = emptyBits(inputs.parties.length);
  for (const rule of policy.egress) {
    unionIntersectionInto(allowed, peerSet(inputs, policy, rule), portSet(inputs, rule));
  }
  for (const pod of selected) {
    unionInto((egress[pod.index] ??= emptyBits(inputs.parties.length)), allowed);
  }
}

/** The pods a rule's peers match (every pod when it has none). */
function peerSet(inputs: MatrixInputs, policy: CompiledPolicy, rule: CompiledRule): Bitset {
  const size = inputs.parties.length;
  if (rule.peers === null) return fullBits(size);
  const bits = emptyBits(size);
  inputs.parties.forEach((party, i) => {
    if (rule.peers?.some((peer) => peerMatches(peer, policy.namespace, party, inputs.cluster))) {
      addBit(bits, i);
    }
  });
  return bits;
}

/** The destination pods on which a rule's ports match the probe. */
function portSet(inputs: MatrixInputs, rule: CompiledRule): Bitset {
  const bits = emptyBits(inputs.parties.length);
  inputs.parties.forEach((party, i) => {
    const port = inputs.destinationPorts[i];
    if (port === null || port === undefined) return;
    if (matchPorts(rule, { protocol: inputs.protocol, port }, party)) addBit(bits, i);
  });
  return bits;
}

/** Writes the matrix: self always; otherwise a reachable port, the source's egress and the destination's ingress. */
function buildMatrix(
  pods: readonly IndexedPod[],
  destinationPorts: readonly (number | null)[],
  egress: readonly (Bitset | null)[],
  ingress: readonly (Bitset | null)[],
): ReachabilityMatrix {
  const matrix: ReachabilityMatrix = {};
  for (const from of pods) {
    const row: Record<string, boolean> = {};
    const out = egress[from.index] ?? null;
    for (const to of pods) {
      const into = ingress[to.index] ?? null;
      row[to.key] =
        from === to ||
        (destinationPorts[to.index] !== null &&
          (out === null || hasBit(out, to.index)) &&
          (into === null || hasBit(into, from.index)));
    }
    matrix[from.key] = row;
  }
  return matrix;
}
