import { registerGenerator, type QuestionGenerator } from '../generators';
import { DNS_TAGS } from './dns-common';
import { dnsFirstAnswerQuestion } from './dns-question-first';
import { dnsQueryCostQuestion } from './dns-question-cost';
import { dnsSrvQuestion } from './dns-question-srv';

// Question generators over the cluster DNS engine (src/sim/dns). Nothing registers them on
// import; call registerDnsGenerators() where wanted.

/** The DNS generators, in a fixed order. */
export const DNS_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'dns-query-cost',
    title: 'How many DNS queries does a short external name cost?',
    topics: DNS_TAGS,
    kinds: ['single'],
    generate: dnsQueryCostQuestion,
  },
  {
    id: 'dns-first-answer',
    title: 'Which name tried gets the first answer?',
    topics: DNS_TAGS,
    kinds: ['single'],
    generate: dnsFirstAnswerQuestion,
  },
  {
    id: 'dns-srv-answer',
    title: 'What does an SRV lookup return?',
    topics: DNS_TAGS,
    kinds: ['single'],
    generate: dnsSrvQuestion,
  },
];

/** Registers every DNS generator (safe to call more than once). */
export function registerDnsGenerators(): void {
  for (const generator of DNS_GENERATORS) registerGenerator(generator);
}
