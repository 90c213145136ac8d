import { registerGenerator, type QuestionGenerator } from '../generators';
import { ROUTE_TABLE_TAGS, routeNextHopQuestion } from './route-table-question';

// Question generators over the route-table engine (src/sim/route-table): "which next hop does R1
// use?" for a seeded `show ip route`. Nothing registers them on import; call
// registerRouteTableGenerators() where wanted.

export { DROP_OPTION, ROUTE_TABLE_TAGS } from './route-table-question';

/** The route-table generators, in a fixed order. */
export const ROUTE_TABLE_GENERATORS: readonly QuestionGenerator[] = [
  {
    id: 'route-next-hop',
    title: 'Find the next hop in a routing table',
    topics: ROUTE_TABLE_TAGS,
    kinds: ['single'],
    generate: routeNextHopQuestion,
  },
];

/** Registers every route-table generator (safe to call more than once). */
export function registerRouteTableGenerators(): void {
  for (const generator of ROUTE_TABLE_GENERATORS) registerGenerator(generator);
}
