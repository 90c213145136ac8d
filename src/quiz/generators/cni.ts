import { registerGenerator, type QuestionGenerator } from '../generators';
import { cniRangeFullQuestion } from './cni-question-full';
import { cniNextIpQuestion } from './cni-question-ip';
import { cniCallOrderQuestion } from './cni-question-order';
import { CNI_TAGS } from './cni-text';

// Question generators over the CNI engine (src/sim/cni): the next address host-local hands out,
// the error when the range is full, and the order plugins run in. Nothing registers them on
// import; call registerCniGenerators() where wanted.

/** The CNI generators, in a fixed order. */
export const CNI_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'cni-next-ip',
    title: 'Which address does host-local hand the next pod?',
    topics: CNI_TAGS,
    kinds: ['single'],
    generate: cniNextIpQuestion,
  },
  {
    id: 'cni-range-full',
    title: 'What happens when the pod range is full?',
    topics: CNI_TAGS,
    kinds: ['single'],
    generate: cniRangeFullQuestion,
  },
  {
    id: 'cni-call-order',
    title: 'In which order do the CNI plugins run?',
    topics: CNI_TAGS,
    kinds: ['single'],
    generate: cniCallOrderQuestion,
  },
];

/** Registers every CNI generator (safe to call more than once). */
export function registerCniGenerators(): void {
  for (const generator of CNI_GENERATORS) registerGenerator(generator);
}
