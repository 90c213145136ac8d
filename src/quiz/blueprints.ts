import { apportion } from './apportion';
import { examFacts, type ExamDomain, type ExamFacts } from './exam-data';
import type { QuestionType } from './types';

// Paper blueprints: how many questions per domain, how long, how scored, how navigated. Facts
// (durations, weights, navigation, counts) come from src/data/exam-blueprints.json.

/** Whether the candidate may go back to earlier questions. */
export type Navigation = 'free' | 'forward-only';

/** How a paper's result is reported: AWS-style scaled score, or percentages only. */
export type ScoringRule = 'aws-scaled' | 'percent';

/** A domain of a paper with its weight and the number of questions it gets. */
export interface BlueprintDomain extends ExamDomain {
  count: number;
}

/** Everything assembly and scoring need to know about one kind of paper. */
export interface PaperBlueprint {
  /** Blueprint id: `saa-c03`, `ccna-v1.1`, `ccna-v2.0`, `k8s-<module>`. */
  id: string;
  /** The exam id in the blueprint file, which topic tags use. */
  examId: string;
  version: string;
  title: string;
  questionCount: number;
  timeLimitMinutes: number;
  scoring: ScoringRule;
  navigation: Navigation;
  allowedTypes: readonly QuestionType[];
  domains: BlueprintDomain[];
  /** Plain notes on where a figure comes from when the vendor does not publish it. */
  notes: string[];
}

/** The CCNA versions Podnet can assemble. */
export type CcnaVersion = 'v1.1' | 'v2.0';

/** Cisco publishes no question count; candidates report about 90–120, often about 100. */
export const CCNA_PRACTICE_QUESTION_COUNT = 100;

/** The first day of CCNA 200-301 v2.0 (Cisco's date as quoted in the blueprint file). */
export const CCNA_V2_FIRST_DAY = '2027-02-03';

/** Reads 'free …' or 'forward-only …' from the blueprint file's navigation sentence. */
function navigationOf(facts: ExamFacts, fallback: Navigation): Navigation {
  if (facts.navigation?.startsWith('forward-only')) return 'forward-only';
  if (facts.navigation?.startsWith('free')) return 'free';
  return fallback;
}

/** Gives each domain its share of the questions by its weight (largest remainder). */
function withCounts(domains: readonly ExamDomain[], total: number): BlueprintDomain[] {
  const counts = apportion(
    total,
    domains.map((domain) => domain.weight),
  );
  return domains.map((domain, i) => ({ ...domain, count: counts[i] ?? 0 }));
}

/** The SAA-C03 practice paper: 65 questions, 130 minutes, four weighted domains, free navigation. */
export function saaBlueprint(): PaperBlueprint {
  const facts = examFacts('saa-c03');
  const total = facts.questionTotal ?? 65;
  return {
    id: 'saa-c03',
    examId: facts.id,
    version: facts.version,
    title: facts.name,
    questionCount: total,
    timeLimitMinutes: facts.durationMinutes ?? 130,
    scoring: 'aws-scaled',
    navigation: navigationOf(facts, 'free'),
    allowedTypes: ['single', 'multiple'],
    domains: withCounts(facts.domains, total),
    notes: [
      'AWS scores 50 of the 65 questions; 15 unscored ones are not identified. Podnet scores all of them.',
      'Free navigation is reported by candidates and prep vendors, not stated by AWS.',
    ],
  };
}

/** The CCNA 200-301 practice paper for one version: 120 minutes, forward-only as candidates report. */
export function ccnaBlueprint(version: CcnaVersion): PaperBlueprint {
  const facts = examFacts(version === 'v1.1' ? 'ccna-200-301' : 'ccna-200-301-v2');
  const total = facts.questionTotal ?? CCNA_PRACTICE_QUESTION_COUNT;
  return {
    id: `ccna-${version}`,
    examId: facts.id,
    version: facts.version,
    title: `${facts.name} (${version})`,
    questionCount: total,
    timeLimitMinutes: facts.durationMinutes ?? 120,
    scoring: 'percent',
    navigation: navigationOf(facts, 'forward-only'),
    allowedTypes: ['single', 'multiple', 'ordering', 'matching', 'typed', 'scenario'],
    domains: withCounts(facts.domains, total),
    notes: [
      `Cisco publishes no question count; Podnet uses ${String(CCNA_PRACTICE_QUESTION_COUNT)}, the figure candidates report most often (90–120).`,
      'Forward-only navigation is what candidates report; Cisco states no policy for it.',
    ],
  };
}

/** The CCNA version in force on a date: v1.1 until 2027-02-02, v2.0 from 2027-02-03 (UTC). */
export function defaultCcnaVersion(now: Date): CcnaVersion {
  return now.getTime() < Date.parse(`${CCNA_V2_FIRST_DAY}T00:00:00Z`) ? 'v1.1' : 'v2.0';
}

/**
 * The k8s domains each course module's checkpoint covers by default (content/modules.yaml):
 * foundations teaches the network model and CNI, addressing plans pod and Service ranges,
 * services teaches Services, DNS, Ingress and the Gateway API, policy and aws have a domain each.
 * A module not listed gets all six.
 */
export const K8S_MODULE_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  foundations: ['model', 'cni'],
  'pod-networking': ['cni', 'model'],
  addressing: ['model', 'services'],
  services: ['services', 'ingress'],
  policy: ['policy'],
  aws: ['aws'],
};

/** Options of a Kubernetes module checkpoint. */
export interface CheckpointOptions {
  /** The course module it closes (`policy`, `aws` …). */
  module: string;
  /** The k8s blueprint domains it covers (default: K8S_MODULE_DOMAINS, else all six). */
  domains?: readonly string[];
  questionCount?: number;
  /** Default: 1.5 minutes per question, rounded up. */
  timeLimitMinutes?: number;
}

/** A Kubernetes checkpoint for one module over Podnet's own k8s domains and weights. */
export function k8sCheckpointBlueprint(options: CheckpointOptions): PaperBlueprint {
  const facts = examFacts('k8s');
  const wanted =
    options.domains ??
    K8S_MODULE_DOMAINS[options.module] ??
    facts.domains.map((domain) => domain.id);
  const domains = facts.domains.filter((domain) => wanted.includes(domain.id));
  const total = options.questionCount ?? 10;
  return {
    id: `k8s-${options.module}`,
    examId: facts.id,
    version: 'Podnet',
    title: `Kubernetes networking checkpoint: ${options.module}`,
    questionCount: total,
    timeLimitMinutes: options.timeLimitMinutes ?? Math.ceil(total * 1.5),
    scoring: 'percent',
    navigation: 'free',
    allowedTypes: ['single', 'multiple', 'ordering', 'matching', 'typed', 'scenario'],
    domains: withCounts(domains, total),
    notes: ['Not an official exam: Podnet’s own weights for its Kubernetes checkpoints.'],
  };
}
