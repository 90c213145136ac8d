import { typedKeyProblems } from './typed-check';
import type { MatchingQuestion, OrderingQuestion, PartQuestion, Question } from './types';

/** Lists what is structurally wrong with a question (empty when it is sound), for content checks and tests. */
export function questionProblems(question: Question): string[] {
  if (question.type !== 'scenario') return partProblems(question);
  const problems =
    question.parts.length === 0 ? [`question ${question.id}: a scenario needs parts`] : [];
  const ids = question.parts.map((part) => part.id);
  if (new Set(ids).size !== ids.length) problems.push(`question ${question.id}: part ids repeat`);
  return [...problems, ...question.parts.flatMap(partProblems)];
}

/** Checks one non-scenario question. */
function partProblems(question: PartQuestion): string[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return choiceProblems(question);
    case 'ordering':
      return orderingProblems(question);
    case 'matching':
      return matchingProblems(question);
    case 'typed':
      return question.accepted.length === 0
        ? [`question ${question.id}: a typed question needs an accepted answer`]
        : typedKeyProblems(question);
  }
}

/** Single: exactly one right option; multiple: `choose` right options, at least two. */
function choiceProblems(question: PartQuestion & { type: 'single' | 'multiple' }): string[] {
  const problems = duplicateIds(
    question.id,
    question.options.map((o) => o.id),
  );
  const correct = question.options.filter((o) => o.correct).length;
  const wanted = question.type === 'single' ? 1 : question.choose;
  if (correct !== wanted) {
    problems.push(
      `question ${question.id}: ${String(wanted)} right option(s) expected, found ${String(correct)}`,
    );
  }
  if (question.type === 'multiple' && question.choose < 2) {
    problems.push(`question ${question.id}: a multiple-response question asks for at least two`);
  }
  return problems;
}

/** The order must list every item exactly once. */
function orderingProblems(question: OrderingQuestion): string[] {
  const problems = duplicateIds(
    question.id,
    question.items.map((item) => item.id),
  );
  const items = new Set(question.items.map((item) => item.id));
  const order = new Set(question.order);
  if (
    order.size !== question.order.length ||
    order.size !== items.size ||
    [...order].some((id) => !items.has(id))
  ) {
    problems.push(`question ${question.id}: the order must list every item exactly once`);
  }
  return problems;
}

/** Every item must have a key entry naming a real target or null. */
function matchingProblems(question: MatchingQuestion): string[] {
  const problems = duplicateIds(
    question.id,
    [...question.items, ...question.targets].map((x) => x.id),
  );
  const targets = new Set(question.targets.map((target) => target.id));
  for (const item of question.items) {
    const target = question.key[item.id];
    if (target === undefined || (target !== null && !targets.has(target))) {
      problems.push(`question ${question.id}: item ${item.id} needs a key naming a target or null`);
    }
  }
  return problems;
}

/** Reports ids that appear more than once. */
function duplicateIds(questionId: string, ids: readonly string[]): string[] {
  return new Set(ids).size === ids.length ? [] : [`question ${questionId}: ids must be unique`];
}
