import { describe, expect, it } from 'vitest';
import {
  answeredIds,
  dueIds,
  hasUnscheduledAnswers,
  nextDueAt,
  questionOfTheDay,
  quickTen,
  practiceFromHash,
  practiceHash,
  topicSession,
  weakestTopic,
  type PoolQuestion,
  type ReviewPool,
} from '~/lib/review-pool';
import type { Attempt, Review } from '~/progress/schema';
import { at, docWith, iso } from '../progress/helpers';

// A pool question with the fields the choices read.
function question(id: string, domain: string, bank = 'bank-a'): PoolQuestion {
  return {
    id,
    type: 'single',
    prompt: `Prompt of ${id}`,
    options: [],
    domain,
    references: [],
    topics: [],
    bank,
    exams: ['k8s'],
    lessonHref: `/lessons/${bank}/`,
    lessonTitle: `Lesson ${bank}`,
  };
}
const ids = Array.from({ length: 14 }, (_, i) => `q-${String(i).padStart(2, '0')}`);
const pool: ReviewPool = { questions: ids.map((id) => question(id, 'Domain')) };
const review = (dueMinute: number): Review => ({
  due: iso(dueMinute),
  stability: 1,
  difficulty: 5,
  reps: 1,
  lapses: 0,
  state: 'review',
  at: iso(0),
});
const attempt = (q: string, correct: boolean, minute: number): Attempt => ({
  question: q,
  selected: ['a'],
  correct,
  source: 'quiz',
  at: iso(minute),
});

describe('due questions', () => {
  const reviews = { 'q-01': review(30), 'q-02': review(10), 'q-03': review(50), gone: review(5) };
  const known = new Set(ids);

  it('lists the due ones of the pool, most overdue first', () => {
    expect(dueIds(reviews, known, at(40))).toEqual(['q-02', 'q-01']);
    expect(dueIds(reviews, known, at(0))).toEqual([]);
  });

  it('says when the next one falls due, or null when nothing waits', () => {
    expect(nextDueAt(reviews, known, at(0))).toBe(iso(10));
    expect(nextDueAt(reviews, known, at(40))).toBe(iso(50));
    expect(nextDueAt(reviews, known, at(60))).toBeNull();
  });
});

describe('quickTen', () => {
  it('mixes up to five due questions with unseen ones, ten in all, no repeats', () => {
    const due = ['q-00', 'q-01', 'q-02', 'q-03', 'q-04', 'q-05', 'q-06'];
    const answered = new Set([...due, 'q-07']);
    const chosen = quickTen(pool, due, answered, '2026-11-20');
    expect(chosen).toHaveLength(10);
    expect(new Set(chosen).size).toBe(10);
    expect(chosen.slice(0, 5)).toEqual(due.slice(0, 5));
    expect(chosen.slice(5).every((id) => !answered.has(id))).toBe(true);
    expect(chosen.filter((id) => !answered.has(id))).toHaveLength(5);
  });

  it('fills with more due questions when few are unseen', () => {
    const due = ids.slice(0, 12);
    const chosen = quickTen(pool, due, new Set(ids.slice(0, 13)), '2026-11-20');
    expect(chosen.slice(0, 9)).toEqual(due.slice(0, 9));
    expect(chosen).toContain('q-13');
    expect(chosen).toHaveLength(10);
  });

  it('is the same all day', () => {
    expect(quickTen(pool, [], new Set(), '2026-11-20')).toEqual(
      quickTen(pool, [], new Set(), '2026-11-20'),
    );
  });
});

describe('questionOfTheDay', () => {
  it('picks one question from the date, the same all day', () => {
    const today = questionOfTheDay(pool, '2026-11-20');
    expect(ids).toContain(today);
    expect(questionOfTheDay(pool, '2026-11-20')).toBe(today);
    const week = ['21', '22', '23', '24', '25', '26'].map((d) =>
      questionOfTheDay(pool, `2026-11-${d}`),
    );
    expect(new Set([today, ...week]).size).toBeGreaterThan(1);
    expect(questionOfTheDay({ questions: [] }, '2026-11-20')).toBeNull();
  });
});

