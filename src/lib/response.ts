import type { Answer } from '~/quiz/types';
import type { Response } from '~/progress/schema';

// A learner's answer, from the quiz engine's shape to the one the progress document keeps. Its own
// module: only the cards of the other question kinds and the exam need it, not every lesson quiz.

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
