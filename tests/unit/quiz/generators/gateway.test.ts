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
import { GATEWAY_GENERATORS, registerGatewayGenerators } from '~/quiz/generators/gateway';
import { expectedGatewayAnswer } from './gateway-oracle';

const SEEDS = Array.from({ length: 300 }, (_, i) => (i * 2654435761 + 11) >>> 0);
const generator = GATEWAY_GENERATORS[0] ?? expect.fail('no generator');
const make = (seed: number): SingleQuestion => {
  const question = runGenerator(generator, seed);
  return question.type === 'single' ? question : expect.fail('expected single');
};
const rightText = (q: SingleQuestion) => q.options.find((o) => o.correct)?.text;

describe('gateway-backend generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const question = make(seed);
      expect(questionProblems(question)).toEqual([]);
      expect(make(seed)).toEqual(question);
      expect(checkAnswer(question, answerKey(question))).toBe(true);
      expect(question.options).toHaveLength(4);
      expect(new Set(question.options.map((o) => o.text)).size).toBe(4);
      expect(question.topics).toEqual(['k8s:ingress']);
    }
  });

  it('agrees with a hand-written router over 300 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      expect({ seed, answer: expectedGatewayAnswer(question.prompt) }).toEqual({
        seed,
        answer: rightText(question),
      });
    }
  });

  it('comes up with Services, 404s and 500s', () => {
    const answers = SEEDS.map((seed) => rightText(make(seed)) ?? '');
    const services = answers.filter((a) => a.startsWith('Service '));
    expect(new Set(services).size).toBeGreaterThanOrEqual(10);
    expect(answers.filter((a) => a.startsWith('404')).length).toBeGreaterThanOrEqual(10);
    expect(answers.filter((a) => a.startsWith('500')).length).toBeGreaterThanOrEqual(5);
    expect(services.length).toBeGreaterThan(answers.length / 2);
  });

  it('explains every option, the right one first with "Right."', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      for (const option of make(seed).options) {
        expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
        expect(option.explanation.length).toBeGreaterThan(30);
      }
    }
  });

  it('links a lesson heading that exists', () => {
    const lesson = readFileSync('content/lessons/services/ingress-gateway-api.mdx', 'utf8');
    expect(make(1).lesson).toBe('services/ingress-gateway-api#what-the-gateway-api-adds');
    expect(lesson).toContain('\n## What the Gateway API adds\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerGatewayGenerators();
    registerGatewayGenerators();
    expect(listGenerators().filter((g) => g.id === 'gateway-backend')).toHaveLength(1);
    expect(generate('gateway-backend', 3)).toEqual(make(3));
  });
});
