import { describe, expect, it } from 'vitest';
import { answerKey, ccnaBlueprint, saaBlueprint, scorePaper, type Paper } from '~/quiz';
import { multiple, scenario, single } from './fixtures';

const paper: Paper = {
  blueprint: saaBlueprint(),
  seed: 'T',
  shortfalls: [],
  questions: [
    { question: single('q1', ['saa-c03:1.2', 'ccna-200-301:1.6']), domain: '1' },
    { question: multiple('q2', ['saa-c03:1.2']), domain: '1' },
    { question: single('q3', ['saa-c03:3.4', 'saa-c03:1.2']), domain: '3' },
    { question: single('q4', ['saa-c03:4.4']), domain: '4' },
  ],
};

const right = { kind: 'choice' as const, selected: ['b'] };

describe('scorePaper', () => {
  const result = scorePaper(paper, {
    q1: { answer: right, ms: 30_000 },
    q2: { answer: { kind: 'choice', selected: ['a'] }, ms: 50_000 },
    q3: { answer: right },
  });

  it('scores each question with its time', () => {
    expect(result.questions.map((q) => [q.id, q.answered, q.correct, q.ms])).toEqual([
      ['q1', true, true, 30_000],
      ['q2', true, false, 50_000],
      ['q3', true, true, undefined],
      ['q4', false, false, undefined],
    ]);
    expect(result.questions[0]?.topics).toEqual(['saa-c03:1.2']);
  });

  it('adds up per domain, per topic and in total', () => {
    expect(result.domains.map((d) => [d.id, d.correct, d.questions, d.percent])).toEqual([
      ['1', 1, 2, 50],
      ['2', 0, 0, 0],
      ['3', 1, 1, 100],
      ['4', 0, 1, 0],
    ]);
    expect(result.topics.map((t) => [t.id, t.correct, t.questions])).toEqual([
      ['saa-c03:1.2', 2, 3],
      ['saa-c03:3.4', 1, 1],
      ['saa-c03:4.4', 0, 1],
    ]);
    expect(result.total).toMatchObject({
      correct: 2,
      questions: 4,
      answered: 3,
      points: 2,
      maxPoints: 4,
      percent: 50,
      ms: 80_000,
    });
  });

  it('gives SAA-C03 papers Podnet’s scaled score', () => {
    expect(result.scaled).toEqual({ score: 530, passMark: 720, passed: false });
  });

  it('gives CCNA papers percentages only, with the explanation', () => {
    const ccna: Paper = {
      blueprint: ccnaBlueprint('v1.1'),
      seed: 'C',
      shortfalls: [],
      questions: [{ question: { ...scenario, topics: ['ccna-200-301:1.6'] }, domain: '1' }],
    };
    const scored = scorePaper(ccna, { 'scenario-q': { answer: answerKey(scenario) } });
    expect(scored.scaled).toBeUndefined();
    expect(scored.explanation).toMatch(/Cisco does not publish/);
    expect(scored.domains[0]).toMatchObject({ id: '1', points: 2, maxPoints: 2, percent: 100 });
  });
});
