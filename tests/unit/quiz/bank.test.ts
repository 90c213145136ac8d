import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  assemblePaper,
  k8sCheckpointBlueprint,
  questionFromBank,
  questionProblems,
  type BankQuestion,
} from '~/quiz';
import { option } from './fixtures';

const bankQuestion = (type: 'single' | 'multiple', correct: string[]): BankQuestion => ({
  id: 'bank-q',
  type,
  prompt: 'Which?',
  options: ['a', 'b', 'c', 'd'].map((id) => option(id, correct.includes(id))),
  references: [],
});

describe('questionFromBank', () => {
  it('asks a multiple-response question for as many as are right', () => {
    const q = questionFromBank(
      { ...bankQuestion('multiple', ['a', 'c']), topics: ['k8s:policy'] },
      'policy/network-policies#x',
    );
    expect(q).toMatchObject({
      type: 'multiple',
      choose: 2,
      topics: ['k8s:policy'],
      lesson: 'policy/network-policies#x',
    });
    expect(questionFromBank(bankQuestion('single', ['b']))).toMatchObject({
      type: 'single',
      topics: [],
    });
  });

  it('turns the course’s real banks into sound questions and checkpoints', () => {
    const dir = 'content/questions';
    const questions = readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .flatMap(
        (file) =>
          (load(readFileSync(`${dir}/${file}`, 'utf8')) as { questions: BankQuestion[] }).questions,
      )
      .map((q) => questionFromBank({ ...q, references: q.references ?? [] }));
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) expect(questionProblems(q)).toEqual([]);
    for (const module of ['foundations', 'addressing', 'policy', 'aws']) {
      const paper = assemblePaper({
        blueprint: k8sCheckpointBlueprint({ module }),
        pool: questions,
        seed: `K8S-${module}`,
      });
      const got =
        paper.questions.length + paper.shortfalls.reduce((sum, s) => sum + s.wanted - s.got, 0);
      expect(got).toBe(10);
      expect(new Set(paper.questions.map((q) => q.question.id)).size).toBe(paper.questions.length);
    }
  });
});
