import type { PartQuestion, Question } from '../types';

/** The outcome of an export: the file, and which questions went in or were skipped and why. */
export interface ExportReport {
  exported: string[];
  skipped: { id: string; reason: string }[];
}

/**
 * Turns scenarios into stand-alone questions for formats without testlets: each part becomes a
 * question whose id is `<scenario>--<part>` and whose prompt starts with the shared stem.
 */
export function flattenScenarios(questions: readonly Question[]): PartQuestion[] {
  return questions.flatMap((question): PartQuestion[] =>
    question.type === 'scenario'
      ? question.parts.map((part) => ({
          ...part,
          id: `${question.id}--${part.id}`,
          prompt: `${question.prompt}\n\n${part.prompt}`,
          topics: part.topics.length > 0 ? part.topics : question.topics,
          references: [...question.references, ...part.references],
        }))
      : [question],
  );
}

/** Why a matching question cannot go to a format whose matching needs every item placed. */
export function unplacedItemsReason(question: PartQuestion): string | undefined {
  if (question.type !== 'matching') return undefined;
  return Object.values(question.key).some((target) => target === null)
    ? 'matching with an item that belongs to no target (the format needs every item placed)'
    : undefined;
}

/** The text of a target by id. */
export function targetText(
  question: PartQuestion & { type: 'matching' },
  id: string | null,
): string {
  return question.targets.find((target) => target.id === id)?.text ?? '';
}
