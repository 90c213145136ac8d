import type { Question } from '~/quiz/types';

// The question a lesson quiz or a review card shows: any engine question, with the exam domain it
// counts toward and the lesson section that teaches it.

/** A question as a card shows it. */
export type CardQuestion = Question & {
  domain?: string | undefined;
  read?: { title: string; href: string } | undefined;
};

/** A single-choice or multiple-response card, which the light QuestionCard renders. */
export type ChoiceCardQuestion = Extract<CardQuestion, { type: 'single' | 'multiple' }>;

/** Whether a card is a choice of options (QuestionCard) rather than another kind (PracticeCard). */
export function isChoiceCard(question: CardQuestion): question is ChoiceCardQuestion {
  return question.type === 'single' || question.type === 'multiple';
}
