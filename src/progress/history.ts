// The learner's history for the progress page (pure): each paper's scores over time from the
// `exams` section, and the weakest domains or topics over every answer (quizzes, exams, reviews).
import type { ExamRun, Progress } from './schema';
import type { CatalogQuestion } from './stats';

/** One finished paper as the history shows it. */
export interface RunPoint {
  at: string;
  mode: ExamRun['mode'];
  /** Points as a whole percentage, 0–100. */
  percent: number;
  points: number;
  maxPoints: number;
  scaled: number | undefined;
  timedOut: boolean;
}

/** A domain's latest and best percentage over the papers that had questions in it. */
export interface DomainRecord {
  id: string;
  latest: number;
  best: number;
}

/** Every paper of one kind (`saa-c03`, `k8s-policy` …): its runs oldest first, and its domains. */
export interface PaperHistory {
  exam: string;
  runs: RunPoint[];
  domains: DomainRecord[];
}

/** A domain (or, for questions without one, a topic bank) with few right answers. */
export interface WeakSpot {
  kind: 'domain' | 'bank';
  key: string;
  attempts: number;
  correct: number;
  /** Share of answers that were right, 0–1. */
  rate: number;
  /** The bank holding most of the group's answered questions: its lesson teaches it. */
  bank: string;
}

/** Options of weakestTopics: the fewest answers a group needs, and how many to return. */
export interface WeakOptions {
  minAnswers?: number;
  limit?: number;
}

/** The papers taken, grouped by kind in `order` (unknown kinds after, by id), runs oldest first. */
export function examHistory(doc: Progress, order: readonly string[] = []): PaperHistory[] {
  const byExam = new Map<string, ExamRun[]>();
  for (const run of Object.values(doc.exams)) {
    byExam.set(run.exam, [...(byExam.get(run.exam) ?? []), run]);
  }
  return [...byExam.keys()]
    .sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map((exam) => {
      const runs = (byExam.get(exam) ?? []).sort((a, b) => a.at.localeCompare(b.at));
      return { exam, runs: runs.map(pointOf), domains: domainRecords(runs) };
    });
}

/** A whole percentage of points, 0 when there were none to earn. */
export function percentOf(points: number, maxPoints: number): number {
  return maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 100);
}

/**
 * The domains (or banks, for questions without a domain) with the lowest accuracy over every
 * answer, among those with at least `minAnswers` answers and not all right; lowest first.
 */
export function weakestTopics(
  doc: Progress,
  catalog: Readonly<Record<string, CatalogQuestion>>,
  { minAnswers = 3, limit = 5 }: WeakOptions = {},
): WeakSpot[] {
  const groups = new Map<string, Group>();
  for (const attempt of Object.values(doc.attempts)) {
    const question = Object.hasOwn(catalog, attempt.question) ? catalog[attempt.question] : null;
    if (!question) continue;
    const kind = question.domain ? 'domain' : 'bank';
    const key = question.domain ?? question.bank;
    const id = `${kind}:${key}`;
    const group = groups.get(id) ?? { kind, key, attempts: 0, correct: 0, banks: new Map() };
    group.attempts += 1;
    if (attempt.correct) group.correct += 1;
    const questions = group.banks.get(question.bank) ?? new Set<string>();
    group.banks.set(question.bank, questions.add(attempt.question));
    groups.set(id, group);
  }
  return [...groups.values()]
    .filter((g) => g.attempts >= minAnswers && g.correct < g.attempts)
    .map(({ kind, key, attempts, correct, banks }) => ({
      kind,
      key,
      attempts,
      correct,
      rate: correct / attempts,
      bank: teachingBank(banks),
    }))
    .sort((a, b) => a.rate - b.rate || b.attempts - a.attempts || a.key.localeCompare(b.key))
    .slice(0, limit);
}

// Answers to one domain or bank so far, with the questions answered per bank.
interface Group {
  kind: WeakSpot['kind'];
  key: string;
  attempts: number;
  correct: number;
  banks: Map<string, Set<string>>;
}

// Where a paper kind comes in the wanted order (unknown kinds last).
function rank(order: readonly string[], exam: string): number {
  const i = order.indexOf(exam);
  return i === -1 ? order.length : i;
}

// One run as a point of the history.
function pointOf(run: ExamRun): RunPoint {
  return {
    at: run.at,
    mode: run.mode,
    percent: percentOf(run.points, run.maxPoints),
    points: run.points,
    maxPoints: run.maxPoints,
    scaled: run.scaled,
    timedOut: run.timedOut,
  };
}

// Latest and best percentage per domain over runs sorted oldest first (domains with no points to
// earn in a run are skipped for that run), in the order the newest run lists them.
function domainRecords(runs: readonly ExamRun[]): DomainRecord[] {
  const records = new Map<string, DomainRecord>();
  for (const run of [...runs].reverse()) {
    for (const domain of run.domains) {
      if (domain.maxPoints === 0) continue;
      const percent = percentOf(domain.points, domain.maxPoints);
      const seen = records.get(domain.id);
      if (seen) seen.best = Math.max(seen.best, percent);
      else records.set(domain.id, { id: domain.id, latest: percent, best: percent });
    }
  }
  return [...records.values()];
}

// The bank with the most distinct questions answered (ties: first by id).
function teachingBank(banks: ReadonlyMap<string, ReadonlySet<string>>): string {
  let best = '';
  let most = -1;
  for (const [bank, questions] of [...banks.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (questions.size > most) [best, most] = [bank, questions.size];
  }
  return best;
}
