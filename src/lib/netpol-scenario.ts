// Content scenarios (content/scenarios/netpol/) as the netpol engine and the simulator see them,
// and the check that every graded challenge can be solved: its reference solution passes and its
// starter policies do not.
import {
  gradeChallenge,
  type ClusterModel,
  type GradedCell,
  type NetworkPolicy,
} from '~/sim/netpol';
import type { NetpolChallenge, NetpolExpectation, NetpolScenario } from '~/schemas/netpol-scenario';
import { policiesFromYaml } from '~/schemas/policy-yaml';
import type { CourseIssue } from './course-checks';
import { checkNetpolContent, type NetpolFacts } from './netpol-checks';
import { withSolution } from './netpol-solution';
import type { SimSeed } from './netpol-sim-types';

export { withSolution };

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

/** What a challenge page's island needs, computed at build time (no YAML parser in the page). */
export interface ChallengeSeed {
  seed: SimSeed;
  /** The reference solution's policies, one entry per document. */
  solution: SimSeed['policies'];
  expect: NetpolExpectation[];
  /** Every port and protocol the expectations use, for the grid's probe. */
  probes: SimSeed['probe'][];
}

/**
 * A challenge's seed: its scenario's cluster (plus every outside address its expectations name),
 * its starter policies, its solution split into documents, its expectations and their probes.
 */
export function challengeSeed(challenge: NetpolChallenge, scenario: NetpolScenario): ChallengeSeed {
  const base = seedFromScenario(scenario);
  const outside = [...base.cluster.outside];
  for (const e of challenge.expect) {
    for (const side of [e.from, e.to]) {
      const ip = side.startsWith('ip:') ? side.slice(3) : null;
      if (ip && !outside.some((o) => o.ip === ip)) outside.push({ name: ip, ip });
    }
  }
  const probes: SimSeed['probe'][] = [];
  for (const e of challenge.expect) {
    if (!probes.some((p) => p.port === e.port && p.protocol === e.protocol)) {
      probes.push({ port: e.port, protocol: e.protocol });
    }
  }
  const parseOne = (yaml: string, enabled: boolean) => {
    const [policy] = policiesFromYaml(yaml).policies;
    if (!policy) throw new Error(`a challenge policy does not parse:\n${yaml}`);
    return { yaml: yaml.trim() + '\n', policy, enabled };
  };
  const documents = challenge.solution
    .split(/^---[ \t]*$/m)
    .filter((doc) => policiesFromYaml(doc).policies.length > 0);
  return {
    seed: {
      cluster: { ...base.cluster, outside },
      policies: challenge.starter.map((entry) => parseOne(entry.yaml, entry.enabled)),
      probe: probes[0] ?? base.probe,
    },
    solution: documents.map((doc) => parseOne(doc, true)),
    expect: challenge.expect,
    probes,
  };
}
