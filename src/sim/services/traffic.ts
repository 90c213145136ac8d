import { InputError } from '../ip/input-error';
import { proxyEndpoints } from './categorize';
import { compileCluster, findPort, findService, type CompiledCluster } from './compile';
import { pickState } from './pick';
import { seededRandom } from './random';
import { routeRequest, type RequestOutcome, type TrafficClient } from './route';
import type { ClusterModel, ProxyMode } from './types';

// The seeded traffic generator: N new connections from the chosen clients (taken in turn),
// routed as kube-proxy's rules on the entry node would route them. The same seed gives the same
// counts, so a lesson can say "run it again" and mean it.

export const MAX_REQUESTS = 100_000;

export interface TrafficOptions {
  service: string; // "namespace/name", or a name in the default namespace
  port?: string | number; // a port's name or number; default the first port
  clients: TrafficClient[];
  requests: number;
  seed: number;
  mode?: ProxyMode; // default iptables
}

export interface EndpointCount {
  pod: string;
  ip: string;
  node: string;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  count: number;
}

export interface TrafficResult {
  endpoints: EndpointCount[]; // every endpoint of the Service's slice, in slice order
  delivered: number;
  dropped: number; // dropped or rejected by the rules
  notProxied: number; // never reached kube-proxy (headless, ExternalName, no node port …)
  perClient: { label: string; first: RequestOutcome; counts: Record<string, number> }[];
}

/** How a client is named in results. */
export function clientLabel(client: TrafficClient): string {
  if (client.kind === 'pod') return `pod ${client.pod}`;
  return client.via === 'loadBalancer'
    ? `${client.ip} via the load balancer`
    : `${client.ip} via ${client.via.node}`;
}

/** Refuses a request count or client list the generator cannot run. */
function checkOptions(options: TrafficOptions): void {
  const n = options.requests;
  if (!Number.isInteger(n) || n < 1 || n > MAX_REQUESTS) {
    throw new InputError(
      `Send between 1 and ${String(MAX_REQUESTS)} requests; got ${String(n)}.`,
      'requests',
    );
  }
  if (options.clients.length === 0) {
    throw new InputError('Pick at least one client to send the requests from.', 'clients');
  }
}

/** Sends the requests through a compiled cluster. */
export function sendCompiled(compiled: CompiledCluster, options: TrafficOptions): TrafficResult {
  checkOptions(options);
  const service = findService(compiled, options.service);
  // A Service without a virtual IP may have no ports; its traffic never reaches kube-proxy anyway.
  const port =
    service.clusterIP === null && service.ports.length === 0
      ? { name: '', protocol: 'TCP' as const, port: 0, targetPort: 0, nodePort: null }
      : findPort(service, options.port);
  const slice = compiled.slices.get(`${service.namespace}/${service.name}`) ?? null;
  const endpoints: EndpointCount[] = proxyEndpoints(slice, port).map((e) => ({
    pod: e.pod,
    ip: e.ip,
    node: e.node,
    ready: e.ready,
    serving: e.serving,
    terminating: e.terminating,
    count: 0,
  }));
  const ctx = {
    compiled,
    service,
    port,
    mode: options.mode ?? 'iptables',
    random: seededRandom(options.seed),
    state: pickState(),
  };
  const perClient = options.clients.map((client) => ({
    label: clientLabel(client),
    first: null as RequestOutcome | null,
    counts: {} as Record<string, number>,
  }));
  const totals = { delivered: 0, dropped: 0, notProxied: 0 };
  for (let i = 0; i < options.requests; i++) {
    const index = i % options.clients.length;
    const client = options.clients[index];
    const tally = perClient[index];
    if (client === undefined || tally === undefined) continue;
    const outcome = routeRequest(ctx, client);
    tally.first ??= outcome;
    if (outcome.verdict === 'delivered' && outcome.endpoint !== null) {
      totals.delivered++;
      const pod = outcome.endpoint.pod;
      tally.counts[pod] = (tally.counts[pod] ?? 0) + 1;
      const row = endpoints.find((e) => e.pod === pod);
      if (row !== undefined) row.count++;
    } else if (outcome.verdict === 'not-proxied') totals.notProxied++;
    else totals.dropped++;
  }
  return {
    endpoints,
    ...totals,
    perClient: perClient.flatMap((c) =>
      c.first === null ? [] : [{ label: c.label, first: c.first, counts: c.counts }],
    ),
  };
}

/** Compiles the cluster and sends the requests (compile once with compileCluster to reuse it). */
export function sendTraffic(cluster: ClusterModel, options: TrafficOptions): TrafficResult {
  return sendCompiled(compileCluster(cluster), options);
}
