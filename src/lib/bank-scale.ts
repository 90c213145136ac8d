// The build check that the written question banks stay at exam scale: enough questions per
// exam, spread over the official domains in the exam's proportions, every tag an id the
// blueprint file knows, and every question tagged and linked to the lesson section teaching it.
// Issue #15 sets the figures; a bank that drifts below them fails the build with the numbers.
import { domainOfTag, examFacts, primaryDomain } from '~/quiz/exam-data';
import type { CourseIssue } from './course-checks';

/** What one exam's written questions must reach. */
export interface BankTarget {
  /** The exam id in src/data/exam-blueprints.json, as topic tags spell it. */
  exam: string;
  /** The fewest written questions tagged for the exam. */
  minimum: number;
  /**
   * How far, in percentage points, each domain's share of those questions may stray from its
   * weight; null to ask only for coverage (every domain at least `minimumPerDomain` deep).
   */
  tolerance: number | null;
  minimumPerDomain: number;
}

/**
 * The targets of issue #15: SAA-C03 and CCNA v2.0 in the exams' proportions; Kubernetes in the
 * proportions of Podnet's own checkpoint blueprint, so that its papers are written questions in
 * those proportions too, and with every domain at least 10 deep.
 */
export const BANK_TARGETS: readonly BankTarget[] = [
  { exam: 'saa-c03', minimum: 200, tolerance: 3, minimumPerDomain: 1 },
  { exam: 'ccna-200-301-v2', minimum: 150, tolerance: 3, minimumPerDomain: 1 },
  { exam: 'k8s', minimum: 150, tolerance: 3, minimumPerDomain: 10 },
];

/** A written question as the check sees it. */
export interface ScaleQuestion {
  id: string;
  topics: readonly string[];
  /** `module/lesson#heading`, or undefined when the question links to no lesson section. */
  lesson?: string | undefined;
}

/** A bank: its file id and its questions. */
export interface ScaleBank {
  id: string;
  questions: readonly ScaleQuestion[];
}

/** One exam's counts: questions per domain (by the domain of each question's first tag). */
export interface ExamCount {
  exam: string;
  total: number;
  domains: { id: string; weight: number; count: number; share: number }[];
}

/** Counts the written questions of one exam per domain, as the exam trainer files them. */
export function countExam(banks: readonly ScaleBank[], exam: string): ExamCount {
  const counts = new Map<string, number>();
  for (const q of banks.flatMap((b) => b.questions)) {
    const domain = primaryDomain(q.topics, exam);
    if (domain !== undefined) counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const domains = examFacts(exam).domains.map(({ id, weight }) => {
    const count = counts.get(id) ?? 0;
    return { id, weight, count, share: total === 0 ? 0 : (100 * count) / total };
  });
  return { exam, total, domains };
}

/** Every problem with the banks' scale, tags and links; errors fail the build. */
export function checkBankScale(
  banks: readonly ScaleBank[],
  targets: readonly BankTarget[] = BANK_TARGETS,
): CourseIssue[] {
  return [...banks.flatMap(checkQuestions), ...targets.flatMap((t) => checkTarget(banks, t))];
}

// Each question carries at least one known topic tag, no unknown one, and a lesson link.
function checkQuestions(bank: ScaleBank): CourseIssue[] {
  const file = `content/questions/${bank.id}.yaml`;
  return bank.questions.flatMap((q) => {
    const problems: string[] = [];
    const unknown = q.topics.filter((tag) => domainOfTag(tag) === undefined);
    if (unknown.length > 0) {
      problems.push(
        `tags ${unknown.join(', ')} are not ids in src/data/exam-blueprints.json (write <exam>:<topic id>, e.g. saa-c03:1.2 or k8s:policy)`,
      );
    }
    if (q.topics.length === 0)
      problems.push('has no topic tag; tag it with the exam topic it tests');
    if (q.lesson === undefined) {
      problems.push('has no `lesson` link; link it to the lesson section that teaches it');
    }
    return problems.map((message) => ({
      level: 'error' as const,
      file,
      message: `question ${q.id} ${message}`,
    }));
  });
}

// One exam's size, per-domain coverage and proportions.
function checkTarget(banks: readonly ScaleBank[], target: BankTarget): CourseIssue[] {
  const file = 'content/questions/';
  const count = countExam(banks, target.exam);
  const issues: CourseIssue[] = [];
  if (count.total < target.minimum) {
    issues.push({
      level: 'error',
      file,
      message: `${target.exam}: ${count.total} written questions, the banks need at least ${target.minimum}`,
    });
  }
  for (const d of count.domains) {
    const off = Math.abs(d.share - d.weight);
    if (d.count < target.minimumPerDomain) {
      issues.push({
        level: 'error',
        file,
        message: `${target.exam} domain ${d.id}: ${d.count} questions, at least ${target.minimumPerDomain} needed`,
      });
    } else if (target.tolerance !== null && off > target.tolerance) {
      issues.push({
        level: 'error',
        file,
        message: `${target.exam} domain ${d.id}: ${d.count} of ${count.total} questions is ${d.share.toFixed(1)}%, the exam weighs it ${d.weight}% (±${target.tolerance} points allowed)`,
      });
    }
  }
  return issues;
}
