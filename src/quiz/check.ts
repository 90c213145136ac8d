import { isCorrect } from './scoring';
import { checkTyped } from './typed-check';
import type {
  Answer,
  MatchingQuestion,
  OrderingQuestion,
  PartQuestion,
  Question,
  ScenarioQuestion,
} from './types';

/** How one answer scored: points earned out of the question's points (a scenario has one per part). */
export interface AnswerScore {
  correct: boolean;
  points: number;
  maxPoints: number;
}

/** Whether an answer is right: all or nothing for choices, order and matching; typed by checker. */
export function checkAnswer(question: Question, answer: Answer | undefined): boolean {
  return scoreAnswer(question, answer).correct;
}

/** Scores an answer; a missing or mismatched answer earns nothing (no penalty for guessing). */
export function scoreAnswer(question: Question, answer: Answer | undefined): AnswerScore {
  if (question.type === 'scenario') return scoreScenario(question, answer);
  const correct = answer !== undefined && isPartCorrect(question, answer);
  return { correct, points: correct ? 1 : 0, maxPoints: 1 };
}

/** Whether an answer to a stand-alone (non-scenario) question is right. */
function isPartCorrect(question: PartQuestion, answer: Answer): boolean {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return answer.kind === 'choice' && isCorrect(question, answer.selected);
    case 'ordering':
      return answer.kind === 'order' && isOrderCorrect(question, answer.order);
    case 'matching':
      return answer.kind === 'match' && isMatchingCorrect(question, answer.matches);
    case 'typed':
      return answer.kind === 'text' && checkTyped(question, answer.text).correct;
  }
}

/** Whether the order names every item exactly once, in the right sequence. */
export function isOrderCorrect(question: OrderingQuestion, order: readonly string[]): boolean {
  return order.length === question.order.length && question.order.every((id, i) => order[i] === id);
}

/** Whether every item went to its target (or stayed unplaced when its key is null). */
export function isMatchingCorrect(
  question: MatchingQuestion,
  matches: Readonly<Record<string, string | null>>,
): boolean {
  const known = new Set(question.items.map((item) => item.id));
  if (Object.keys(matches).some((id) => !known.has(id))) return false;
  return question.items.every(
    (item) => (matches[item.id] ?? null) === (question.key[item.id] ?? null),
  );
}

/** Scores a scenario part by part: one point per right part; correct only when all are. */
function scoreScenario(question: ScenarioQuestion, answer: Answer | undefined): AnswerScore {
  const parts = answer?.kind === 'parts' ? answer.parts : {};
  const points = question.parts.filter((part) => {
    const given = parts[part.id];
    return given !== undefined && isPartCorrect(part, given);
  }).length;
  return { correct: points === question.parts.length, points, maxPoints: question.parts.length };
}

/** The right answer to a question, in the shape a learner would give it (for reveal and export). */
export function answerKey(question: Question): Answer {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return {
        kind: 'choice',
        selected: question.options.filter((o) => o.correct).map((o) => o.id),
      };
    case 'ordering':
      return { kind: 'order', order: [...question.order] };
    case 'matching':
      return { kind: 'match', matches: { ...question.key } };
    case 'typed':
      return { kind: 'text', text: question.accepted[0] ?? '' };
    case 'scenario':
      return {
        kind: 'parts',
        parts: Object.fromEntries(question.parts.map((part) => [part.id, answerKey(part)])),
      };
  }
}

/** Whether an answer is whole enough to check: every choice made, every item placed, every part answered. */
export function isAnswerComplete(question: Question, answer: Answer | undefined): boolean {
  if (answer === undefined) return false;
  if (question.type === 'scenario') {
    const parts = answer.kind === 'parts' ? answer.parts : {};
    return question.parts.every((part) => isAnswerComplete(part, parts[part.id]));
  }
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        answer.kind === 'choice' &&
        answer.selected.length === (question.type === 'single' ? 1 : question.choose)
      );
    case 'ordering':
      return answer.kind === 'order' && answer.order.length === question.items.length;
    case 'matching':
      return answer.kind === 'match';
    case 'typed':
      return answer.kind === 'text' && answer.text.trim() !== '';
  }
}
