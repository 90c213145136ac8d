import { formatAddress, parseAddress } from './address';
import { sourceName } from './codes';
import { decide, noRouteDecision } from './decide';
import { longestMatch, routeLabel, type LongestMatch } from './match';
import type { LookupResult, LookupStep, Route, RouteMatch, RouteTable } from './types';

// lookupRoute: how a router picks the route for a destination. Every route whose network contains
// the destination matches; the longest prefix wins; among routes to that same prefix the lowest
// administrative distance, then the lowest metric (equal ones share the traffic); then the winner's
// next hop is resolved to an exit interface.

/** Looks a destination up in a table: the matches, the winner, the decision and the reasoning. */
export function lookupRoute(table: RouteTable, destination: string): LookupResult {
  const address = parseAddress(destination, table.family, 'destination');
  const shown = formatAddress(address);
  const match = longestMatch(table.routes, address);
  if (!match) return noMatch(table, shown);
  const matches = describeMatches(match);
  const resolved = decide(table.routes, match.best, shown);
  const steps: LookupStep[] = [
    { kind: 'compare', text: compareSentence(table.routes.length, match, shown) },
    { kind: 'longest', text: longestSentence(match) },
    ...tieBreakSteps(match),
    ...resolved.steps.map((text) => ({ kind: 'resolve' as const, text })),
    { kind: 'decision', text: resolved.decision.text },
  ];
  return {
    destination: shown,
    matches,
    winners: match.best,
    reason: reasonSentence(match, shown),
    decision: resolved.decision,
    steps,
  };
}

/** The result when no route contains the destination. */
function noMatch(table: RouteTable, shown: string): LookupResult {
  const decision = noRouteDecision(table, shown);
  const compare = `Compare ${shown} with each of the ${count(table.routes.length, 'route')}: none contains it.`;
  return {
    destination: shown,
    matches: [],
    winners: [],
    reason: `No route contains ${shown} and there is no default route, so the packet is dropped.`,
    decision,
    steps: [
      { kind: 'compare', text: compare },
      { kind: 'decision', text: decision.text },
    ],
  };
}

/** Every match with its status: the longest group first (winners first), then shorter prefixes. */
function describeMatches(match: LongestMatch): RouteMatch[] {
  const winner = match.best[0] as Route;
  const top = [...match.top].sort((a, b) => rankOrder(a.status) - rankOrder(b.status));
  const head = top.map(({ route, status }): RouteMatch => {
    if (status === 'best') {
      const tie = match.crossSourceTie ? 'tie' : 'winner';
      return {
        route,
        status: tie,
        reason:
          tie === 'tie'
            ? `Ties with another source on AD ${String(route.distance)}.`
            : `The longest matching prefix (/${String(route.length)})${match.top.length > 1 ? ' with the best distance and metric' : ''}.`,
      };
    }
    if (status === 'higher-distance') {
      return {
        route,
        status,
        reason: `Same prefix, but AD ${String(route.distance)} is higher than ${String(winner.distance)}: IOS would not install it beside ${routeLabel(winner)}.`,
      };
    }
    return {
      route,
      status,
      reason: `Same prefix and AD, but metric ${String(route.metric)} is higher than ${String(winner.metric)}.`,
    };
  });
  const rest = match.matching
    .filter((route) => route.length < winner.length)
    .map((route): RouteMatch => ({
      route,
      status: 'shorter-prefix',
      reason: `Contains the destination too, but /${String(route.length)} is shorter than /${String(winner.length)}.`,
    }));
  return [...head, ...rest];
}

/** Sorts the best routes before the losers. */
function rankOrder(status: string): number {
  return status === 'best' ? 0 : status === 'higher-metric' ? 1 : 2;
}

/** "Compare 10.1.2.70 with each of the 7 routes: 3 contain it: …" */
function compareSentence(total: number, match: LongestMatch, shown: string): string {
  const labels = match.matching.map(routeLabel).join(', ');
  return `Compare ${shown} with each of the ${count(total, 'route')}: ${match.matching.length === 1 ? 'one contains' : `${String(match.matching.length)} contain`} it (${labels}).`;
}

/** Which prefix is the longest. */
function longestSentence(match: LongestMatch): string {
  const winner = match.best[0] as Route;
  if (match.matching.length === 1) {
    return `Only ${routeLabel(winner)} matches, so it is the route${winner.length === 0 ? ' (the default route, used when nothing more specific matches)' : ''}.`;
  }
  return `The longest matching prefix is /${String(winner.length)} (${winner.prefix}): the more bits of the destination a route fixes, the more specific it is, and the most specific route wins.`;
}

/** The AD and metric comparison, when several routes share the longest prefix. */
function tieBreakSteps(match: LongestMatch): LookupStep[] {
  if (match.top.length < 2) return [];
  return [{ kind: 'tie-break', text: tieBreakSentence(match) }];
}

/** How IOS chooses among routes to the same prefix. */
function tieBreakSentence(match: LongestMatch): string {
  const winner = match.best[0] as Route;
  const group = `${String(match.top.length)} routes are for ${winner.prefix}`;
  if (match.crossSourceTie) {
    return `${group}, from different sources with the same AD ${String(winner.distance)}: metrics of different protocols cannot be compared, so the result is not set by the rules; give the sources different distances.`;
  }
  const losers = match.top.filter((entry) => entry.status !== 'best').map((entry) => entry.route);
  const byDistance = losers.filter((route) => route.distance !== winner.distance);
  const parts: string[] = [];
  if (byDistance.length > 0) {
    parts.push(
      `The lowest administrative distance wins: ${describe(winner)} beats ${byDistance.map(describe).join(', ')}, which would be used only if the better route disappeared (a floating route).`,
    );
  }
  if (losers.length > byDistance.length) {
    parts.push(`At equal distance, the lower metric (${String(winner.metric)}) wins.`);
  }
  if (match.best.length > 1) {
    parts.push(
      `${String(match.best.length)} paths tie on distance and metric, so the router keeps them all and shares the traffic.`,
    );
  }
  return `${group}. A routing table keeps one best route per prefix. ${parts.join(' ')}`;
}

/** "static (AD 1)". */
function describe(route: Route): string {
  return `${sourceName(route.source, route.distance)} ${routeLabel(route)} (AD ${String(route.distance)}, metric ${String(route.metric)})`;
}

/** The one-sentence reason the island shows. */
function reasonSentence(match: LongestMatch, shown: string): string {
  const winner = match.best[0] as Route;
  const lead =
    match.matching.length === 1
      ? `Only ${routeLabel(winner)} contains ${shown}`
      : `${shown} matches ${String(match.matching.length)} routes and the longest prefix, /${String(winner.length)}, wins`;
  const losers = match.top.filter((entry) => entry.status !== 'best');
  if (match.crossSourceTie) return `${lead}, but sources with equal AD tie for ${winner.prefix}.`;
  if (losers.some((entry) => entry.route.distance !== winner.distance)) {
    return `${lead}; of the routes for ${winner.prefix}, ${sourceName(winner.source, winner.distance)} wins with the lower AD (${String(winner.distance)}).`;
  }
  if (losers.length > 0)
    return `${lead}; of the routes for ${winner.prefix}, the lower metric (${String(winner.metric)}) wins.`;
  if (match.best.length > 1) return `${lead}, over ${String(match.best.length)} equal-cost paths.`;
  return `${lead}.`;
}

/** "7 routes", "1 route". */
function count(n: number, noun: string): string {
  return `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
}
