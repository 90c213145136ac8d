import { randomFor, shuffled, type Random } from './random';
import type { PartQuestion, Question } from './types';

/** Shuffles how a question is shown (options, items, targets, parts' options) for one seed; ids never change. */
export function shuffleQuestion(question: Question, seed: string): Question {
  const random = randomFor(seed, 'present', question.id);
  if (question.type !== 'scenario') return shufflePart(question, random);
  return { ...question, parts: question.parts.map((part) => shufflePart(part, random)) };
}

/** Shuffles the presentation of one non-scenario question. */
function shufflePart(question: PartQuestion, random: Random): PartQuestion {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...question, options: shuffled(question.options, random) };
    case 'ordering':
      return { ...question, items: shuffled(question.items, random) };
    case 'matching':
      return {
        ...question,
        items: shuffled(question.items, random),
        targets: shuffled(question.targets, random),
      };
    case 'typed':
      return question;
  }
}
