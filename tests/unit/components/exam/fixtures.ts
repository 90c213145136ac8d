import type { Question, SingleQuestion } from '~/quiz';

/** A single-choice policy question whose right option is `a`. */
export function policyQuestion(n: number): SingleQuestion {
  return {
    id: `pol-q${n}`,
    type: 'single',
    prompt: `Policy question number ${n}: which option is right?`,
    options: [
      { id: 'a', text: `Right ${n}`, correct: true, explanation: 'Because it is right.' },
      { id: 'b', text: `Wrong ${n}`, correct: false, explanation: 'Because it is wrong.' },
    ],
    references: [],
    topics: ['k8s:policy'],
  };
}

/** Three policy questions: a pool for a short `K8S-POLICY-…` checkpoint. */
export const POOL: Question[] = [policyQuestion(1), policyQuestion(2), policyQuestion(3)];
