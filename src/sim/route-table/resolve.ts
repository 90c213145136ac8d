import { parseAddress } from './address';
import { MAX_RECURSION } from './limits';
import { longestMatch, routeLabel } from './match';
import type { ForwardPath, Route } from './types';

// Recursive next-hop resolution: a route that gives only a next hop ("via 10.9.9.9") needs a second
// look-up of that next hop to find the interface, and maybe a third, until a route names one.

/** A resolved path, the sentences that explain each look-up, and whether it reached an interface. */
export interface Resolution {
  path: ForwardPath;
  steps: string[];
  resolved: boolean;
  /** The route the resolution ended on a Null0 (discard) interface. */
  discarded: boolean;
}

/** Resolves one route to a next hop and an exit interface, looking its next hop up as often as needed. */
export function resolveRoute(routes: readonly Route[], route: Route): Resolution {
  const steps: string[] = [];
  const seen = new Set<Route>([route]);
  let hop = route.nextHop;
  let current = route;
  for (let depth = 0; depth <= MAX_RECURSION; depth++) {
    if (current.exitInterface !== null || hop === null) {
      return finished(hop ?? current.nextHop, current.exitInterface, steps);
    }
    const match = longestMatch(routes, parseAddress(hop, route.family));
    const next = match?.best[0];
    if (!next)
      return failed(
        hop,
        steps,
        `${routeLabel(current)} names only the next hop ${hop}, and no route contains ${hop}: the next hop is unreachable, so IOS would not install this route.`,
      );
    if (seen.has(next))
      return failed(
        hop,
        steps,
        `Looking up ${hop} leads back to ${routeLabel(next)}: a recursive loop, so the next hop cannot be resolved.`,
      );
    if (next.source === 'local')
      return failed(
        hop,
        steps,
        `${hop} is the router's own address (${routeLabel(next)}): a route cannot use itself as the next hop.`,
      );
    steps.push(resolveSentence(current, hop, next));
    seen.add(next);
    current = next;
    if (next.nextHop !== null) hop = next.nextHop;
    else return finished(hop, next.exitInterface, steps);
  }
  return failed(
    hop ?? '',
    steps,
    `Resolving the next hop took more than ${String(MAX_RECURSION)} look-ups; the table recurses too deep.`,
  );
}

/** The sentence for one recursive look-up. */
function resolveSentence(current: Route, hop: string, next: Route): string {
  const where =
    next.nextHop === null
      ? `a directly connected route out ${next.exitInterface ?? '?'}`
      : next.exitInterface === null
        ? `a route via ${next.nextHop} that names no interface either, so look again`
        : `a route via ${next.nextHop} out ${next.exitInterface}`;
  return `${routeLabel(current)} gives only the next hop ${hop}, so look ${hop} up in the table too: it matches ${routeLabel(next)}, ${where}.`;
}

/** A path that reached an interface. */
function finished(
  nextHop: string | null,
  exitInterface: string | null,
  steps: string[],
): Resolution {
  const discarded = exitInterface !== null && /^null\s*0$/i.test(exitInterface);
  return { path: { nextHop, exitInterface }, steps, resolved: true, discarded };
}

/** A path that could not be resolved, with the reason as its last step. */
function failed(hop: string, steps: string[], reason: string): Resolution {
  return {
    path: { nextHop: hop, exitInterface: null },
    steps: [...steps, reason],
    resolved: false,
    discarded: false,
  };
}
