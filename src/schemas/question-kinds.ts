import { z } from 'astro/zod';
import { typedKeyProblems } from '~/quiz/typed-check';
import {
  MIN_EXPLANATION_LENGTH,
  missingExplanationProblems,
  questionProblems,
  type QuestionProblem,
} from '~/schemas/question-checks';
import { letterId, OptionSchema, partFields, sharedQuestionFields } from './question-fields';

// The question kinds of a bank, each built over a set of base fields so that the same kind serves
// as a stand-alone question (sharedQuestionFields) and as a part of a scenario (partFields):
// single or multiple choice, ordering, matching (drag and drop) and typed answers.

/** An item to put in order or to match; it says where it belongs and why. */
const ItemSchema = z.object({ id: letterId, text: z.string().min(1), explanation: z.string() });

/** Where a matching item can go: a box of the drag-and-drop question. */
const TargetSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a short slug such as `t1` or `core`'),
  text: z.string().min(1),
});

type Refinement = z.core.$RefinementCtx;

/** Adds every problem to a refinement context. */
function report(ctx: Refinement, problems: readonly QuestionProblem[]): void {
  for (const problem of problems) ctx.addIssue({ code: 'custom', ...problem });
}

const standalone = z.object(sharedQuestionFields);
const part = z.object(partFields);

// The fields of each kind, on top of a stand-alone question's or a part's.
const choiceFields = {
  type: z.enum(['single', 'multiple']),
  options: z.array(OptionSchema).min(2).max(8),
};
const orderingFields = { type: z.literal('ordering'), items: z.array(ItemSchema).min(3).max(8) };
const matchingFields = {
  type: z.literal('matching'),
  targets: z.array(TargetSchema).min(2).max(8),
  items: z
    .array(ItemSchema.extend({ target: z.string().nullable() }))
    .min(2)
    .max(10),
};
const typedFields = {
  type: z.literal('typed'),
  checker: z.enum(['ipv4', 'ipv6', 'cidr', 'number', 'text']),
  accepted: z.array(z.string().min(1)).min(1).max(10),
  caseSensitive: z.boolean().optional(),
  placeholder: z.string().max(60).optional(),
};

// The checks of each kind, written once for both bases.
const checkChoice = (q: Parameters<typeof questionProblems>[0], ctx: Refinement) =>
  report(ctx, questionProblems(q));
const checkExplained = (q: unknown, ctx: Refinement) => report(ctx, missingExplanationProblems(q));
const checkOrdering = (q: { id: string; items: Item[] }, ctx: Refinement) =>
  report(ctx, [
    ...uniqueIdProblems(q.id, q.items, 'items'),
    ...itemExplanationProblems(q.id, q.items),
  ]);
const checkMatching = (q: MatchingShape, ctx: Refinement) => report(ctx, matchingProblems(q));
const checkTyped = (q: TypedShape, ctx: Refinement) => report(ctx, typedProblems(q));

// Runs even when a field failed, so a missing explanation names its question and option.
const always = { when: () => true };

/** Single choice or multiple response (the prompt says how many: "Choose two."). */
export const ChoiceQuestionSchema = standalone
  .extend(choiceFields)
  .superRefine(checkChoice)
  .superRefine(checkExplained, always);
/** Ordering: `items` are written in the right order; the quiz shows them shuffled. */
export const OrderingQuestionSchema = standalone.extend(orderingFields).superRefine(checkOrdering);
/** Matching (drag and drop): each item names its target, or `null` for a distractor left unplaced. */
export const MatchingQuestionSchema = standalone.extend(matchingFields).superRefine(checkMatching);
/** Typed answer: compared by its checker with every accepted answer; the explanation is required. */
export const TypedQuestionSchema = standalone.extend(typedFields).superRefine(checkTyped);

/** A part of a scenario: any kind but a scenario, with its own letter id. */
export const PartSchema = z.discriminatedUnion('type', [
  part.extend(choiceFields).superRefine(checkChoice).superRefine(checkExplained, always),
  part.extend(orderingFields).superRefine(checkOrdering),
  part.extend(matchingFields).superRefine(checkMatching),
  part.extend(typedFields).superRefine(checkTyped),
]);

/** A scenario (testlet): one shared stem and two to six parts, each scoring a point. */
export const ScenarioQuestionSchema = standalone
  .extend({ type: z.literal('scenario'), parts: z.array(PartSchema).min(2).max(6) })
  .superRefine((q, ctx) => report(ctx, uniqueIdProblems(q.id, q.parts, 'parts')));

interface Item {
  id: string;
  explanation: string;
}
interface MatchingShape {
  id: string;
  targets: readonly { id: string }[];
  items: readonly (Item & { target: string | null })[];
}
interface TypedShape {
  id: string;
  prompt: string;
  explanation?: string | undefined;
  checker: 'ipv4' | 'ipv6' | 'cidr' | 'number' | 'text';
  accepted: string[];
  caseSensitive?: boolean | undefined;
}

// Ids of items (or targets) must be unique within the question.
function uniqueIdProblems(
  questionId: string,
  list: readonly { id: string }[],
  field: string,
): QuestionProblem[] {
  const ids = list.map((x) => x.id);
  if (new Set(ids).size === ids.length) return [];
  return [{ path: [field], message: `question ${questionId}: ${field} ids must be unique` }];
}

// Every item explains where it belongs, in a real sentence.
function itemExplanationProblems(
  questionId: string,
  items: readonly { id: string; explanation: string }[],
): QuestionProblem[] {
  return items.flatMap((item, index) =>
    item.explanation.trim().length >= MIN_EXPLANATION_LENGTH
      ? []
      : [
          {
            path: ['items', index, 'explanation'],
            message: `question ${questionId}: item ${item.id} needs an explanation of at least ${MIN_EXPLANATION_LENGTH} characters saying where it belongs and why`,
          },
        ],
  );
}

// Targets exist, at least one item is placed, ids are unique, every item is explained.
function matchingProblems(q: MatchingShape): QuestionProblem[] {
  const targets = new Set(q.targets.map((t) => t.id));
  const problems = [
    ...uniqueIdProblems(q.id, q.items, 'items'),
    ...uniqueIdProblems(q.id, q.targets, 'targets'),
    ...itemExplanationProblems(q.id, q.items),
  ];
  q.items.forEach((item, index) => {
    if (item.target !== null && !targets.has(item.target)) {
      problems.push({
        path: ['items', index, 'target'],
        message: `question ${q.id}: item ${item.id} names target "${item.target}", which is not among the targets (${[...targets].join(', ')}); use one of them or null`,
      });
    }
  });
  if (q.items.every((item) => item.target === null)) {
    problems.push({
      path: ['items'],
      message: `question ${q.id}: at least one item must have a target`,
    });
  }
  return problems;
}

// Accepted answers must be valid for the checker, and the closing explanation says why.
function typedProblems(q: TypedShape): QuestionProblem[] {
  const problems: QuestionProblem[] = typedKeyProblems({
    ...q,
    type: 'typed',
    references: [],
    topics: [],
  }).map((message) => ({ path: ['accepted'], message }));
  if ((q.explanation ?? '').trim().length < MIN_EXPLANATION_LENGTH) {
    problems.push({
      path: ['explanation'],
      message: `question ${q.id}: a typed question needs an explanation of at least ${MIN_EXPLANATION_LENGTH} characters that works the answer out`,
    });
  }
  return problems;
}
