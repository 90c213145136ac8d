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
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { INGRESS_GENERATORS, registerIngressGenerators } from '~/quiz/generators/ingress';
import { ingressScenario } from '~/quiz/generators/ingress-scenario';
import { expectedAnswer, expectedWildcardAnswer, ingressFromPrompt } from './ingress-oracle';

const SEEDS = spreadSeeds(300, 11);
const make = singleMaker(INGRESS_GENERATORS[0]);

describe('ingress-which-backend generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    expectSoundSingles(make, SEEDS.slice(0, 60), ['k8s:ingress']);
  });

  it('agrees with a hand-written router over 300 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      expect({ seed, answer: expectedAnswer(question.prompt) }).toEqual({
        seed,
        answer: rightText(question),
      });
    }
  });

  it('shows the Ingress and request the key was computed from', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const scenario = ingressScenario(seed);
      const shown = ingressFromPrompt(make(seed).prompt);
      expect(shown.ingress).toEqual(scenario.ingress);
      expect([shown.host, shown.path]).toEqual([scenario.request.host, scenario.request.path]);
    }
  });

  it('comes up with every kind of answer', () => {
    const answers = SEEDS.map((seed) => rightText(make(seed)) ?? '');
    expect(answers).toContain('No backend: the controller answers 404 Not Found itself');
    expect(answers.some((a) => a.endsWith('(the default backend)'))).toBe(true);
    const kinds = new Set(SEEDS.map((seed) => ingressScenario(seed).result?.path ?? 'none'));
    expect(kinds.size).toBeGreaterThanOrEqual(5);
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
    expect(make(1).lesson).toBe('services/ingress-gateway-api#path-types-and-precedence');
    expect(lesson).toContain('\n## Path types and precedence\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerIngressGenerators();
    registerIngressGenerators();
    expect(listGenerators().filter((g) => g.id.startsWith('ingress-'))).toHaveLength(2);
    expect(generate('ingress-which-backend', 7).id).toBe('ingress-which-backend-7');
  });
});

describe('ingress-wildcard-vs-gateway generator', () => {
  const wildcard = INGRESS_GENERATORS[1] ?? expect.fail('no second generator');
  const makeW = (seed: number): SingleQuestion => {
    const question = runGenerator(wildcard, seed);
    return question.type === 'single' ? question : expect.fail('expected single');
  };

  it('makes sound questions with four fixed answers, the same for the same seed', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const question = makeW(seed);
      expect(questionProblems(question)).toEqual([]);
      expect(makeW(seed)).toEqual(question);
      expect(checkAnswer(question, answerKey(question))).toBe(true);
      expect(question.options.map((o) => o.text).sort()).toEqual([
        'Both the Ingress rule and the HTTPRoute',
        'Neither',
        'Only the HTTPRoute',
        'Only the Ingress rule',
      ]);
    }
  });

  it('agrees with regular expressions for each API over 300 seeds, and uses three answers', () => {
    const answers = new Set<string>();
    for (const seed of SEEDS) {
      const question = makeW(seed);
      const answer = rightText(question) ?? '';
      answers.add(answer);
      expect({ seed, answer: expectedWildcardAnswer(question.prompt) }).toEqual({ seed, answer });
    }
    expect([...answers].sort()).toEqual([
      'Both the Ingress rule and the HTTPRoute',
      'Neither',
      'Only the HTTPRoute',
    ]);
  });

  it('links the lesson section on wildcards', () => {
    const lesson = readFileSync('content/lessons/services/ingress-gateway-api.mdx', 'utf8');
    expect(makeW(3).lesson).toBe(
      'services/ingress-gateway-api#wildcards-mean-more-in-the-gateway-api',
    );
    expect(lesson).toContain('\n### Wildcards mean more in the Gateway API\n');
  });
});
