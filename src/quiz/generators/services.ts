import { registerGenerator, type QuestionGenerator } from '../generators';
import { clientIpQuestion, endpointsQuestion } from './services-question';
import { probabilityQuestion } from './services-probability';
import { SERVICES_TAGS } from './services-text';

// Question generators over the Services engine (src/sim/services). Nothing registers them on
// import; call registerServicesGenerators() where wanted.

/** The Services generators, in a fixed order. */
export const SERVICES_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'services-endpoint-choice',
    title: 'Which pods can this connection to a Service reach?',
    topics: SERVICES_TAGS,
    kinds: ['single'],
    generate: endpointsQuestion,
  },
  {
    id: 'services-iptables-probability',
    title: 'Which --probability does this KUBE-SVC rule carry?',
    topics: SERVICES_TAGS,
    kinds: ['single'],
    generate: probabilityQuestion,
  },
  {
    id: 'services-client-ip',
    title: 'Does the client IP survive this traffic policy?',
    topics: SERVICES_TAGS,
    kinds: ['single'],
    generate: clientIpQuestion,
  },
];

/** Registers every Services generator (safe to call more than once). */
export function registerServicesGenerators(): void {
  for (const generator of SERVICES_GENERATORS) registerGenerator(generator);
}
