import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { AWS_VPC_GENERATORS, registerAwsVpcGenerators } from '~/quiz/generators/aws-vpc';
import { vpcScenario } from '~/quiz/generators/aws-vpc-scenario';
import { expectedAnswer, vpcFromPrompt } from './vpc-oracle';

const SEEDS = spreadSeeds(250, 5);
const make = singleMaker(AWS_VPC_GENERATORS[0]);

describe('vpc-flow-verdict generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    expectSoundSingles(make, SEEDS.slice(0, 60), ['saa-c03:1.2', 'saa-c03:1.3']);
  });

  it('agrees with a hand-written SG / NACL / route checker over 250 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      const { vpc, from, to, port } = vpcFromPrompt(question.prompt);
      expect({ seed, answer: expectedAnswer(vpc, from, to, port) }).toEqual({
        seed,
        answer: rightText(question),
      });
    }
  });

  it('comes up with many different answers, including reply-leg ACL denials and no route', () => {
    const answers = new Set(SEEDS.slice(0, 200).map((seed) => rightText(make(seed)) ?? ''));
    expect(answers.size).toBeGreaterThanOrEqual(8);
    expect([...answers].some((a) => a.includes('on the reply'))).toBe(true);
    expect(answers).toContain('No route: the request has nowhere to go');
    expect(answers).toContain('Allowed: the request arrives and the reply comes back');
  });

  it('shows the network the key was computed from, with the switched-off rule gone', () => {
    for (const seed of SEEDS.slice(0, 50)) {
      const scenario = vpcScenario(seed);
      expect(vpcFromPrompt(make(seed).prompt).vpc).toEqual(scenario.network.Vpcs[0]);
    }
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
    const lesson = readFileSync('content/lessons/aws/vpc-networking.mdx', 'utf8');
    expect(make(1).lesson).toBe('aws/vpc-networking#security-groups-and-network-acls');
    expect(lesson).toContain('\n## Security groups and network ACLs\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerAwsVpcGenerators();
    registerAwsVpcGenerators();
    expect(listGenerators().filter((g) => g.id === 'vpc-flow-verdict')).toHaveLength(1);
    expect(generate('vpc-flow-verdict', 3)).toEqual(make(3));
  });
});
