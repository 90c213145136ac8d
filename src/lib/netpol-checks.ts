import { parseFlowSelector } from '~/schemas/flow-selector';
import { gapsIn, type CourseIssue } from './course-checks';

/** The facts about netpol scenarios and challenges the checks need, free of Astro types. */
export interface NetpolFacts {
  scenarios: { id: string; namespaces: string[]; pods: { namespace: string; name: string }[] }[];
  challenges: {
    id: string;
    order: number;
    difficulty: 'beginner' | 'intermediate' | 'advanced';
    scenario: string;
    /** Every `from` and `to` of the expectations. */
    selectors: string[];
    /** The namespaces of the starter and solution policies. */
    policyNamespaces: string[];
  }[];
}

const CHALLENGE_DIR = 'content/scenarios/netpol-challenges';
const RANK = { beginner: 1, intermediate: 2, advanced: 3 } as const;

/** Checks what one file's schema cannot: scenarios named by challenges, order, names in use. */
export function checkNetpolContent(facts: NetpolFacts): CourseIssue[] {
  const issues: CourseIssue[] = [
    ...gapsIn(
      facts.challenges.map((c) => c.order),
      `${CHALLENGE_DIR}/`,
      'challenge',
    ),
  ];
  for (const challenge of facts.challenges) {
    const file = `${CHALLENGE_DIR}/${challenge.id}.yaml`;
    const scenario = facts.scenarios.find((s) => s.id === challenge.scenario);
    if (scenario === undefined) {
      issues.push({
        level: 'error',
        file,
        message: `scenario "${challenge.scenario}" is not in content/scenarios/netpol/`,
      });
      continue;
    }
    issues.push(...unknownNames(challenge, scenario, file));
  }
  return [...issues, ...difficultyDrops(facts.challenges)];
}

// Every namespace and pod a challenge names must exist in the scenario it uses.
function unknownNames(
  challenge: NetpolFacts['challenges'][number],
  scenario: NetpolFacts['scenarios'][number],
  file: string,
): CourseIssue[] {
  const namespaces = new Set(scenario.namespaces);
  const pods = new Set(scenario.pods.map((p) => `${p.namespace}/${p.name}`));
  const problems = new Set<string>();
  for (const text of challenge.selectors) {
    const selector = parseFlowSelector(text);
    if (typeof selector === 'string') problems.add(selector);
    else if (selector.kind === 'namespace' && !namespaces.has(selector.namespace)) {
      problems.add(
        `expectation ${text}: scenario ${scenario.id} has no namespace ${selector.namespace}`,
      );
    } else if (selector.kind === 'pod' && !pods.has(text)) {
      problems.add(`expectation ${text}: scenario ${scenario.id} has no pod ${text}`);
    }
  }
  for (const namespace of challenge.policyNamespaces) {
    if (!namespaces.has(namespace)) {
      problems.add(
        `a starter or solution policy is in namespace ${namespace}, which scenario ${scenario.id} does not have`,
      );
    }
  }
  return [...problems].map((message) => ({ level: 'error' as const, file, message }));
}

// Challenges are listed in rising difficulty; an easier one after a harder one is flagged.
function difficultyDrops(challenges: NetpolFacts['challenges']): CourseIssue[] {
  const sorted = [...challenges].sort((a, b) => a.order - b.order);
  return sorted.slice(1).flatMap((challenge, index) => {
    const before = sorted[index];
    if (before === undefined || RANK[challenge.difficulty] >= RANK[before.difficulty]) return [];
    return [
      {
        level: 'warning' as const,
        file: `${CHALLENGE_DIR}/${challenge.id}.yaml`,
        message: `is ${challenge.difficulty} but comes after the ${before.difficulty} ${before.id}`,
      },
    ];
  });
}
