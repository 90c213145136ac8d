import type { QuizQuestion } from './types';

/** Whether a selection is exactly the set of correct options (no partial credit, as in the exams). */
export function isCorrect(question: QuizQuestion, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  if (chosen.size !== selected.length) return false;
  const correctIds = question.options.filter((o) => o.correct).map((o) => o.id);
  return correctIds.length === chosen.size && correctIds.every((id) => chosen.has(id));
}

/** How many options the learner must choose: one, or as many as are correct. */
export function requiredChoices(question: QuizQuestion): number {
  return question.type === 'single' ? 1 : question.options.filter((o) => o.correct).length;
}

/** Whether a selection can be checked: it names real options and has the right count. */
export function isCompleteSelection(question: QuizQuestion, selected: readonly string[]): boolean {
  const known = new Set(question.options.map((o) => o.id));
  return selected.length === requiredChoices(question) && selected.every((id) => known.has(id));
}

/** The score of a quiz from the recorded answers: how many answered, how many right. */
export function quizScore(
  questions: readonly { id: string }[],
  answers: Readonly<Record<string, { correct: boolean } | undefined>>,
): { answered: number; correct: number; total: number } {
  let answered = 0;
  let correct = 0;
  for (const q of questions) {
    const answer = answers[q.id];
    if (!answer) continue;
    answered += 1;
    if (answer.correct) correct += 1;
  }
  return { answered, correct, total: questions.length };
}
