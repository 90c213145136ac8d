// The question model of the quiz engine: a discriminated union over `type`, plain serialisable
// data (no functions, no Dates) so that questions travel from build time to islands as JSON.

/** One answer option as the quiz shows it. */
export interface QuizOption {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
}

/** A question as the quiz island receives it (a plain, serialisable subset of the bank's question). */
export interface QuizQuestion {
  id: string;
  type: 'single' | 'multiple';
  prompt: string;
  options: QuizOption[];
  explanation?: string | undefined;
  domain?: string | undefined;
  references: { title: string; url: string }[];
}

/** A documentation page that backs the facts in a question. */
export interface Reference {
  title: string;
  url: string;
}

/** How hard a question is: 1–3, or the same scale in words. */
export type Difficulty = 1 | 2 | 3 | 'easy' | 'medium' | 'hard';

/** Where a question came from when a generator made it (so it can be made again). */
export interface GeneratedFrom {
  generator: string;
  seed: number;
}

/** The fields every kind of question has. */
export interface QuestionBase {
  /** Stable id, unique across banks and generators; progress is recorded under it. */
  id: string;
  prompt: string;
  /** A closing explanation shown after the per-option or per-item ones. */
  explanation?: string | undefined;
  references: Reference[];
  /** Exam topic tags, `<examId>:<topicId>` (see src/data/exam-blueprints.json). */
  topics: string[];
  difficulty?: Difficulty | undefined;
  /** The lesson that teaches this: `module/lesson#heading-id`. */
  lesson?: string | undefined;
  generated?: GeneratedFrom | undefined;
}

/** Multiple choice with exactly one right option. */
export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: QuizOption[];
}

/** Multiple response: the stem says how many to choose (`choose`), all must be right. */
export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  choose: number;
  options: QuizOption[];
}

/** An item of an ordering or matching question; `explanation` says where it belongs and why. */
export interface QuizItem {
  id: string;
  text: string;
  explanation?: string | undefined;
}

/** Put the items in order: `order` lists every item id in the right sequence. */
export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  items: QuizItem[];
  order: string[];
}

/**
 * Drag and drop (CCNA style): each left-hand item goes to one right-hand target or to none (a
 * distractor that stays unplaced). `key` maps every item id to its target id, or null for "none";
 * a target may receive several items or none.
 */
export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  items: QuizItem[];
  targets: { id: string; text: string }[];
  key: Record<string, string | null>;
}

/** How a typed answer is compared with the accepted ones. */
export type TypedChecker = 'ipv4' | 'ipv6' | 'cidr' | 'number' | 'text';

/** A typed answer (fill in the blank), compared by its checker with each accepted answer. */
export interface TypedQuestion extends QuestionBase {
  type: 'typed';
  checker: TypedChecker;
  accepted: string[];
  /** Only for the `text` checker: compare letter case too (default: ignore case). */
  caseSensitive?: boolean | undefined;
  placeholder?: string | undefined;
}

/** A question that can stand alone or be a part of a scenario. */
export type PartQuestion =
  SingleQuestion | MultipleQuestion | OrderingQuestion | MatchingQuestion | TypedQuestion;

/** A testlet: a shared stem with several sub-questions; each part scores one point. */
export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  parts: PartQuestion[];
}

/** Any question of the engine. */
export type Question = PartQuestion | ScenarioQuestion;

/** The kinds of question, as `Question['type']`. */
export type QuestionType = Question['type'];

/** Every question kind, in a fixed order. */
export const QUESTION_TYPES: readonly QuestionType[] = [
  'single',
  'multiple',
  'ordering',
  'matching',
  'typed',
  'scenario',
];

/** A learner's answer; its `kind` must suit the question's type. */
export type Answer =
  | { kind: 'choice'; selected: readonly string[] }
  | { kind: 'order'; order: readonly string[] }
  | { kind: 'match'; matches: Readonly<Record<string, string | null>> }
  | { kind: 'text'; text: string }
  | { kind: 'parts'; parts: Readonly<Record<string, Answer>> };
