import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { GATEWAY_GENERATORS, registerGatewayGenerators } from '~/quiz/generators/gateway';
import { expectedGatewayAnswer } from './gateway-oracle';

const SEEDS = spreadSeeds(300, 11);
const make = singleMaker(GATEWAY_GENERATORS[0]);

describe('gateway-backend generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    expectSoundSingles(make, SEEDS.slice(0, 60), ['k8s:ingress']);
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
