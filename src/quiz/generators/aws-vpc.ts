import { registerGenerator, type QuestionGenerator } from '../generators';
import { VPC_TAGS, vpcFlowQuestion } from './aws-vpc-question';

// Question generators over the AWS VPC engine (src/sim/aws-vpc). Nothing registers them on
// import; call registerAwsVpcGenerators() where wanted.

/** The AWS VPC generators, in a fixed order. */
export const AWS_VPC_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'vpc-flow-verdict',
    title: 'Is this flow allowed, and which rule decides?',
    topics: VPC_TAGS,
    kinds: ['single'],
    generate: vpcFlowQuestion,
  },
];

/** Registers every AWS VPC generator (safe to call more than once). */
export function registerAwsVpcGenerators(): void {
  for (const generator of AWS_VPC_GENERATORS) registerGenerator(generator);
}
