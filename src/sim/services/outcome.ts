import type { ProxyEndpoint } from './categorize';
import { pickEndpoint } from './pick';
import type { RequestOutcome, RouteContext } from './route-types';
import type { NodeModel, ResolvedService } from './types';

// The outcome of one connection once its entry node is known: not proxied at all, dropped or
// rejected for want of an endpoint, or delivered with its DNAT and (when marked) its SNAT.

/** An outcome that never reached kube-proxy's rules. */
export function notProxied(sourceIp: string, reason: string): RequestOutcome {
  return {
    verdict: 'not-proxied',
    sourceIp,
    entryNode: null,
    dialled: null,
    endpoint: null,
    dnat: null,
    snat: null,
    seenSource: null,
    crossNode: false,
    reason,
  };
}

/** Why a Service without a virtual IP is not handled by kube-proxy. */
export function unproxiedReason(service: ResolvedService): string | null {
  if (service.type === 'ExternalName') {
    return `An ExternalName Service has no cluster IP and no kube-proxy rules: cluster DNS answers ${service.name}.${service.namespace}.svc with a CNAME to ${service.externalName ?? ''}, and the client connects to that name's address itself.`;
  }
  if (service.headless) {
    return 'A headless Service (clusterIP: None) has no virtual IP and no kube-proxy rules: DNS returns the ready pods\u2019 own addresses and the client connects to one of them directly.';
  }
  return null;
}

/** The outcome once the entry node and the candidate endpoints are known. */
export function finish(
  ctx: RouteContext,
  entry: NodeModel,
  sourceIp: string,
  dialled: string,
  candidates: {
    endpoints: ProxyEndpoint[];
    chain: string;
    masquerade: boolean;
    empty: 'drop' | 'reject';
  },
): RequestOutcome {
  const base = {
    sourceIp,
    entryNode: entry.name,
    dialled,
    snat: null,
    seenSource: null,
    crossNode: false,
  };
  if (candidates.endpoints.length === 0) {
    return {
      ...base,
      verdict: candidates.empty === 'reject' ? 'rejected' : 'dropped',
      endpoint: null,
      dnat: null,
      reason:
        candidates.empty === 'reject'
          ? 'The Service has no usable endpoints at all, so the filter rules REJECT the connection (the client sees "connection refused").'
          : `Node ${entry.name} has no local endpoint for this traffic policy, so its rules DROP the packet (the client times out).`,
    };
  }
  const endpoint = pickEndpoint(candidates.endpoints, ctx.mode, ctx.random, ctx.state, {
    chain: `${entry.name}|${candidates.chain}`,
    clientIp: sourceIp,
    affinity: ctx.service.sessionAffinity === 'ClientIP',
  });
  if (endpoint === null) throw new Error('pickEndpoint returned null for a non-empty list');
  const target = `${endpoint.ip}:${String(endpoint.port)}`;
  const hairpin = endpoint.ip === sourceIp;
  const masquerade = candidates.masquerade || hairpin;
  const snat = masquerade ? { from: sourceIp, to: entry.ip } : null;
  const crossNode = endpoint.node !== entry.name;
  return {
    ...base,
    verdict: 'delivered',
    endpoint,
    dnat: { from: dialled, to: target },
    snat,
    seenSource: snat === null ? sourceIp : entry.ip,
    crossNode,
    reason: deliveredReason(endpoint, entry, snat !== null, hairpin, crossNode),
  };
}

/** One sentence on where the connection went and which addresses changed. */
function deliveredReason(
  e: ProxyEndpoint,
  entry: NodeModel,
  snat: boolean,
  hairpin: boolean,
  cross: boolean,
): string {
  const where = cross ? `on ${e.node}, one more hop from ${entry.name}` : `on ${entry.name} itself`;
  const fallback = e.terminating
    ? ' It is terminating but still serving: kube-proxy uses such endpoints only when no endpoint is ready.'
    : '';
  const source = hairpin
    ? ` The pod reached itself through the Service, so the source is masqueraded to ${entry.ip} (hairpin).`
    : snat
      ? ` The source is masqueraded to the node address ${entry.ip}, so the pod does not see the client's IP.`
      : ' The source address is left alone, so the pod sees the client\u2019s own IP.';
  return `DNAT to ${e.pod} (${e.ip}:${String(e.port)}) ${where}.${fallback}${source}`;
}
