import { cidrContains, formatCidr } from '../ip';
import type { CompiledRoute, CompiledRouteTable } from './compiled';

/** The route a table picks for an address, and the prefix length that won. */
export interface RouteChoice {
  route: CompiledRoute;
  prefix: number;
  reason: string;
}

/**
 * Looks up an address in a route table as AWS does: the longest matching prefix wins; on a tie a
 * static CIDR route beats a prefix-list route. A prefix-list route matches with the prefix of the
 * list's CIDR that holds the address.
 */
export function lookupRoute(
  table: CompiledRouteTable,
  address: number,
  addressText: string,
): RouteChoice | null {
  let best: { route: CompiledRoute; prefix: number } | null = null;
  for (const route of table.routes) {
    const matched = route.cidrs.filter((c) => cidrContains(c, address));
    if (matched.length === 0) continue;
    const prefix = Math.max(...matched.map((c) => c.prefix));
    const better =
      !best ||
      prefix > best.prefix ||
      (prefix === best.prefix && best.route.fromPrefixList && !route.fromPrefixList);
    if (better) best = { route, prefix };
  }
  if (!best) return null;
  const { route, prefix } = best;
  const through = route.fromPrefixList
    ? `${route.destination} (its ${formatCidr(route.cidrs.find((c) => c.prefix === prefix && cidrContains(c, address)) ?? route.cidrs[0] ?? { network: 0, prefix })} holds ${addressText})`
    : route.destination;
  return {
    route,
    prefix,
    reason: `route table ${table.id}: ${through} → ${route.targetId} (longest prefix /${String(prefix)}).`,
  };
}
