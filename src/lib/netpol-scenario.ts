// Content scenarios (content/scenarios/netpol/) as the netpol engine and the simulator see them,
// and the check that every graded challenge can be solved: its reference solution passes and its
// starter policies do not.
import {
  gradeChallenge,
  policyKey,
  type ClusterModel,
  type GradedCell,
  type NetworkPolicy,
} from '~/sim/netpol';
import type { NetpolChallenge, NetpolScenario } from '~/schemas/netpol-scenario';
import { policiesFromYaml } from '~/schemas/policy-yaml';
import type { CourseIssue } from './course-checks';
import type { SimSeed } from '~/components/sims/netpol/model';

/** The engine's cluster model of a scenario (its nodes, namespaces and pods). */
export function clusterFromScenario(
  scenario: Pick<NetpolScenario, 'nodes' | 'namespaces' | 'pods'>,
): ClusterModel {
  return {
    nodes: scenario.nodes.map((n) => ({ name: n.name, ip: n.ip })),
    namespaces: scenario.namespaces.map((n) => ({ name: n.name, labels: { ...n.labels } })),
    pods: scenario.pods.map((p) => ({
      namespace: p.namespace,
      name: p.name,
      labels: { ...p.labels },
      ip: p.ip,
      ...(p.node ? { node: p.node } : {}),
      ports: p.ports.map((port) => ({
        ...(port.name ? { name: port.name } : {}),
        port: port.port,
        protocol: port.protocol,
      })),
    })),
  };
}

/** Grades each challenge's solution (it must pass) and starter (it must not) with the engine. */
export function checkChallengeSolutions(
  scenarios: readonly { id: string; data: NetpolScenario }[],
  challenges: readonly { id: string; data: NetpolChallenge }[],
): CourseIssue[] {
  const issues: CourseIssue[] = [];
  for (const { id, data } of challenges) {
    const file = `content/scenarios/netpol-challenges/${id}.yaml`;
    const scenario = scenarios.find((s) => s.id === data.scenario);
    if (!scenario) continue; // reported by checkNetpolContent
    const cluster = clusterFromScenario(scenario.data);
    const starter = starterPolicies(data);
    const solved = withSolution(starter, policiesFromYaml(data.solution).policies);
    const solution = gradeChallenge(cluster, solved, data.expect);
    if (!solution.passed) {
      issues.push({
        level: 'error',
        file,
        message: `the reference solution fails: ${solution.mismatches.slice(0, 3).map(describeCell).join('; ')}`,
      });
    }
    if (gradeChallenge(cluster, starter, data.expect).passed) {
      issues.push({
        level: 'error',
        file,
        message: 'the starter policies already pass the challenge',
      });
    }
  }
  return issues;
}

/** The policies a challenge starts from (its enabled starter entries). */
export function starterPolicies(challenge: Pick<NetpolChallenge, 'starter'>): NetworkPolicy[] {
  return challenge.starter.flatMap((entry) =>
    entry.enabled ? policiesFromYaml(entry.yaml).policies : [],
  );
}

/**
 * A challenge's policies once its reference solution is applied: the solution's policies are
 * added to the starter, replacing any starter policy with the same namespace and name.
 */
export function withSolution(
  starter: readonly NetworkPolicy[],
  solution: readonly NetworkPolicy[],
): NetworkPolicy[] {
  const replaced = new Set(solution.map(policyKey));
  return [...starter.filter((p) => !replaced.has(policyKey(p))), ...solution];
}

// One graded cell as a readable phrase.
function describeCell(cell: GradedCell): string {
  return `${cell.from} → ${cell.to} ${cell.protocol} ${cell.port} should be ${cell.expected ? 'allowed' : 'denied'}`;
}

/**
 * What a simulator island starts from, computed at build time: the scenario's cluster and outside
 * addresses, its policies already parsed (so the page needs no YAML parser to show them), and its probe.
 */
export function seedFromScenario(scenario: NetpolScenario): SimSeed {
  return {
    cluster: { ...clusterFromScenario(scenario), outside: scenario.outside.map((o) => ({ ...o })) },
    policies: scenario.policies.map((entry) => {
      const [policy] = policiesFromYaml(entry.yaml).policies;
      if (!policy) throw new Error(`a scenario policy does not parse:\n${entry.yaml}`);
      return { yaml: entry.yaml, policy, enabled: entry.enabled };
    }),
    probe: { port: scenario.probe.port, protocol: scenario.probe.protocol },
  };
}
