import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, listGenerators } from '~/quiz';
import { PACKET_GENERATORS, registerPacketGenerators } from '~/quiz/generators/packet';
import { expectSoundSingles, rightText, singleMaker, spreadSeeds } from './harness';
import { expectedOption } from './packet-oracle';

const SEEDS = spreadSeeds(300, 11);
const make = singleMaker(PACKET_GENERATORS[0]);

describe('packet-next-hop generator', () => {
  it('makes sound questions that accept their own key, the same for the same seed', () => {
    expectSoundSingles(make, SEEDS.slice(0, 60), ['k8s:cni']);
  });

  it('agrees with a hand-written route table over 300 seeds', () => {
    for (const seed of SEEDS) {
      const question = make(seed);
      const options = question.options.map((option) => option.text);
      expect({ seed, answer: expectedOption(question.prompt, options) }).toEqual({
        seed,
        answer: rightText(question),
      });
    }
  });

  it('asks both kinds of question about every style', () => {
    const prompts = SEEDS.map((seed) => make(seed).prompt);
    expect(prompts.filter((p) => p.includes('Where does it go next?')).length).toBeGreaterThan(150);
    expect(prompts.filter((p) => p.includes('first rewritten')).length).toBeGreaterThan(60);
    for (const word of [
      'Flannel-style',
      'Calico-style',
      'Cilium-style',
      'AWS VPC CNI',
      'EXTERNALSNAT is true',
    ]) {
      expect(prompts.some((p) => p.includes(word))).toBe(true);
    }
    const answers = new Set(SEEDS.map((seed) => rightText(make(seed))));
    expect(answers).toContain('flannel.1 — node-1');
    expect(answers).toContain('Nowhere: no address is rewritten on the way');
    expect(answers).toContain('SNAT of the source at NAT gateway — VPC');
  });

  it('explains every option, the right one first with "Right."', () => {
    for (const seed of SEEDS.slice(0, 100)) {
      for (const option of make(seed).options) {
        expect(option.explanation.startsWith(option.correct ? 'Right. ' : 'No. ')).toBe(true);
        expect(option.explanation.length).toBeGreaterThan(30);
      }
    }
  });

  it('links the lesson heading agreed with the lesson writer', () => {
    expect(make(1).lesson).toBe('pod-networking/under-the-hood#follow-a-packet');
    const lesson = readFileSync('content/lessons/pod-networking/under-the-hood.mdx', 'utf8');
    expect(lesson).toContain('\n## Follow a packet\n');
  });

  it('registers only when asked, and harmlessly twice', () => {
    registerPacketGenerators();
    registerPacketGenerators();
    expect(listGenerators().filter((g) => g.id === 'packet-next-hop')).toHaveLength(1);
    expect(generate('packet-next-hop', 3)).toEqual(make(3));
  });
});
