import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import { CNI_GENERATORS, registerCniGenerators } from '~/quiz/generators/cni';
import { nextIpScenario, rangeFullScenario } from '~/quiz/generators/cni-scenario';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { configFromPrompt, expectedCniAnswer } from './cni-oracle';

const SEEDS = spreadSeeds(250, 7);
const makers = CNI_GENERATORS.map((g) => singleMaker(g));

describe.each(CNI_GENERATORS.map((g, i) => [g.id, makers[i]] as const))(
  '%s generator',
  (id, make) => {
    if (make === undefined) throw new Error(`no maker for ${id}`);

    it('makes sound questions that accept their own key, the same for the same seed', () => {
      expectSoundSingles(make, SEEDS.slice(0, 60), ['k8s:cni']);
    });

    it('agrees with an oracle that replays the question text over 250 seeds', () => {
      for (const seed of SEEDS) {
        const question = make(seed);
        expect({ seed, answer: expectedCniAnswer(question.prompt) }).toEqual({
          seed,
          answer: rightText(question),
        });
      }
    });

    it('explains every option, the right one with "Right."', () => {
      for (const seed of SEEDS.slice(0, 80)) {
        for (const option of make(seed).options) {
          expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
          expect(option.explanation.length).toBeGreaterThan(30);
        }
      }
    });

    it('links the CNI contract heading of the CNI lesson', () => {
      expect(make(1).lesson).toBe('pod-networking/cni-plugins#the-cni-contract');
    });
  },
);

describe('CNI scenarios', () => {
  it('shows the configuration the key was computed from', () => {
    for (const seed of SEEDS.slice(0, 40)) {
      expect(configFromPrompt(makers[0]?.(seed).prompt ?? '')).toEqual(nextIpScenario(seed).config);
    }
  });

  it('asks about a successful ADD for next-ip and a full range for range-full', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      expect(nextIpScenario(seed).next.ok).toBe(true);
      const full = rangeFullScenario(seed);
      expect(full.next.ok).toBe(false);
      expect(full.next.kubeletMessage).toContain('failed (add): failed to allocate for range 0');
    }
  });

  it('catches the host-local traps: some keys are not the lowest free address', () => {
    const make = makers[0];
    if (make === undefined) throw new Error('no maker');
    const texts = SEEDS.map((seed) =>
      make(seed)
        .options.map((o) => o.explanation)
        .join(' '),
    );
    expect(texts.some((t) => t.includes('does not fill holes first'))).toBe(true);
    expect(texts.some((t) => t.includes('was released by a DEL'))).toBe(true);
  });

  it('asks both ADD and DEL orders', () => {
    const make = makers[2];
    if (make === undefined) throw new Error('no maker');
    const answers = new Set(SEEDS.slice(0, 40).map((seed) => rightText(make(seed))));
    expect([...answers].sort()).toEqual([
      'bridge → host-local → portmap',
      'portmap → bridge → host-local',
    ]);
  });

  it('registers only when asked, and harmlessly twice', () => {
    expect(listGenerators().some((g) => g.id === 'cni-next-ip')).toBe(false);
    registerCniGenerators();
    registerCniGenerators();
    expect(listGenerators().filter((g) => g.id.startsWith('cni-'))).toHaveLength(3);
    expect(generate('cni-range-full', 3)).toEqual(makers[1]?.(3));
  });
});

describe('lesson link', () => {
  it('names a heading the lesson has, once the lesson exists', () => {
    const path = 'content/lessons/pod-networking/cni-plugins.mdx';
    if (!existsSync(path)) return;
    expect(readFileSync(path, 'utf8')).toMatch(/\n## The CNI contract\n/);
  });
});
