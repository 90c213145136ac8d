import { it } from 'vitest';
import { assemblePaper, runGenerator, saaBlueprint, scorePaper, type Question } from '~/quiz';
import { SUBNET_GENERATORS } from '~/quiz/generators/subnet';
import { measure, report } from './harness';

const SAA_TOPICS = [
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
];

/** A pool of SAA-C03 single-choice questions spread over every task statement. */
function saaPool(size: number): Question[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `bench-${String(i)}`,
    type: 'single',
    prompt: `Question ${String(i)}`,
    references: [],
    topics: [`saa-c03:${SAA_TOPICS[i % SAA_TOPICS.length] ?? '1.1'}`],
    options: ['a', 'b', 'c', 'd'].map((id) => ({
      id,
      text: id,
      correct: id === 'b',
      explanation: `why ${id}`,
    })),
  }));
}

// The quiz engine: exam assembly and scoring, and question generation at volume.
it('quiz engine', () => {
  const pool = saaPool(300);
  const blueprint = saaBlueprint();
  const paper = assemblePaper({ blueprint, pool, seed: 'SAA-7F3K2' });
  const responses = Object.fromEntries(
    paper.questions.map(({ question }) => [
      question.id,
      { answer: { kind: 'choice' as const, selected: ['b'] }, ms: 60_000 },
    ]),
  );
  let seed = 0;
  report([
    measure('assemble SAA paper', '65 questions from a pool of 300', () =>
      assemblePaper({ blueprint, pool, seed: `SAA-${String(seed++)}` }),
    ),
    measure('score SAA paper', '65 answers, per domain and topic', () =>
      scorePaper(paper, responses),
    ),
    measure(
      'generate 10,000 subnet questions',
      '6 generators × 1,667 seeds',
      () => {
        for (let i = 0; i < 10_000; i++)
          runGenerator(SUBNET_GENERATORS[i % SUBNET_GENERATORS.length] ?? SUBNET_GENERATORS[0]!, i);
      },
      { runs: 5, warmup: 1 },
    ),
  ]);
});
