import { describe, expect, it } from 'vitest';
import {
  generate,
  listGenerators,
  registerGenerator,
  runGenerator,
  type QuestionGenerator,
} from '~/quiz';
import { single } from './fixtures';

const dice: QuestionGenerator = {
  id: 'test-dice',
  title: 'Dice',
  topics: ['k8s:model'],
  kinds: ['single'],
  generate: (seed) => ({ ...single('ignored', ['k8s:model']), prompt: `Seed ${String(seed)}` }),
};

describe('generator registry', () => {
  it('registers, lists and runs generators, stamping id and origin', () => {
    registerGenerator(dice);
    registerGenerator(dice);
    expect(listGenerators().filter((g) => g.id === 'test-dice')).toHaveLength(1);
    const question = generate('test-dice', 7);
    expect(question).toMatchObject({
      id: 'test-dice-7',
      prompt: 'Seed 7',
      generated: { generator: 'test-dice', seed: 7 },
    });
    expect(runGenerator(dice, -1).id).toBe('test-dice-4294967295');
  });

  it('refuses a second generator under a taken id and unknown ids', () => {
    expect(() => registerGenerator({ ...dice })).toThrow(/already registered as test-dice/);
    expect(() => generate('nope', 1)).toThrow(/No question generator is registered as nope/);
  });
});
