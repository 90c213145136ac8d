import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  checkAnswer,
  generate,
  listGenerators,
  questionProblems,
  runGenerator,
  type SingleQuestion,
} from '~/quiz';
import { DNS_GENERATORS, registerDnsGenerators } from '~/quiz/generators/dns';
import { expectedCost, expectedFirst, expectedSrv } from './dns-oracle';

const SEEDS = Array.from({ length: 250 }, (_, i) => (i * 2654435761 + 7) >>> 0);
const byId = (id: string) => DNS_GENERATORS.find((g) => g.id === id) ?? expect.fail(`no ${id}`);
const make = (id: string, seed: number): SingleQuestion => {
  const question = runGenerator(byId(id), seed);
  return question.type === 'single' ? question : expect.fail('expected single');
};
const rightText = (q: SingleQuestion) => q.options.find((o) => o.correct)?.text;
const ORACLES: [string, (prompt: string) => string][] = [
  ['dns-query-cost', (p) => String(expectedCost(p))],
  ['dns-first-answer', expectedFirst],
  ['dns-srv-answer', expectedSrv],
];

describe.each(ORACLES)('%s generator', (id, oracle) => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const question = make(id, seed);
      expect(questionProblems(question)).toEqual([]);
      expect(make(id, seed)).toEqual(question);
      expect(checkAnswer(question, answerKey(question))).toBe(true);
      expect(question.options).toHaveLength(4);
      expect(new Set(question.options.map((o) => o.text)).size).toBe(4);
      expect(question.topics).toEqual(['k8s:services']);
    }
  });

  it('agrees with a hand-written resolver that reads only the question, over 250 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(id, seed);
      expect({ seed, answer: oracle(question.prompt) }).toEqual({
        seed,
        answer: rightText(question),
      });
    }
  });

  it('explains every option, the right one with "Right."', () => {
    for (const seed of SEEDS.slice(0, 80)) {
      for (const option of make(id, seed).options) {
        expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
        expect(option.explanation.length).toBeGreaterThan(40);
      }
    }
  });
});

describe('DNS generators', () => {
  it('vary their answers', () => {
    const answers = (id: string) => new Set(SEEDS.map((s) => rightText(make(id, s))));
    expect([...answers('dns-query-cost')].sort()).toEqual(['10', '12', '2', '8']);
    expect(answers('dns-first-answer').size).toBeGreaterThan(20);
    expect([...answers('dns-srv-answer')]).toContain('No SRV record (NXDOMAIN)');
    expect(answers('dns-srv-answer').size).toBeGreaterThan(10);
  });

  it('gives the classic case: api.example.com, ndots 5, three search domains → 8 queries', () => {
    const seed = SEEDS.find((s) => {
      const p = make('dns-query-cost', s).prompt;
      return (
        p.includes('curl https://api.example.com/') &&
        p.includes('ndots:5') &&
        !p.includes('ec2') &&
        !p.includes('corp.')
      );
    });
    expect(rightText(make('dns-query-cost', seed ?? expect.fail('no such seed')))).toBe('8');
  });

  it('links lesson headings that exist', () => {
    const lesson = readFileSync('content/lessons/services/dns.mdx', 'utf8');
    expect(make('dns-query-cost', 1).lesson).toBe('services/dns#the-cost-of-a-short-external-name');
    expect(make('dns-first-answer', 1).lesson).toBe('services/dns#how-a-pod-tries-names');
    expect(make('dns-srv-answer', 1).lesson).toBe('services/dns#records-for-services-and-pods');
    expect(lesson).toContain('\n## The cost of a short external name\n');
    expect(lesson).toContain('\n## How a pod tries names\n');
    expect(lesson).toContain('\n## Records for Services and pods\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerDnsGenerators();
    registerDnsGenerators();
    expect(listGenerators().filter((g) => g.id.startsWith('dns-'))).toHaveLength(3);
    expect(generate('dns-srv-answer', 3)).toEqual(make('dns-srv-answer', 3));
  });
});
