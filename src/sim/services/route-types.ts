import {
  categorizeEndpoints,
  proxyEndpoints,
  type Categorized,
  type ProxyEndpoint,
} from './categorize';
import type { CompiledCluster } from './compile';
import type { PickState } from './pick';
import type { Random } from './random';
import type { ProxyMode, ResolvedPort, ResolvedService } from './types';

// The shapes of the traffic router: who sends, what one connection's outcome says, and the context
// a run carries (with the per-node endpoint choice cached, since it is the same for every request).

export type TrafficClient =
  | { kind: 'pod'; pod: string; namespace?: string } // dials the cluster IP
  | { kind: 'external'; ip: string; via: 'loadBalancer' | { node: string } }; // LB address, or nodeIP:nodePort

export interface Translation {
  from: string; // "ip:port" before
  to: string; // "ip:port" after
}

export interface RequestOutcome {
  verdict: 'delivered' | 'dropped' | 'rejected' | 'not-proxied';
  sourceIp: string; // the client's address
  entryNode: string | null; // the node whose rules handled the packet
  dialled: string | null; // "ip:port" the client connected to
  endpoint: ProxyEndpoint | null;
  dnat: Translation | null;
  snat: Translation | null; // source rewritten to the node (masquerade)
  seenSource: string | null; // the source address the backend pod sees
  crossNode: boolean; // the endpoint is on another node than entryNode (one more hop)
  reason: string;
}

export interface RouteContext {
  compiled: CompiledCluster;
  service: ResolvedService;
  port: ResolvedPort;
  mode: ProxyMode;
  random: Random;
  state: PickState;
  categorized?: Map<string, Categorized>; // per node, filled on first use
}

/** The endpoints kube-proxy on a node uses for this Service port (computed once per node). */
export function categorizedOn(ctx: RouteContext, node: string): Categorized {
  ctx.categorized ??= new Map();
  let found = ctx.categorized.get(node);
  if (found === undefined) {
    const slice = ctx.compiled.slices.get(`${ctx.service.namespace}/${ctx.service.name}`) ?? null;
    found = categorizeEndpoints(
      ctx.service,
      proxyEndpoints(slice, ctx.port),
      node,
      ctx.compiled.model,
    );
    ctx.categorized.set(node, found);
  }
  return found;
}
