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
import { registerServicesGenerators, SERVICES_GENERATORS } from '~/quiz/generators/services';
import {
  expectedPodsText,
  expectedProbabilityText,
  expectedSourceText,
  parseStem,
} from './services-oracle';

const SEEDS = Array.from({ length: 200 }, (_, i) => (i * 2654435761 + 11) >>> 0);
const make = (id: string, seed: number): SingleQuestion => {
  const generator = SERVICES_GENERATORS.find((g) => g.id === id) ?? expect.fail(`no ${id}`);
  const question = runGenerator(generator, seed);
  return question.type === 'single' ? question : expect.fail('expected single');
};
const rightText = (q: SingleQuestion) => q.options.find((o) => o.correct)?.text;

describe('Services generators', () => {
  it('make sound questions with four distinct options, the same for the same seed', () => {
    for (const { id } of SERVICES_GENERATORS) {
      for (const seed of SEEDS.slice(0, 40)) {
        const question = make(id, seed);
        expect(questionProblems(question)).toEqual([]);
        expect(make(id, seed)).toEqual(question);
        expect(checkAnswer(question, answerKey(question))).toBe(true);
        expect(new Set(question.options.map((o) => o.text)).size).toBe(4);
        expect(question.topics).toEqual(['k8s:services']);
        for (const option of question.options) {
          expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
        }
      }
    }
  });

  it('agree with a hand-written oracle on which pods a connection can reach', () => {
    for (const seed of SEEDS) {
      const q = make('services-endpoint-choice', seed);
      expect({ seed, answer: expectedPodsText(parseStem(q.prompt)) }).toEqual({
        seed,
        answer: rightText(q),
      });
    }
  });

  it('agree with the oracle on the --probability of a KUBE-SVC rule', () => {
    for (const seed of SEEDS) {
      const q = make('services-iptables-probability', seed);
      const rule = Number(/What does rule (\d+) of that chain/.exec(q.prompt)?.[1]);
      expect({ seed, answer: expectedProbabilityText(parseStem(q.prompt), rule) }).toEqual({
        seed,
        answer: rightText(q),
      });
    }
  });

  it('agree with the oracle on the source address the pod sees', () => {
    for (const seed of SEEDS) {
      const q = make('services-client-ip', seed);
      expect({ seed, answer: expectedSourceText(parseStem(q.prompt)) }).toEqual({
        seed,
        answer: rightText(q),
      });
    }
  });

  it('come up with every kind of answer', () => {
    const ip = new Set(
      SEEDS.map((s) => rightText(make('services-client-ip', s))?.split(',')[0]?.split(':')[0]),
    );
    expect(ip).toContain('203.0.113.50');
    expect(ip).toContain('None');
    expect([...ip].some((t) => t?.startsWith('192.168.10.'))).toBe(true);
    const pods = SEEDS.map((s) => rightText(make('services-endpoint-choice', s)) ?? '');
    expect(pods.some((t) => t.includes('drops'))).toBe(true);
    expect(pods.some((t) => t.includes(', '))).toBe(true);
    const probs = new Set(SEEDS.map((s) => rightText(make('services-iptables-probability', s))));
    expect(probs).toContain('--probability 0.3333333333');
    expect([...probs].some((t) => t?.startsWith('No --probability'))).toBe(true);
  });

  it('link headings that exist in the lesson', () => {
    const lesson = readFileSync('content/lessons/services/services-kube-proxy.mdx', 'utf8');
    expect(make('services-endpoint-choice', 1).lesson).toBe(
      'services/services-kube-proxy#traffic-policies',
    );
    expect(make('services-iptables-probability', 1).lesson).toBe(
      'services/services-kube-proxy#iptables-mode',
    );
    expect(make('services-client-ip', 1).lesson).toBe(
      'services/services-kube-proxy#externaltrafficpolicy-cluster-or-local',
    );
    expect(lesson).toContain('\n## Traffic policies\n');
    expect(lesson).toContain('\n### iptables mode\n');
    expect(lesson).toContain('\n### externalTrafficPolicy: Cluster or Local\n');
  });

  it('register only when asked, and harmlessly twice', () => {
    registerServicesGenerators();
    registerServicesGenerators();
    expect(listGenerators().filter((g) => g.id.startsWith('services-'))).toHaveLength(3);
    expect(generate('services-client-ip', 3)).toEqual(make('services-client-ip', 3));
  });
});
