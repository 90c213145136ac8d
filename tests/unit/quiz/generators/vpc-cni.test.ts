import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import { VPC_CNI_GENERATORS, registerVpcCniGenerators } from '~/quiz/generators/vpc-cni';
import { SIZING_TYPES } from '~/quiz/generators/vpc-cni-types';
import { eniLimits, instanceTypeNames } from '~/sim/vpc-cni';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { factsFromStem, oracleMaxPods } from './vpc-cni-oracle';

const SEEDS = spreadSeeds(300, 7);
const make = singleMaker(VPC_CNI_GENERATORS[0]);

describe('vpc-cni-max-pods generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    expectSoundSingles(make, SEEDS.slice(0, 80), ['k8s:aws', 'saa-c03:3.2']);
  });

  it('agrees with an independent calculator that reads the stem, over 300 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      const expected = String(oracleMaxPods(factsFromStem(question.prompt)));
      expect({ seed, answer: rightText(question) }).toEqual({ seed, answer: expected });
    }
  });

  it('asks about every mode and hits both caps and the non-Nitro fallback', () => {
    const prompts = SEEDS.map((seed) => make(seed).prompt);
    const answers = new Set(SEEDS.map((seed) => rightText(make(seed))));
    expect(prompts.some((p) => p.includes('ENABLE_PREFIX_DELEGATION=true'))).toBe(true);
    expect(prompts.some((p) => p.includes('custom networking'))).toBe(true);
    expect(prompts.some((p) => p.includes('default secondary-IP mode'))).toBe(true);
    expect(answers).toContain('110');
    expect(answers).toContain('250');
    expect(prompts.some((p) => p.includes('Xen') && p.includes('PREFIX'))).toBe(true);
  });

  it('writes the formula out with the numbers in the right option', () => {
    const question = make(
      SEEDS.find(
        (s) =>
          make(s).prompt.includes('m5.xlarge') &&
          make(s).prompt.includes('default secondary-IP mode'),
      ) ?? 0,
    );
    const right = question.options.find((o) => o.correct);
    expect(right?.explanation).toBe(
      'Right. 4 ENIs; 4 × (15 − 1) + 2 = 58; 4 vCPUs ≤ 30, so the cap is 110; min(58, 110) = 58.',
    );
    const wrong = question.options
      .filter((o) => !o.correct)
      .map((o) => o.text)
      .sort();
    expect(wrong).toEqual(['56', '60', '62']);
  });

  it('copies the instance table exactly for the types it asks about', () => {
    for (const type of SIZING_TYPES) {
      expect({ name: type.name, ...eniLimits(type.name) }).toMatchObject({
        name: type.name,
        ...type.limits,
      });
    }
    const withVcpus = instanceTypeNames().filter((name) => eniLimits(name).vcpus !== undefined);
    expect(SIZING_TYPES.map((t) => t.name)).toEqual(withVcpus);
  });

  it('links the EKS lesson heading', () => {
    const lesson = readFileSync('content/lessons/aws/eks-networking.mdx', 'utf8');
    expect(make(1).lesson).toBe('aws/eks-networking#max-pods');
    expect(lesson).toContain('\n## Max pods\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerVpcCniGenerators();
    registerVpcCniGenerators();
    expect(listGenerators().filter((g) => g.id === 'vpc-cni-max-pods')).toHaveLength(1);
    expect(generate('vpc-cni-max-pods', 3)).toEqual(make(3));
  });
});
