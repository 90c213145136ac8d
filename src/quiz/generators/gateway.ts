import { registerGenerator, type QuestionGenerator } from '../generators';
import { GATEWAY_TAGS, gatewayBackendQuestion } from './gateway-question';

// Question generators over the Gateway API engine (src/sim/gateway). Nothing registers them on
// import; call registerGatewayGenerators() where wanted.

/** The Gateway API generators, in a fixed order. */
export const GATEWAY_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'gateway-backend',
    title: 'Which backend answers this request through the Gateway?',
    topics: GATEWAY_TAGS,
    kinds: ['single'],
    generate: gatewayBackendQuestion,
  },
];

/** Registers every Gateway API generator (safe to call more than once). */
export function registerGatewayGenerators(): void {
  for (const generator of GATEWAY_GENERATORS) registerGenerator(generator);
}
