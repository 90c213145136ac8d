import { registerGenerator, type QuestionGenerator } from '../generators';
import { NETPOL_TAGS, netpolReachabilityQuestion } from './netpol-question';

// Question generators over the NetworkPolicy engine (src/sim/netpol). Nothing registers them on
// import; call registerNetpolGenerators() where wanted.

/** The NetworkPolicy generators, in a fixed order. */
export const NETPOL_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'netpol-reachability',
    title: 'Can this pod reach that one?',
    topics: NETPOL_TAGS,
    kinds: ['single'],
    generate: netpolReachabilityQuestion,
  },
];

/** Registers every NetworkPolicy generator (safe to call more than once). */
export function registerNetpolGenerators(): void {
  for (const generator of NETPOL_GENERATORS) registerGenerator(generator);
}
