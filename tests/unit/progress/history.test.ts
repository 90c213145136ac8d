import { describe, expect, it } from 'vitest';
import { examHistory, percentOf, weakestTopics } from '~/progress/history';
import type { Attempt, ExamRun } from '~/progress/schema';
import type { CatalogQuestion } from '~/progress/stats';
import { docWith, iso } from './helpers';

// A finished paper with the given points and per-domain points.
function run(
  exam: string,
  minute: number,
  points: number,
  domains: [string, number, number][],
  extra: Partial<ExamRun> = {},
): ExamRun {
  return {
    exam,
    code: 'X-1',
    mode: 'exam',
    questions: 10,
    answered: 10,
    correct: points,
    points,
    maxPoints: 10,
    ms: 1000,
    timedOut: false,
    domains: domains.map(([id, p, max]) => ({ id, points: p, maxPoints: max })),
    at: iso(minute),
    ...extra,
  };
}

describe('percentOf', () => {
  it('rounds to a whole percentage and gives 0 when there was nothing to earn', () => {
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBe(0);
    expect(percentOf(10, 10)).toBe(100);
  });
});

describe('examHistory', () => {
  it('is empty when no paper was taken', () => {
    expect(examHistory(docWith({}))).toEqual([]);
  });

  it('groups papers by kind in the given order, runs oldest first, with latest and best per domain', () => {
    const doc = docWith({
      exams: {
        runaaa3: run('saa-c03', 30, 9, [
          ['resilient', 5, 5],
          ['secure', 4, 5],
        ]),
        runaaa1: run('saa-c03', 10, 5, [
          ['secure', 5, 5],
          ['resilient', 0, 5],
          ['cost', 0, 0],
        ]),
        runaaa2: run('k8s-policy', 20, 4, [['policy', 4, 10]], { mode: 'practice' }),
        runaaa4: run('zzz-old', 5, 1, []),
      },
    });
    const history = examHistory(doc, ['saa-c03', 'ccna-v1.1', 'k8s-policy']);
    expect(history.map((h) => h.exam)).toEqual(['saa-c03', 'k8s-policy', 'zzz-old']);
    const [saa, k8s] = history;
    expect(saa?.runs.map((r) => [r.at, r.percent])).toEqual([
      [iso(10), 50],
      [iso(30), 90],
    ]);
    expect(saa?.domains).toEqual([
      { id: 'resilient', latest: 100, best: 100 },
      { id: 'secure', latest: 80, best: 100 },
    ]);
    expect(k8s?.runs).toEqual([
      {
        at: iso(20),
        mode: 'practice',
        percent: 40,
        points: 4,
        maxPoints: 10,
        scaled: undefined,
        timedOut: false,
      },
    ]);
  });
});

describe('weakestTopics', () => {
  const catalog: Record<string, CatalogQuestion> = {
    p1: { bank: 'policy-basics', domain: 'Network policy', exams: ['k8s'] },
    p2: { bank: 'policy-basics', domain: 'Network policy', exams: ['k8s'] },
    p3: { bank: 'policy-egress', domain: 'Network policy', exams: ['k8s'] },
    s1: { bank: 'subnetting', domain: 'IPv4 subnetting', exams: ['ccna'] },
    n1: { bank: 'vpc-nacl', domain: null, exams: ['saa-c03'] },
  };
  let n = 0;
  // An answer to a question, from any source.
  const answer = (
    question: string,
    correct: boolean,
    source: Attempt['source'],
  ): [string, Attempt] => {
    n += 1;
    return [`attempt${n}`, { question, selected: ['a'], correct, source, at: iso(n) }];
  };
  const doc = docWith({
    attempts: Object.fromEntries([
      answer('p1', false, 'quiz'),
      answer('p1', true, 'exam'),
      answer('p2', false, 'review'),
      answer('p3', true, 'quiz'),
      answer('s1', false, 'quiz'),
      answer('s1', false, 'quiz'),
      answer('s1', true, 'exam'),
      answer('n1', false, 'quiz'),
      answer('n1', false, 'quiz'),
      answer('n1', true, 'quiz'),
      answer('n1', true, 'quiz'),
      answer('gone', false, 'quiz'),
    ]),
  });

  it('ranks domains (and banks for questions without one) by accuracy over every source', () => {
    expect(weakestTopics(doc, catalog)).toEqual([
      {
        kind: 'domain',
        key: 'IPv4 subnetting',
        attempts: 3,
        correct: 1,
        rate: 1 / 3,
        bank: 'subnetting',
      },
      {
        kind: 'domain',
        key: 'Network policy',
        attempts: 4,
        correct: 2,
        rate: 0.5,
        bank: 'policy-basics',
      },
      { kind: 'bank', key: 'vpc-nacl', attempts: 4, correct: 2, rate: 0.5, bank: 'vpc-nacl' },
    ]);
  });

  it('leaves out groups with too few answers or no wrong answer, and keeps to the limit', () => {
    expect(weakestTopics(doc, catalog, { minAnswers: 4 }).map((s) => s.key)).toEqual([
      'Network policy',
      'vpc-nacl',
    ]);
    expect(weakestTopics(doc, catalog, { limit: 1 }).map((s) => s.key)).toEqual([
      'IPv4 subnetting',
    ]);
    const allRight = docWith({
      attempts: Object.fromEntries([1, 2, 3].map(() => answer('s1', true, 'quiz'))),
    });
    expect(weakestTopics(allRight, catalog)).toEqual([]);
  });
});
