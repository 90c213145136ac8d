import { formatIpv4 } from '~/sim/ip';
import { lookupRoute, parseRouteTable, routeLabel } from '~/sim/route-table';
import type { LookupResult, Route } from '~/sim/route-table';
import { randomFromNumber } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { routeTableScenario } from './route-table-network';
import { base, letteredOptions } from './subnet-common';

// "Which next hop does R1 use for 10.20.30.70?": the key and every option's explanation come from
// the route-table engine (lookupRoute) over the seeded table of route-table-network.ts.

export const ROUTE_TABLE_TAGS = ['ccna-200-301-v2:3.1', 'ccna-200-301:3.2'];
const LESSON = 'ccna/ip-routing#longest-prefix-match';
const REFERENCES = [
  {
    title: 'Cisco, Route Selection in Cisco Routers',
    url: 'https://www.cisco.com/c/en/us/support/docs/ip/enhanced-interior-gateway-routing-protocol-eigrp/8651-21.html',
  },
  {
    title: 'RFC 1812, Requirements for IP Version 4 Routers (5.2.4.3, next hop selection)',
    url: 'https://www.rfc-editor.org/rfc/rfc1812',
  },
];
/** The option for "no route": the packet is dropped. */
export const DROP_OPTION = 'None: R1 drops the packet';

/** The option texts: R1's three neighbours and "drop". */
function candidateTexts(routes: readonly Route[]): string[] {
  const hops = routes.flatMap((route) => (route.nextHop === null ? [] : [route.nextHop]));
  return [...new Set(hops), DROP_OPTION];
}

/** Why a wrong option is wrong, from the lookup's matches (or why its routes do not match). */
function wrongExplanation(text: string, result: LookupResult, routes: readonly Route[]): string {
  const winner = result.winners[0];
  if (text === DROP_OPTION) {
    return `No. A router drops a packet only when no route contains the destination and there is no default route; here ${winner ? routeLabel(winner) : 'a route'} contains ${result.destination}.`;
  }
  const match = result.matches.find((m) => m.route.nextHop === text);
  if (match)
    return `No. ${text} is the next hop of ${routeLabel(match.route)}, which ${match.status === 'shorter-prefix' ? `also contains ${result.destination}, but a /${String(match.route.length)} is shorter than the winning /${String(winner?.length ?? 0)}` : 'does not win here'}.`;
  const own = routes
    .filter((route) => route.nextHop === text)
    .map(
      (route) =>
        `${routeLabel(route)} (up to ${formatIpv4(route.network + 2 ** (32 - route.length) - 1)})`,
    );
  const verb = own.length > 1 ? 'do' : 'does';
  return `No. ${text} is the next hop only of ${own.join(' and ')}, which ${verb} not contain ${result.destination}.`;
}

/** Makes the question for one seed. */
export function routeNextHopQuestion(seed: number): SingleQuestion {
  const random = randomFromNumber(seed);
  const { text, destination, scenario } = routeTableScenario(random);
  const table = parseRouteTable(text);
  const result = lookupRoute(table, destination);
  const right =
    result.decision.action === 'forward'
      ? (result.decision.paths[0]?.nextHop ?? DROP_OPTION)
      : DROP_OPTION;
  const options: Omit<QuizOption, 'id'>[] = candidateTexts(table.routes).map((option) =>
    option === right
      ? {
          text: option,
          correct: true,
          explanation: `Right. ${result.reason} ${result.decision.text}`,
        }
      : {
          text: option,
          correct: false,
          explanation: wrongExplanation(option, result, table.routes),
        },
  );
  const prompt = `R1's routing table:\n\n\`\`\`text\n${text}\n\`\`\`\n\nWhich next hop does R1 use for a packet to ${destination}?`;
  return {
    ...base('route-next-hop', prompt, {
      references: REFERENCES,
      topics: ROUTE_TABLE_TAGS,
      difficulty: scenario === 'mid' ? 3 : scenario === 'long' ? 1 : 2,
      lesson: LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
