// Figures for the "Your progress" page, computed from the document and the course's question
// catalogue (pure).
import { attemptsNewestFirst } from './selectors';
import type { Progress } from './schema';

/** What the progress page knows about each question: its bank (topic), domain and exams. */
export interface CatalogQuestion {
  bank: string;
  domain: string | null;
  exams: readonly string[];
}

/** Accuracy over one group of questions. */
export interface Accuracy {
  key: string;
  /** Distinct questions answered at least once. */
  questions: number;
  attempts: number;
  correct: number;
  /** Share of attempts that were right, 0–1. */
  rate: number;
}

/** One line of recent activity. */
export type Activity =
  | { kind: 'lesson'; id: string; completed: boolean; at: string }
  | { kind: 'attempt'; question: string; correct: boolean; at: string }
  | { kind: 'challenge'; challenge: string; passed: boolean; at: string }
  | { kind: 'drill'; skill: string; correct: boolean; at: string };

/** Accuracy grouped by a question's bank, domain or exam, sorted by group name. */
export function accuracyBy(
  doc: Progress,
  catalog: Readonly<Record<string, CatalogQuestion>>,
  group: 'bank' | 'domain' | 'exam',
): Accuracy[] {
  const groups = new Map<string, { questions: Set<string>; attempts: number; correct: number }>();
  for (const attempt of Object.values(doc.attempts)) {
    const question = Object.hasOwn(catalog, attempt.question)
      ? catalog[attempt.question]
      : undefined;
    if (!question) continue;
    for (const key of groupKeys(question, group)) {
      const g = groups.get(key) ?? { questions: new Set<string>(), attempts: 0, correct: 0 };
      g.questions.add(attempt.question);
      g.attempts += 1;
      if (attempt.correct) g.correct += 1;
      groups.set(key, g);
    }
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      questions: g.questions.size,
      attempts: g.attempts,
      correct: g.correct,
      rate: g.attempts === 0 ? 0 : g.correct / g.attempts,
    }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The newest things the learner did: lessons, questions answered, challenges run, drills. */
export function recentActivity(doc: Progress, limit: number): Activity[] {
  const items: Activity[] = [];
  for (const [id, entry] of Object.entries(doc.lessons)) {
    items.push({ kind: 'lesson', id, completed: entry.completed, at: entry.at });
  }
  for (const attempt of attemptsNewestFirst(doc).slice(0, limit)) {
    items.push({
      kind: 'attempt',
      question: attempt.question,
      correct: attempt.correct,
      at: attempt.at,
    });
  }
  for (const run of Object.values(doc.challenges)) {
    items.push({ kind: 'challenge', challenge: run.challenge, passed: run.passed, at: run.at });
  }
  for (const result of newestFirst(Object.values(doc.drills)).slice(0, limit)) {
    items.push({ kind: 'drill', skill: result.skill, correct: result.correct, at: result.at });
  }
  return newestFirst(items).slice(0, limit);
}

// The items sorted by time, newest first (in place).
function newestFirst<T extends { at: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

// The groups a question belongs to: its bank, its domain (if any), or each of its exams.
function groupKeys(
  question: CatalogQuestion,
  group: 'bank' | 'domain' | 'exam',
): readonly string[] {
  if (group === 'bank') return [question.bank];
  if (group === 'domain') return question.domain ? [question.domain] : [];
  return question.exams;
}
