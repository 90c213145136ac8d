import { randomFor, shuffled } from './random';
import type {
  MatchingQuestion,
  OrderingQuestion,
  PartQuestion,
  Question,
  QuizItem,
  QuizOption,
  Reference,
  TypedChecker,
} from './types';

// Bank questions (content/questions/*.yaml, checked by src/schemas/question.ts) turned into engine
// questions. The bank is written for authors (an ordering's items in the right order, each
// matching item naming its target); the engine keeps the key apart from what the learner sees.

/** What every kind of bank question and part has. */
interface BankBase {
  id: string;
  prompt: string;
  explanation?: string | undefined;
}

/** One kind of bank question or scenario part, as the schema parses it. */
export type BankPart = BankBase &
  (
    | { type: 'single' | 'multiple'; options: QuizOption[] }
    | { type: 'ordering'; items: (QuizItem & { explanation: string })[] }
    | {
        type: 'matching';
        targets: { id: string; text: string }[];
        items: (QuizItem & { target: string | null })[];
      }
    | {
        type: 'typed';
        checker: TypedChecker;
        accepted: string[];
        caseSensitive?: boolean | undefined;
        placeholder?: string | undefined;
      }
  );

/** A question as a bank file holds it (after parsing), reduced to what the engine reads. */
export type BankQuestion = (BankPart | (BankBase & { type: 'scenario'; parts: BankPart[] })) & {
  topics?: string[] | undefined;
  references: Reference[];
};

/** Turns a bank question into an engine question; `lesson` is the section that teaches it. */
export function questionFromBank(question: BankQuestion, lesson?: string): Question {
  const meta = { references: question.references, topics: question.topics ?? [], lesson };
  if (question.type === 'scenario') {
    return {
      id: question.id,
      type: 'scenario',
      prompt: question.prompt,
      explanation: question.explanation,
      ...meta,
      parts: question.parts.map((part) => partFromBank(part, `${question.id}/${part.id}`)),
    };
  }
  return { ...partFromBank(question, question.id), ...meta };
}

/** One stand-alone question or scenario part; `seedId` fixes how its items are first shown. */
function partFromBank(part: BankPart, seedId: string): PartQuestion {
  const base = {
    id: part.id,
    prompt: part.prompt,
    explanation: part.explanation,
    references: [],
    topics: [],
  };
  switch (part.type) {
    case 'single':
      return { ...base, type: 'single', options: part.options };
    case 'multiple':
      return {
        ...base,
        type: 'multiple',
        options: part.options,
        choose: part.options.filter((o) => o.correct).length,
      };
    case 'ordering':
      return orderingFromBank(base, part.items, seedId);
    case 'matching':
      return matchingFromBank(base, part, seedId);
    case 'typed':
      return {
        ...base,
        type: 'typed',
        checker: part.checker,
        accepted: part.accepted,
        caseSensitive: part.caseSensitive,
        placeholder: part.placeholder,
      };
  }
}

type PartBase = Pick<OrderingQuestion, 'id' | 'prompt' | 'explanation' | 'references' | 'topics'>;

/** The key is the written order; the items are shown in a fixed shuffle that is never the key. */
function orderingFromBank(base: PartBase, items: QuizItem[], seedId: string): OrderingQuestion {
  const order = items.map((item) => item.id);
  return { ...base, type: 'ordering', items: scrambled(items, seedId), order };
}

/** The key comes from each item's target; items and targets keep a fixed shuffle. */
function matchingFromBank(
  base: PartBase,
  part: Extract<BankPart, { type: 'matching' }>,
  seedId: string,
): MatchingQuestion {
  const key = Object.fromEntries(part.items.map((item) => [item.id, item.target]));
  const items = part.items.map(({ id, text, explanation }) => ({ id, text, explanation }));
  return { ...base, type: 'matching', items: scrambled(items, seedId), targets: part.targets, key };
}

/** A shuffle fixed by the question id that never leaves the list as written (the key order). */
export function scrambled<T>(items: readonly T[], seedId: string): T[] {
  const result = shuffled(items, randomFor('bank', seedId));
  const unchanged = result.every((item, i) => item === items[i]);
  return unchanged && items.length > 1 ? [...result.slice(1), ...result.slice(0, 1)] : result;
}
