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
import { checkNetpolContent, type NetpolFacts } from './netpol-checks';

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

/**
 * Every check of the netpol content: cross-file consistency first (checkNetpolContent), then,
 * when that is clean, each challenge's solution and starter graded by the engine.
 */
export function checkNetpolScenarios(
  scenarios: readonly { id: string; data: NetpolScenario }[],
  challenges: readonly { id: string; data: NetpolChallenge }[],
): CourseIssue[] {
  const issues = checkNetpolContent(netpolFacts(scenarios, challenges));
  return issues.some((i) => i.level === 'error')
    ? issues
    : [...issues, ...checkChallengeSolutions(scenarios, challenges)];
}

/** The plain facts the cross-file checks read from the presets and challenges. */
export function netpolFacts(
  scenarios: readonly { id: string; data: NetpolScenario }[],
  challenges: readonly { id: string; data: NetpolChallenge }[],
): NetpolFacts {
  return {
    scenarios: scenarios.map(({ id, data }) => ({
      id,
      namespaces: data.namespaces.map((n) => n.name),
      pods: data.pods,
    })),
    challenges: challenges.map(({ id, data }) => ({
      id,
      order: data.order,
      difficulty: data.difficulty,
      scenario: data.scenario,
      selectors: data.expect.flatMap((e) => [e.from, e.to]),
      policyNamespaces: [...data.starter.map((p) => p.yaml), data.solution]
        .flatMap((text) => policiesFromYaml(text).policies)
        .map((policy) => policy.metadata.namespace ?? 'default'),
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
