import { z } from 'astro/zod';
import { examTag } from './common';
import type { PartSchema } from './question-kinds';
import {
  ChoiceQuestionSchema,
  MatchingQuestionSchema,
  OrderingQuestionSchema,
  ScenarioQuestionSchema,
  TypedQuestionSchema,
} from './question-kinds';

export { LESSON_LINK_PATTERN, OptionSchema } from './question-fields';

/**
 * A question of a bank, in the style of the SAA-C03 and CCNA exams, by `type`:
 * - `single`: exactly one right option; `multiple`: choose all that apply (the prompt says how many);
 * - `ordering`: `items` written in the right order, shown shuffled;
 * - `matching`: drag and drop, each item naming its `target` (or null for a distractor);
 * - `typed`: a typed answer compared by its `checker` with the `accepted` answers;
 * - `scenario`: a shared stem and `parts` of the kinds above, a point each.
 * Every option or item explains itself; a typed question's explanation works the answer out.
 */
export const QuestionSchema = z.discriminatedUnion('type', [
  ChoiceQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
  TypedQuestionSchema,
  ScenarioQuestionSchema,
]);

/** A question bank: one YAML file in `content/questions/`, its id is the file name. */
export const QuestionBankSchema = z.object({
  /** Title shown above the quiz. */
  title: z.string().min(3),
  /** Exams the bank prepares for (the default for its questions). */
  exams: z.array(examTag).min(1),
  questions: z.array(QuestionSchema).min(1),
});

export type Question = z.output<typeof QuestionSchema>;
export type BankPart = z.output<typeof PartSchema>;
export type ChoiceBankQuestion = Extract<Question, { type: 'single' | 'multiple' }>;
export type QuestionOption = ChoiceBankQuestion['options'][number];
export type QuestionBank = z.output<typeof QuestionBankSchema>;
