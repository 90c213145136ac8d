// The review page's question pool and the pure choices made from it: how many questions are
// due, Quick 10, the question of the day and the weakest topic. No ts-fsrs here: due dates are
// read from the stored schedules (progress.reviews), which review-actions.ts keeps up to date.
import type { CardQuestion } from '~/lib/card-question';
import { tagInDomain } from '~/lib/exam-guide-map';
import { randomFor, shuffled } from '~/quiz/random';
import type { Progress, Review } from '~/progress/schema';
import { accuracyBy, type CatalogQuestion } from '~/progress/stats';

/** A question as the review page receives it: the quiz card's fields plus where it comes from. */
export type PoolQuestion = CardQuestion & PoolOrigin;

/** Where a review question comes from. */
export interface PoolOrigin {
  /** The question bank (file name in content/questions/). */
  bank: string;
  /** Exam tags, for accuracy by exam. */
  exams: string[];
  /** The lesson page that quizzes this bank, or null when no lesson does. */
  lessonHref: string | null;
  /** The title of that lesson, or of the bank when no lesson quizzes it. */
  lessonTitle: string;
}

/** Every question the learner can review, built at build time (src/pages/review/pool.json.ts). */
export interface ReviewPool {
  questions: PoolQuestion[];
}

/** The number of questions in a Quick 10 session. */
export const QUICK_SIZE = 10;

/** The weakest topic, with the lesson that teaches it and the questions that practise it. */
export interface WeakTopic {
  domain: string;
  attempts: number;
  correct: number;
  lessonHref: string | null;
  lessonTitle: string;
  questionIds: string[];
}

type Reviews = Readonly<Record<string, Review | undefined>>;

/** Ids of the questions due at `now` among `known` ones, the most overdue first (ties by id). */
export function dueIds(reviews: Reviews, known: ReadonlySet<string>, now: Date): string[] {
  const at = now.getTime();
  return Object.entries(reviews)
    .flatMap(([id, r]) =>
      r && known.has(id) && Date.parse(r.due) <= at ? [{ id, due: Date.parse(r.due) }] : [],
    )
    .sort((a, b) => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ id }) => id);
}

/** When the next question not yet due falls due, as an ISO time, or null when none is waiting. */
export function nextDueAt(reviews: Reviews, known: ReadonlySet<string>, now: Date): string | null {
  let next: string | null = null;
  for (const [id, r] of Object.entries(reviews)) {
    if (!r || !known.has(id) || Date.parse(r.due) <= now.getTime()) continue;
    if (next === null || Date.parse(r.due) < Date.parse(next)) next = r.due;
  }
  return next;
}

/** Ids of every question the learner has answered at least once. */
export function answeredIds(doc: Progress): Set<string> {
  return new Set(Object.values(doc.attempts).map((a) => a.question));
}

/**
 * Quick 10: up to half due questions (most overdue first), the rest unseen ones in an order
 * fixed by the day; when either kind runs short the other fills in, then answered ones.
 */
export function quickTen(
  pool: ReviewPool,
  due: readonly string[],
  answered: ReadonlySet<string>,
  day: string,
): string[] {
  const ids = pool.questions.map((q) => q.id).sort();
  const unseen = shuffled(
    ids.filter((id) => !answered.has(id)),
    randomFor('quick-10', day),
  );
  const rest = shuffled(
    ids.filter((id) => answered.has(id) && !due.includes(id)),
    randomFor('quick-10-rest', day),
  );
  const half = Math.ceil(QUICK_SIZE / 2);
  const firstDue = due.slice(0, Math.max(half, QUICK_SIZE - unseen.length));
  const chosen = [...firstDue, ...unseen.slice(0, QUICK_SIZE - firstDue.length)];
  const more = [...due.slice(firstDue.length), ...rest];
  return [...chosen, ...more.slice(0, QUICK_SIZE - chosen.length)];
}

/** The question of the day: the same one all day, for every learner, picked from the date. */
export function questionOfTheDay(pool: ReviewPool, day: string): string | null {
  const ids = pool.questions.map((q) => q.id).sort();
  if (ids.length === 0) return null;
  return shuffled(ids, randomFor('question-of-the-day', day))[0] ?? null;
}

