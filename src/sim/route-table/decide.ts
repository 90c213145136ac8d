import { resolveRoute } from './resolve';
import type { ForwardingDecision, ForwardPath, Route, RouteTable } from './types';

// The forwarding decision once the winning route(s) are known: deliver on a connected subnet,
// accept a packet for the router itself, forward to a next hop (resolved recursively when the route
// names no interface), or drop.

/** The decision for the winners, and the recursive look-ups that led to it. */
export function decide(
  routes: readonly Route[],
  winners: readonly Route[],
  destination: string,
): { decision: ForwardingDecision; steps: string[] } {
  const local = winners.find((route) => route.source === 'local');
  if (local) {
    const host = local.length === (local.family === 4 ? 32 : 128);
    const text = host
      ? `The packet is for the router itself: ${destination} is its own address on ${local.exitInterface ?? 'an interface'}, so it is not forwarded.`
      : `The packet is for the router itself: ${destination} falls in ${local.prefix}, a local (L) range the router receives rather than forwards.`;
    return { decision: { action: 'local', paths: [], text }, steps: [] };
  }
  const resolutions = winners.map((route) => resolveRoute(routes, route));
  const steps = resolutions.flatMap((resolution) => resolution.steps);
  const usable = resolutions.filter((r) => r.resolved && !r.discarded).map((r) => r.path);
  const neighbourProtocol = winners[0]?.family === 6 ? 'Neighbor Discovery' : 'ARP';
  if (usable.length > 0) {
    return { decision: forwardDecision(usable, destination, neighbourProtocol), steps };
  }
  if (resolutions.some((r) => r.discarded)) {
    const text = `Drop: the route sends ${destination} to Null0, the discard interface (a summary or a deliberate black hole).`;
    return { decision: { action: 'drop', paths: [], dropReason: 'null0', text }, steps };
  }
  const hop = resolutions[0]?.path.nextHop ?? '?';
  const text = `Drop: the next hop ${hop} cannot be reached through the table, so the route cannot be used.`;
  return { decision: { action: 'drop', paths: [], dropReason: 'unresolved', text }, steps };
}

/** Forward to a next hop, or deliver on a connected subnet (one path, or equal-cost paths). */
function forwardDecision(
  paths: ForwardPath[],
  destination: string,
  neighbourProtocol: string,
): ForwardingDecision {
  const first = paths[0] ?? { nextHop: null, exitInterface: null };
  if (first.nextHop === null) {
    return {
      action: 'deliver',
      paths,
      text: `Deliver directly: ${destination} is on a subnet reached out ${first.exitInterface ?? '?'}, so the router sends the frame to ${destination} itself (found with ${neighbourProtocol}), with no next-hop router.`,
    };
  }
  const each = paths.map(
    (path) => `${path.nextHop ?? destination} out ${path.exitInterface ?? '?'}`,
  );
  const text =
    paths.length > 1
      ? `Forward on ${String(paths.length)} equal-cost paths, shared between them: ${each.join('; ')}.`
      : `Forward to the next hop ${each[0] ?? ''}.`;
  return { action: 'forward', paths, text };
}

/** The decision when nothing matches: drop, saying whether a gateway of last resort was set. */
export function noRouteDecision(table: RouteTable, destination: string): ForwardingDecision {
  const gateway =
    table.gatewayOfLastResort === null
      ? ' The table says "Gateway of last resort is not set".'
      : '';
  return {
    action: 'drop',
    paths: [],
    dropReason: 'no-route',
    text: `Drop: no route contains ${destination} and there is no default route (${table.family === 4 ? '0.0.0.0/0' : '::/0'}).${gateway}`,
  };
}
