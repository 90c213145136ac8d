import type { Question, QuestionType } from './types';

// The registry of question generators: code that makes a fresh question, with its answer key,
// from a seed. Engines register their own (see generators/subnet.ts); assembly can draw on them.

/** A question generator: the same seed always makes the same question. */
export interface QuestionGenerator {
  /** Slug id, also the prefix of the ids of the questions it makes. */
  id: string;
  title: string;
  /** Exam topic tags its questions carry. */
  topics: readonly string[];
  /** The question types it makes. */
  kinds: readonly QuestionType[];
  /** Makes one question, answer key included. */
  generate(seed: number): Question;
}

const registry = new Map<string, QuestionGenerator>();

/** Adds a generator; registering the same one twice is harmless, a different one under a taken id is a bug. */
export function registerGenerator(generator: QuestionGenerator): void {
  const existing = registry.get(generator.id);
  if (existing !== undefined && existing !== generator) {
    throw new RangeError(`A different question generator is already registered as ${generator.id}`);
  }
  registry.set(generator.id, generator);
}

/** Every registered generator, in registration order. */
export function listGenerators(): QuestionGenerator[] {
  return [...registry.values()];
}

/** The id a generated question gets: `<generator>-<seed>`, so the same seed is the same question. */
export function generatedId(generatorId: string, seed: number): string {
  return `${generatorId}-${String(seed >>> 0)}`;
}

/** Runs a generator and stamps the question with its origin and a stable id. */
export function runGenerator(generator: QuestionGenerator, seed: number): Question {
  const uint = seed >>> 0;
  const question = generator.generate(uint);
  return {
    ...question,
    id: generatedId(generator.id, uint),
    generated: { generator: generator.id, seed: uint },
  };
}

/** Makes a question with a registered generator. */
export function generate(id: string, seed: number): Question {
  const generator = registry.get(id);
  if (generator === undefined) {
    throw new RangeError(
      `No question generator is registered as ${id}; known: ${[...registry.keys()].join(', ') || 'none'}`,
    );
  }
  return runGenerator(generator, seed);
}
