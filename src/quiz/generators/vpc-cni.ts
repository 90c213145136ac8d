import { registerGenerator, type QuestionGenerator } from '../generators';
import { VPC_CNI_TAGS, maxPodsQuestion } from './vpc-cni-question';

// Question generators over the VPC CNI engine (src/sim/vpc-cni). Nothing registers them on
// import; call registerVpcCniGenerators() where wanted.

/** The VPC CNI generators, in a fixed order. */
export const VPC_CNI_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'vpc-cni-max-pods',
    title: 'How many pods can this EKS node run?',
    topics: VPC_CNI_TAGS,
    kinds: ['single'],
    generate: maxPodsQuestion,
  },
];

/** Registers every VPC CNI generator (safe to call more than once). */
export function registerVpcCniGenerators(): void {
  for (const generator of VPC_CNI_GENERATORS) registerGenerator(generator);
}
