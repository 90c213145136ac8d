import type { Answer, Question } from '~/quiz/types';
import type { Response } from '~/progress/schema';

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

/** The learner's answer as the progress document keeps it (plain, mutable copies). */
export function responseOf(answer: Answer): Response {
  switch (answer.kind) {
    case 'choice':
      return { kind: 'choice', selected: [...answer.selected] };
    case 'order':
      return { kind: 'order', order: [...answer.order] };
    case 'match':
      return { kind: 'match', matches: { ...answer.matches } };
    case 'text':
      return { kind: 'text', text: answer.text };
    case 'parts': {
      // A scenario's parts are never scenarios themselves: anything nested deeper is dropped.
      const parts: Record<string, Exclude<Response, { kind: 'parts' }>> = {};
      for (const [id, part] of Object.entries(answer.parts)) {
        const response = responseOf(part);
        if (response.kind !== 'parts') parts[id] = response;
      }
      return { kind: 'parts', parts };
    }
  }
}
