import { registerGenerator, type QuestionGenerator } from '../generators';
import {
  analyzeQuestion,
  eui64Question,
  ipv6TypeQuestion,
  summaryQuestion,
  vlsmQuestion,
} from './subnet-drill-questions';
import { EUI64_TAGS, IPV4_TAGS, IPV6_TYPE_TAGS } from './subnet-common';
import { usableAddressQuestion } from './subnet-usable';

// Question generators over the subnet engine (src/sim/subnet): the proof that engines can feed
// the quiz. Nothing registers them on import; call registerSubnetGenerators() where wanted.

/** The subnet generators, in a fixed order. */
export const SUBNET_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'subnet-analyze',
    title: 'Analyze a subnet',
    topics: IPV4_TAGS,
    kinds: ['scenario'],
    generate: analyzeQuestion,
  },
  {
    id: 'subnet-usable',
    title: 'Which address is usable?',
    topics: IPV4_TAGS,
    kinds: ['single'],
    generate: usableAddressQuestion,
  },
  {
    id: 'subnet-summary',
    title: 'Summarize routes',
    topics: IPV4_TAGS,
    kinds: ['single'],
    generate: summaryQuestion,
  },
  {
    id: 'ipv6-type',
    title: 'IPv6 address type',
    topics: IPV6_TYPE_TAGS,
    kinds: ['single'],
    generate: ipv6TypeQuestion,
  },
  {
    id: 'ipv6-eui64',
    title: 'Modified EUI-64',
    topics: EUI64_TAGS,
    kinds: ['typed'],
    generate: eui64Question,
  },
  {
    id: 'subnet-vlsm',
    title: 'VLSM plan',
    topics: IPV4_TAGS,
    kinds: ['scenario'],
    generate: vlsmQuestion,
  },
];

/** Registers every subnet generator (safe to call more than once). */
export function registerSubnetGenerators(): void {
  for (const generator of SUBNET_GENERATORS) registerGenerator(generator);
}
