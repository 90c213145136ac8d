import { expect } from 'vitest';
import {
  answerKey,
  checkAnswer,
  questionProblems,
  runGenerator,
  type QuestionGenerator,
  type SingleQuestion,
} from '~/quiz';

// What the tests of the single-choice generators share: spread seeds, a maker that insists on a
// single-choice question, the key's text, and the checks every such generator must pass.

/** `count` seeds spread over the 32-bit range (Knuth's multiplicative hash), from `offset`. */
export function spreadSeeds(count: number, offset: number): number[] {
  return Array.from({ length: count }, (_, i) => (i * 2654435761 + offset) >>> 0);
}

/** Makes a generator's question for a seed, failing the test unless it is single choice. */
export function singleMaker(generator: QuestionGenerator | undefined) {
  const chosen = generator ?? expect.fail('no generator');
  return (seed: number): SingleQuestion => {
    const question = runGenerator(chosen, seed);
    return question.type === 'single' ? question : expect.fail('expected single');
  };
}

/** The text of a question's right option. */
export const rightText = (q: SingleQuestion): string | undefined =>
  q.options.find((o) => o.correct)?.text;

/** Sound, repeatable questions that accept their own key, four distinct options, these topics. */
export function expectSoundSingles(
  make: (seed: number) => SingleQuestion,
  seeds: readonly number[],
  topics: readonly string[],
): void {
  for (const seed of seeds) {
    const question = make(seed);
    expect(questionProblems(question)).toEqual([]);
    expect(make(seed)).toEqual(question);
    expect(checkAnswer(question, answerKey(question))).toBe(true);
    expect(question.options).toHaveLength(4);
    expect(new Set(question.options.map((o) => o.text)).size).toBe(4);
    expect(question.topics).toEqual(topics);
  }
}
