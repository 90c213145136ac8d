import { describe, expect, it } from 'vitest';
import { assemblePaper, ccnaBlueprint, primaryDomain, saaBlueprint, type Question } from '~/quiz';
import { SUBNET_GENERATORS } from '~/quiz/generators/subnet';
import { matching, ordering, saaPool, single } from './fixtures';

const pool = saaPool(300);
const ids = (questions: readonly { question: Question }[]) => questions.map((q) => q.question.id);

describe('assemblePaper', () => {
  it('draws 65 questions by domain weight, never one twice', () => {
    const paper = assemblePaper({ blueprint: saaBlueprint(), pool, seed: 'SAA-7F3K2' });
    expect(paper.questions).toHaveLength(65);
    expect(new Set(ids(paper.questions)).size).toBe(65);
    expect(paper.shortfalls).toEqual([]);
    const perDomain = Object.groupBy(paper.questions, (q) => q.domain);
    expect(Object.fromEntries(Object.entries(perDomain).map(([d, qs]) => [d, qs?.length]))).toEqual(
      { 1: 19, 2: 17, 3: 16, 4: 13 },
    );
    for (const { question, domain } of paper.questions)
      expect(primaryDomain(question.topics, 'saa-c03')).toBe(domain);
  });

  it('gives the same paper for the same code, however it is typed', () => {
    const a = assemblePaper({ blueprint: saaBlueprint(), pool, seed: 'SAA-7F3K2' });
    const b = assemblePaper({ blueprint: saaBlueprint(), pool, seed: ' saa-7f3k2 ' });
    expect(b).toEqual(a);
    expect(a.seed).toBe('SAA-7F3K2');
  });

  it('gives different papers for different codes', () => {
    const a = ids(assemblePaper({ blueprint: saaBlueprint(), pool, seed: 'SAA-7F3K2' }).questions);
    const b = ids(assemblePaper({ blueprint: saaBlueprint(), pool, seed: 'SAA-7F3K3' }).questions);
    expect(b).not.toEqual(a);
    expect(new Set(b)).not.toEqual(new Set(a));
  });

  it('shuffles options but keeps their ids and keys', () => {
    const paper = assemblePaper({ blueprint: saaBlueprint(), pool, seed: 'SAA-00001' });
    const orders = new Set<string>();
    for (const { question } of paper.questions) {
      if (question.type !== 'single' && question.type !== 'multiple')
        throw new Error('unexpected type');
      const ids = question.options.map((o) => o.id);
      orders.add(ids.join(''));
      expect([...ids].sort()).toEqual(
        question.type === 'single' ? ['a', 'b', 'c', 'd'] : ['a', 'b', 'c', 'd', 'e'],
      );
      expect(
        question.options
          .filter((o) => o.correct)
          .map((o) => o.id)
          .sort(),
      ).toEqual(question.type === 'single' ? ['b'] : ['a', 'c']);
    }
    expect(orders.size).toBeGreaterThan(10);
  });

  it('reports a short domain honestly instead of failing', () => {
    const small = [
      single('only-one', ['saa-c03:2.1']),
      ...saaPool(300).filter((q) => !q.topics[0]?.startsWith('saa-c03:2')),
    ];
    const paper = assemblePaper({ blueprint: saaBlueprint(), pool: small, seed: 'X' });
    expect(paper.shortfalls).toEqual([{ domain: '2', wanted: 17, got: 1 }]);
    expect(paper.questions).toHaveLength(49);
  });

  it('leaves out types the exam does not use and untagged questions', () => {
    const mixed = [
      { ...ordering, topics: ['saa-c03:1.1'] },
      { ...matching, topics: ['saa-c03:1.1'] },
      single('ccna-only', ['ccna-200-301:1.6']),
      single('duplicate', ['saa-c03:1.1']),
      single('duplicate', ['saa-c03:1.1']),
    ];
    const paper = assemblePaper({ blueprint: saaBlueprint(), pool: mixed, seed: 'X' });
    expect(ids(paper.questions)).toEqual(['duplicate']);
  });

  it('fills a short CCNA domain from generators that cover it', () => {
    const paper = assemblePaper({
      blueprint: ccnaBlueprint('v1.1'),
      pool: [],
      seed: 'CCNA-1',
      generators: SUBNET_GENERATORS,
    });
    const domainOne = paper.questions.filter((q) => q.domain === '1');
    expect(domainOne).toHaveLength(20);
    expect(new Set(ids(domainOne)).size).toBe(20);
    expect(domainOne.every((q) => q.question.generated !== undefined)).toBe(true);
    expect(paper.shortfalls.map((s) => s.domain)).toEqual(['2', '3', '4', '5', '6']);
    const again = assemblePaper({
      blueprint: ccnaBlueprint('v1.1'),
      pool: [],
      seed: 'CCNA-1',
      generators: SUBNET_GENERATORS,
    });
    expect(again).toEqual(paper);
  });
});
