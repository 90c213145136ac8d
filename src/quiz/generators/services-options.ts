import { randomFromNumber, shuffled } from '../random';
import type { QuizOption } from '../types';
import { letteredOptions } from './subnet-common';

// Option lists of the Services questions: the right option and three distinct wrong ones.

/** An option before it is lettered. */
export type Option = Omit<QuizOption, 'id'>;

/** The right option plus three distinct wrong ones, picked in a seeded order. */
export function pickOptions(seed: number, right: Option, wrong: Option[]): QuizOption[] {
  const seen = new Set([right.text]);
  const distinct = wrong.filter((o) => !seen.has(o.text) && seen.add(o.text));
  const picked = [right, ...shuffled(distinct, randomFromNumber(seed ^ 0x2545f491)).slice(0, 3)];
  return letteredOptions(seed, picked);
}
