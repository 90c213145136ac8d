import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerKey, checkAnswer, generate, listGenerators, questionProblems } from '~/quiz';
import { singleMaker, spreadSeeds } from './harness';
import { NETPOL_GENERATORS, registerNetpolGenerators } from '~/quiz/generators/netpol';
import { netpolScenario } from '~/quiz/generators/netpol-scenario';
import { policiesYaml } from '~/quiz/generators/netpol-text';
import { flowSides, worldFromPrompt, type OraclePod, type OracleWorld } from './netpol-oracle';

const SEEDS = spreadSeeds(250, 17);
const generator = NETPOL_GENERATORS[0] ?? expect.fail('no generator');
const make = singleMaker(generator);

/** The flow the stem asks about: source, destination, asked port and the other port. */
function askedFlow(prompt: string, world: OracleWorld) {
  const match =
    /Can `(\S+)` open a TCP connection to the pod IP of `(\S+)` \(\S+\) on port (\d+) .* also listens on TCP (\d+) /.exec(
      prompt,
    ) ?? expect.fail('no flow in the stem');
  const pod = (key: string | undefined): OraclePod =>
    world.pods.find((p) => `${p.namespace}/${p.name}` === key) ??
    expect.fail(`no pod ${String(key)}`);
  return {
    from: pod(match[1]),
    to: pod(match[2]),
    port: Number(match[3]),
    other: Number(match[4]),
  };
}

/** Each option's claim, judged by the hand-written checker, keyed by the option text. */
function claims(prompt: string): Map<string, boolean> {
  const world = worldFromPrompt(prompt);
  const { from, to, port, other } = askedFlow(prompt, world);
  const p = flowSides(world, from, to, port);
  const q = flowSides(world, from, to, other);
  const [a, b] = [`${from.namespace}/${from.name}`, `${to.namespace}/${to.name}`];
  return new Map([
    [`Allowed on TCP ${String(port)}`, p.allowed],
    [`Denied on TCP ${String(port)}, but allowed on TCP ${String(other)}`, !p.allowed && q.allowed],
    [
      `Denied by the ingress policies of ${b}, on both of its ports`,
      !p.ingress && !q.ingress && p.egress && q.egress,
    ],
    [
      `Denied by the egress policies of ${a}, on both of ${b}'s ports`,
      !p.egress && !q.egress && p.ingress && q.ingress,
    ],
  ]);
}

describe('netpol-reachability generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    for (const seed of SEEDS.slice(0, 60)) {
      const question = make(seed);
      expect(questionProblems(question)).toEqual([]);
      expect(make(seed)).toEqual(question);
      expect(checkAnswer(question, answerKey(question))).toBe(true);
      expect(question.id).toBe(`netpol-reachability-${String(seed)}`);
      expect(question.topics).toEqual(['k8s:policy']);
    }
  });

  it("agrees with a hand-written checker on every option's claim over 250 seeds", () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      const judged = claims(question.prompt);
      expect(question.options.map((o) => o.text).sort()).toEqual([...judged.keys()].sort());
      for (const option of question.options) {
        expect({ seed, text: option.text, correct: judged.get(option.text) }).toEqual({
          seed,
          text: option.text,
          correct: option.correct,
        });
      }
    }
  });

  it('shows the cluster and the policies the key was computed from', () => {
    for (const seed of SEEDS.slice(0, 80)) {
      const scenario = netpolScenario(seed);
      const world = worldFromPrompt(make(seed).prompt);
      expect(world.policies).toEqual(scenario.policies);
      expect(
        world.policies.every(
          (p) => (p as { apiVersion?: string }).apiVersion === 'networking.k8s.io/v1',
        ),
      ).toBe(true);
      expect(world.pods.map((p) => `${p.namespace}/${p.name} ${p.ip}`)).toEqual(
        scenario.cluster.pods.map((p) => `${p.namespace}/${p.name} ${p.ip}`),
      );
      expect(world.namespaces).toEqual(scenario.cluster.namespaces);
      expect(scenario.policies.length).toBeGreaterThanOrEqual(1);
      expect(scenario.policies.length).toBeLessThanOrEqual(3);
      expect(scenario.cluster.namespaces.length).toBeGreaterThanOrEqual(2);
      expect(scenario.cluster.namespaces.length).toBeLessThanOrEqual(3);
      expect(scenario.cluster.pods.length).toBeGreaterThanOrEqual(4);
      expect(scenario.cluster.pods.length).toBeLessThanOrEqual(6);
    }
  });

  it('comes up with each of the four answers across 200 seeds', () => {
    const counts = new Map<string, number>();
    for (const seed of SEEDS.slice(0, 200)) {
      const outcome = netpolScenario(seed).outcome;
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    }
    for (const outcome of ['allowed', 'other-port', 'ingress', 'egress']) {
      expect(counts.get(outcome) ?? 0).toBeGreaterThanOrEqual(20);
    }
  });

  it('explains every option with the engine reasons, naming the right one', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      for (const option of make(seed).options) {
        expect(option.explanation.startsWith(option.correct ? 'Right: ' : 'No: ')).toBe(true);
        expect(option.explanation).toMatch(/is (not selected by|selected by|isolated for) /);
      }
    }
  });

  it('writes the policies as multi-document YAML', () => {
    const text = policiesYaml([
      {
        metadata: { name: 'a', namespace: 'x' },
        spec: { podSelector: {}, policyTypes: ['Ingress'] },
      },
      {
        metadata: { name: 'b', namespace: 'x' },
        spec: { podSelector: {}, policyTypes: ['Egress'] },
      },
    ]);
    expect(text).toBe(
      [
        'metadata:\n  name: a\n  namespace: x\nspec:\n  podSelector: {}\n  policyTypes:\n    - Ingress',
        'metadata:\n  name: b\n  namespace: x\nspec:\n  podSelector: {}\n  policyTypes:\n    - Egress',
      ].join('\n---\n'),
    );
  });

  it('links a lesson heading that exists', () => {
    const lesson = readFileSync('content/lessons/policy/network-policies.mdx', 'utf8');
    expect(make(1).lesson).toBe('policy/network-policies#both-ends-must-agree');
    expect(lesson).toContain('\n### Both ends must agree\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerNetpolGenerators();
    registerNetpolGenerators();
    expect(listGenerators().filter((g) => g.id === 'netpol-reachability')).toHaveLength(1);
    expect(generate('netpol-reachability', 3)).toEqual(make(3));
  });
});