describe('weakestTopic', () => {
  const mixed: ReviewPool = {
    questions: [
      question('a-1', 'Addressing', 'ip'),
      question('a-2', 'Addressing', 'ip'),
      question('p-1', 'Policies', 'netpol'),
    ],
  };

  it('names the domain with the lowest accuracy and the lesson that quizzes it', () => {
    const doc = docWith({
      attempts: {
        aaaaaa1: attempt('a-1', true, 1),
        aaaaaa2: attempt('p-1', false, 2),
        aaaaaa3: attempt('p-1', true, 3),
      },
    });
    expect(weakestTopic(mixed, doc)).toEqual({
      domain: 'Policies',
      attempts: 2,
      correct: 1,
      lessonHref: '/lessons/netpol/',
      lessonTitle: 'Lesson netpol',
      questionIds: ['p-1'],
    });
    expect(answeredIds(doc)).toEqual(new Set(['a-1', 'p-1']));
  });

  it('is null before any answer, and a topic session puts due questions first', () => {
    expect(weakestTopic(mixed, docWith({}))).toBeNull();
    const topic = weakestTopic(mixed, docWith({ attempts: { aaaaaa1: attempt('a-1', false, 1) } }));
    expect(topic?.domain).toBe('Addressing');
    expect(topic && topicSession(topic, ['a-2'])).toEqual(['a-2', 'a-1']);
  });
});

describe('hasUnscheduledAnswers', () => {
  it('is true while an answer is newer than its schedule', () => {
    const attempts = { aaaaaa1: attempt('q-01', true, 20) };
    expect(hasUnscheduledAnswers(docWith({}))).toBe(false);
    expect(hasUnscheduledAnswers(docWith({ attempts }))).toBe(true);
    expect(hasUnscheduledAnswers(docWith({ attempts, reviews: { 'q-01': review(30) } }))).toBe(
      true,
    );
    const synced = { ...review(30), at: iso(20) };
    expect(hasUnscheduledAnswers(docWith({ attempts, reviews: { 'q-01': synced } }))).toBe(false);
  });
});

describe('practiceFromHash', () => {
  const pool: ReviewPool = {
    questions: [
      question('d-1', 'DNS'),
      question('d-2', 'DNS'),
      question('v-1', 'VPC', 'bank-v'),
      question('v-2', 'VPC', 'bank-v'),
    ],
  };

  it('starts practice on the domain or bank a link names, due questions first', () => {
    expect(practiceFromHash(practiceHash('domain', 'DNS'), pool, ['d-2'])).toEqual({
      title: 'Practise: DNS',
      ids: ['d-2', 'd-1'],
    });
    expect(practiceFromHash(practiceHash('bank', 'bank-v'), pool, [])?.ids).toEqual(['v-1', 'v-2']);
    expect(practiceHash('domain', 'IPv4 & IPv6: a/b')).toBe(
      '#practise=domain%3AIPv4%20%26%20IPv6%3A%20a%2Fb',
    );
  });

  it('starts practice on an official exam domain: every question tagged with one of its topics', () => {
    const tagged = (id: string, topics: string[]): PoolQuestion => ({
      ...question(id, 'Any'),
      topics,
    });
    const exams: ReviewPool = {
      questions: [
        tagged('s-12', ['saa-c03:1.2']),
        tagged('s-1', ['saa-c03:1']),
        tagged('s-31', ['saa-c03:3.1', 'k8s:aws']),
        tagged('s-10', ['saa-c03:10.1']),
        tagged('k-1', ['k8s:cni']),
      ],
    };
    const hash = practiceHash('exam', 'saa-c03:1', 'Secure architectures');
    expect(hash).toBe('#practise=exam%3Asaa-c03%3A1&name=Secure%20architectures');
    expect(practiceFromHash(hash, exams, ['s-1'])).toEqual({
      title: 'Practise: Secure architectures',
      ids: ['s-1', 's-12'],
    });
    expect(practiceFromHash(practiceHash('exam', 'k8s:cni'), exams, [])).toEqual({
      title: 'Practise: k8s:cni',
      ids: ['k-1'],
    });
    const long = practiceFromHash(practiceHash('exam', 'k8s:aws', 'x'.repeat(500)), exams, []);
    expect(long?.title).toBe(`Practise: ${'x'.repeat(80)}`);
    expect(practiceFromHash('#practise=exam:saa-c03:9', exams, [])).toBeNull();
    expect(practiceFromHash('#practise=exam:saa-c03', exams, [])).toBeNull();
  });

  it('ignores an address that asks for nothing, for an unknown topic or in a hostile shape', () => {
    for (const hash of [
      '',
      '#',
      '#practise=',
      '#practise=DNS',
      '#practise=domain:Nope',
      '#practise=exam:DNS',
      '#practise=%E0%A4%A',
      '#practise=domain:__proto__',
    ]) {
      expect(practiceFromHash(hash, pool, []), hash).toBeNull();
    }
  });
});
