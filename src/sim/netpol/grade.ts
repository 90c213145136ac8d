import { InputError } from '../ip';
import { podKey } from './cluster';
import { createEvaluator } from './evaluate';
import { readFlowPort, readProtocol } from './flow-port';
import type { ClusterModel, Endpoint, NetworkPolicy, Protocol, Verdict } from './types';

/**
 * What a challenge expects of one connection or a group of them. `from` and `to` are "ns/pod",
 * "ns/*" (every pod of ns), "*" (every pod) or "ip:203.0.113.7" (an address outside the cluster).
 */
export interface Expectation {
  from: string;
  to: string;
  port: number | string;
  /** Default TCP. */
  protocol?: Protocol;
  allowed: boolean;
}

/** One concrete connection of a challenge: what was expected, what the policies do, and why. */
export interface GradedCell {
  from: string;
  to: string;
  port: number | string;
  protocol: Protocol;
  expected: boolean;
  actual: boolean;
  verdict: Verdict;
}

/** A graded challenge: passed when at least one cell was checked and none is a mismatch. */
export interface GradeResult {
  passed: boolean;
  cells: GradedCell[];
  mismatches: GradedCell[];
}

/** An expanded side of an expectation: the endpoints it covers, and whether it was a wildcard. */
interface Side {
  readonly endpoints: { key: string; endpoint: Endpoint }[];
  readonly wildcard: boolean;
}

/**
 * Grades a learner's policies against a challenge's expectations. Each concrete cell takes its
 * expected value from the FIRST expectation that covers it (list specific cells before wildcards,
 * like firewall rules); wildcards skip a pod's connection to itself.
 *
 * @example
 * gradeChallenge(cluster, policies, [
 *   { from: 'prod/api', to: 'prod/db', port: 5432, allowed: true },
 *   { from: '*', to: 'prod/db', port: 5432, allowed: false },
 * ]).passed; // true when only prod/api reaches prod/db on 5432
 */
export function gradeChallenge(
  cluster: ClusterModel,
  policies: readonly NetworkPolicy[],
  expectations: readonly Expectation[],
): GradeResult {
  const evaluator = createEvaluator(cluster, policies);
  const seen = new Set<string>();
  const cells: GradedCell[] = [];
  expectations.forEach((expectation, i) => {
    const protocol = readProtocol(expectation.protocol, `expectations[${String(i)}].protocol`);
    const from = expandSide(cluster, expectation.from, `expectations[${String(i)}].from`);
    const to = expandSide(cluster, expectation.to, `expectations[${String(i)}].to`);
    const parsed = readFlowPort(expectation.port, `expectations[${String(i)}].port`);
    const port = parsed.kind === 'number' ? parsed.port : parsed.name;
    for (const source of from.endpoints) {
      for (const target of to.endpoints) {
        if ((from.wildcard || to.wildcard) && source.key === target.key) continue;
        const id = JSON.stringify([source.key, target.key, port, protocol]);
        if (seen.has(id)) continue;
        seen.add(id);
        const flow = { from: source.endpoint, to: target.endpoint, port, protocol };
        const verdict = evaluator.evaluate(flow);
        cells.push({
          from: source.key,
          to: target.key,
          port,
          protocol,
          expected: expectation.allowed,
          actual: verdict.allowed,
          verdict,
        });
      }
    }
  });
  const mismatches = cells.filter((cell) => cell.expected !== cell.actual);
  return { passed: cells.length > 0 && mismatches.length === 0, cells, mismatches };
}

/** Expands "ns/pod", "ns/*", "*" or "ip:…" into endpoints; an unknown namespace is an InputError. */
function expandSide(cluster: ClusterModel, pattern: string, field: string): Side {
  if (pattern.startsWith('ip:')) {
    const ip = pattern.slice(3);
    return { endpoints: [{ key: pattern, endpoint: { ip } }], wildcard: false };
  }
  if (pattern === '*') {
    return { endpoints: cluster.pods.map(podEndpoint), wildcard: true };
  }
  const slash = pattern.indexOf('/');
  if (slash <= 0 || slash === pattern.length - 1) {
    throw new InputError(
      `'${pattern}' is not a connection end: write "ns/pod", "ns/*", "*" or "ip:203.0.113.7".`,
      field,
    );
  }
  const namespace = pattern.slice(0, slash);
  const pod = pattern.slice(slash + 1);
  if (pod !== '*')
    return { endpoints: [{ key: pattern, endpoint: { namespace, pod } }], wildcard: false };
  if (
    !cluster.namespaces.some((ns) => ns.name === namespace) &&
    !cluster.pods.some((p) => p.namespace === namespace)
  ) {
    throw new InputError(`There is no namespace '${namespace}' for '${pattern}'.`, field);
  }
  const pods = cluster.pods.filter((candidate) => candidate.namespace === namespace);
  return { endpoints: pods.map(podEndpoint), wildcard: true };
}

/** A pod as an expanded endpoint. */
function podEndpoint(pod: { namespace: string; name: string }): {
  key: string;
  endpoint: Endpoint;
} {
  return { key: podKey(pod), endpoint: { namespace: pod.namespace, pod: pod.name } };
}
