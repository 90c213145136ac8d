import { describe, expect, it } from 'vitest';
import { accuracyBy, recentActivity, type CatalogQuestion } from '~/progress/stats';
import { docWith, iso } from './helpers';

const catalog: Record<string, CatalogQuestion> = {
  q1: { bank: 'network-model', domain: 'Pod networking', exams: ['k8s'] },
  q2: { bank: 'network-model', domain: null, exams: ['k8s', 'ccna'] },
};
const doc = docWith({
  lessons: { 'm/a': { completed: true, at: iso(5) } },
  attempts: {
    aaaaaa1: { question: 'q1', selected: ['a'], correct: true, source: 'quiz', at: iso(1) },
    aaaaaa2: { question: 'q1', selected: ['b'], correct: false, source: 'quiz', at: iso(2) },
    aaaaaa3: { question: 'q2', selected: ['a'], correct: true, source: 'exam', at: iso(3) },
    aaaaaa4: { question: 'gone', selected: ['a'], correct: true, source: 'quiz', at: iso(4) },
  },
});

describe('accuracyBy', () => {
  it('groups attempts by bank, domain and exam, skipping questions no longer in the course', () => {
    expect(accuracyBy(doc, catalog, 'bank')).toEqual([
      { key: 'network-model', questions: 2, attempts: 3, correct: 2, rate: 2 / 3 },
    ]);
    expect(accuracyBy(doc, catalog, 'domain')).toEqual([
      { key: 'Pod networking', questions: 1, attempts: 2, correct: 1, rate: 0.5 },
    ]);
    expect(accuracyBy(doc, catalog, 'exam').map((a) => [a.key, a.attempts])).toEqual([
      ['ccna', 1],
      ['k8s', 3],
    ]);
  });
});

describe('recentActivity', () => {
  it('lists the newest events first', () => {
    expect(recentActivity(doc, 3)).toEqual([
      { kind: 'lesson', id: 'm/a', completed: true, at: iso(5) },
      { kind: 'attempt', question: 'gone', correct: true, at: iso(4) },
      { kind: 'attempt', question: 'q2', correct: true, at: iso(3) },
    ]);
  });
});
