import { registerGenerator, type QuestionGenerator } from '../generators';
import { INGRESS_TAGS, ingressBackendQuestion } from './ingress-question';
import { ingressWildcardQuestion } from './ingress-wildcard-question';

// Question generators over the Ingress engine (src/sim/ingress). Nothing registers them on
// import; call registerIngressGenerators() where wanted.

/** The Ingress generators, in a fixed order. */
export const INGRESS_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'ingress-which-backend',
    title: 'Which backend does this request reach through the Ingress?',
    topics: INGRESS_TAGS,
    kinds: ['single'],
    generate: ingressBackendQuestion,
  },
  {
    id: 'ingress-wildcard-vs-gateway',
    title: 'Does an Ingress wildcard host and its HTTPRoute hostname accept this host?',
    topics: INGRESS_TAGS,
    kinds: ['single'],
    generate: ingressWildcardQuestion,
  },
];

/** Registers every Ingress generator (safe to call more than once). */
export function registerIngressGenerators(): void {
  for (const generator of INGRESS_GENERATORS) registerGenerator(generator);
}
