import { describe, expect, it } from 'vitest';
import {
  accuracyPerDomain,
  domainsOf,
  guideDomains,
  tagInDomain,
  type GuideBlueprint,
  type GuideLesson,
  type GuideQuestion,
} from '~/lib/exam-guide-map';

const saa: GuideBlueprint = {
  id: 'saa-c03',
  domains: [
    {
      id: '1',
      title: 'Secure',
      weight: 30,
      topics: [
        { id: '1.1', title: 'Access' },
        { id: '1.2', title: 'Workloads' },
      ],
    },
    { id: '3', title: 'Fast', weight: 24, topics: [{ id: '3.4', title: 'Networks' }] },
  ],
};
const k8s: GuideBlueprint = {
  id: 'k8s',
  domains: [
    { id: 'cni', title: 'CNI', weight: 15 },
    { id: 'aws', title: 'AWS', weight: 15 },
  ],
};
const lessons: GuideLesson[] = [
  { id: 'aws/vpc', title: 'VPC', href: '/lessons/aws/vpc/', islands: ['VpcWalker', 'Aside'] },
  { id: 'aws/eks', title: 'EKS', href: '/lessons/aws/eks/', islands: ['EksSizing', 'VpcWalker'] },
];
const q = (id: string, topics: string[], lesson?: string, generated = false): GuideQuestion => ({
  id,
  topics,
  lesson,
  generated,
});
const questions = [
  q('a', ['saa-c03:1.2', 'k8s:aws'], 'aws/vpc#routes'),
  q('b', ['saa-c03:1.2'], 'aws/eks#max-pods'),
  q('c', ['saa-c03:3.4'], 'aws/vpc#peering', true),
  q('d', ['saa-c03:1.20'], 'aws/vpc#x'),
  q('e', ['k8s:cni'], 'nowhere/lesson#x'),
];
const titles = { VpcWalker: 'VPC packet walker', EksSizing: 'EKS node sizing' };

describe('exam guide mapping', () => {
  it('tells which domain a tag belongs to, without confusing 1 with 10 or 1.2 with 1.20', () => {
    expect(tagInDomain('saa-c03:1.2', 'saa-c03', '1')).toBe(true);
    expect(tagInDomain('saa-c03:1', 'saa-c03', '1')).toBe(true);
    expect(tagInDomain('saa-c03:10.1', 'saa-c03', '1')).toBe(false);
    expect(tagInDomain('ccna-200-301-v2:1.3', 'ccna-200-301', '1')).toBe(false);
    expect(tagInDomain('k8s:cni', 'k8s', 'cni')).toBe(true);
    expect(domainsOf(['saa-c03:3.4', 'saa-c03:1.1', 'k8s:aws'], saa)).toEqual(['1', '3']);
  });

  it('maps every topic to the lessons teaching its questions, their simulators and the counts', () => {
    const [secure, fast] = guideDomains(saa, questions, lessons, titles);
    expect(secure?.questions).toBe(3);
    expect(secure?.practiceKey).toBe('saa-c03:1');
    expect(secure?.topics.map((t) => [t.tag, t.written, t.generated])).toEqual([
      ['saa-c03:1.1', 0, 0],
      ['saa-c03:1.2', 2, 0],
    ]);
    const workloads = secure?.topics[1];
    expect(workloads?.lessons).toEqual([
      { title: 'VPC', href: '/lessons/aws/vpc/' },
      { title: 'EKS', href: '/lessons/aws/eks/' },
    ]);
    expect(workloads?.tools).toEqual([
      { title: 'VPC packet walker', href: '/lessons/aws/vpc/' },
      { title: 'EKS node sizing', href: '/lessons/aws/eks/' },
    ]);
    expect(secure?.topics[0]?.lessons).toEqual([]);
    expect(fast?.topics[0]).toMatchObject({ written: 0, generated: 1 });
  });

  it('treats a blueprint without topics as one topic per domain, and skips unknown lessons', () => {
    const [cni, aws] = guideDomains(k8s, questions, lessons, titles);
    expect(cni?.topics).toEqual([
      { id: 'cni', title: 'CNI', tag: 'k8s:cni', lessons: [], tools: [], written: 1, generated: 0 },
    ]);
    expect(aws?.topics[0]?.lessons).toEqual([{ title: 'VPC', href: '/lessons/aws/vpc/' }]);
  });

  it("computes the learner's accuracy per domain from attempts, counting retries", () => {
    const byQuestion = { a: ['1'], b: ['1'], c: ['3'], __proto__x: ['1'] };
    const rows = accuracyPerDomain(
      [
        { question: 'a', correct: true },
        { question: 'a', correct: false },
        { question: 'b', correct: true },
        { question: 'zzz', correct: true },
        { question: 'constructor', correct: true },
      ],
      byQuestion,
      ['1', '3'],
    );
    expect(rows).toEqual([
      { domain: '1', answered: 2, attempts: 3, correct: 2 },
      { domain: '3', answered: 0, attempts: 0, correct: 0 },
    ]);
  });
});
