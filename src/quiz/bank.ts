import type { MultipleQuestion, QuizOption, Reference, SingleQuestion } from './types';

/** A question as a bank file holds it (src/schemas/question.ts, after parsing), reduced to what the engine reads. */
export interface BankQuestion {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: QuizOption[];
  explanation?: string | undefined;
  topics?: string[] | undefined;
  references: Reference[];
}

/** Turns a bank question into an engine question; a multiple-response question asks for as many as are right. */
export function questionFromBank(
  question: BankQuestion,
  lesson?: string,
): SingleQuestion | MultipleQuestion {
  const shared = {
    id: question.id,
    prompt: question.prompt,
    options: question.options,
    explanation: question.explanation,
    references: question.references,
    topics: question.topics ?? [],
    lesson,
  };
  if (question.type === 'single') return { ...shared, type: 'single' };
  return { ...shared, type: 'multiple', choose: question.options.filter((o) => o.correct).length };
}