/** The exam domain with the lowest share of right answers (ties: more answers, then name). */
export function weakestTopic(pool: ReviewPool, doc: Progress): WeakTopic | null {
  const catalog: Record<string, CatalogQuestion> = {};
  for (const q of pool.questions) {
    catalog[q.id] = { bank: q.bank, domain: q.domain ?? null, exams: q.exams };
  }
  const [weakest] = accuracyBy(doc, catalog, 'domain').sort(
    (a, b) => a.rate - b.rate || b.attempts - a.attempts || a.key.localeCompare(b.key),
  );
  if (!weakest) return null;
  const questions = pool.questions.filter((q) => q.domain === weakest.key);
  const teacher = mostCommonLesson(questions);
  return {
    domain: weakest.key,
    attempts: weakest.attempts,
    correct: weakest.correct,
    lessonHref: teacher?.lessonHref ?? null,
    lessonTitle: teacher?.lessonTitle ?? weakest.key,
    questionIds: questions.map((q) => q.id),
  };
}

// The question whose lesson quizzes most of the given questions (the lesson teaching them).
function mostCommonLesson(questions: readonly PoolQuestion[]): PoolQuestion | undefined {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.bank, (counts.get(q.bank) ?? 0) + 1);
  const [bank] =
    [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  return questions.find((q) => q.bank === bank);
}

/** A practice session on one topic: its due questions first, then the others, at most ten. */
export function topicSession(
  topic: { questionIds: readonly string[] },
  due: readonly string[],
): string[] {
  const inTopic = new Set(topic.questionIds);
  const first = due.filter((id) => inTopic.has(id));
  const others = topic.questionIds.filter((id) => !first.includes(id));
  return [...first, ...others].slice(0, QUICK_SIZE);
}

/**
 * The hash that asks the review page for practice on one domain, one bank's questions, or one
 * official exam domain (`exam`, key `<exam>:<domain>` as in `saa-c03:1`, with the domain's name
 * for the session's title).
 */
export function practiceHash(kind: PracticeKind, key: string, name?: string): string {
  const title = name === undefined ? '' : `&name=${encodeURIComponent(name)}`;
  return `#practise=${encodeURIComponent(`${kind}:${key}`)}${title}`;
}

/** What a practice session may be about: a bank's own domain name, a bank, or an exam domain. */
export type PracticeKind = 'domain' | 'bank' | 'exam';

/** The longest session title an address may set (a longer one is cut). */
const MAX_TITLE = 80;

/**
 * The practice session an address asks for (`#practise=domain:<name>`, `#practise=bank:<id>` or
 * `#practise=exam:<exam>:<domain>&name=<title>`, as practiceHash writes them): its title and
 * questions, due ones first; null when the address asks for none or names a topic with no
 * questions (a stale or hand-made link).
 */
export function practiceFromHash(
  hash: string,
  pool: ReviewPool,
  due: readonly string[],
): { title: string; ids: string[] } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get('practise') ?? '';
  const split = value.indexOf(':');
  const [kind, key] = [value.slice(0, split), value.slice(split + 1)];
  const questions = pool.questions.filter((q) => inPractice(q, kind, key));
  if (split < 0 || questions.length === 0) return null;
  const named = (params.get('name') ?? '').trim().slice(0, MAX_TITLE);
  const name =
    kind === 'bank'
      ? (mostCommonLesson(questions)?.lessonTitle ?? key)
      : kind === 'exam' && named !== ''
        ? named
        : key;
  return {
    title: `Practise: ${name}`,
    ids: topicSession({ questionIds: questions.map((q) => q.id) }, due),
  };
}

// Whether a question belongs to the practice session a hash names.
function inPractice(q: PoolQuestion, kind: string, key: string): boolean {
  if (kind === 'domain') return q.domain === key;
  if (kind === 'bank') return q.bank === key;
  if (kind !== 'exam') return false;
  const split = key.indexOf(':');
  if (split < 0) return false;
  return q.topics.some((tag) => tagInDomain(tag, key.slice(0, split), key.slice(split + 1)));
}

/** Whether some answer is not yet in its question's schedule (so the scheduler must run). */
export function hasUnscheduledAnswers(doc: Progress): boolean {
  return Object.values(doc.attempts).some((a) => {
    const since = doc.reviews[a.question]?.at;
    return since === undefined || a.at > since;
  });
}
