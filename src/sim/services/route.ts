import { InputError } from '../ip/input-error';
import { parseIpv4 } from '../ip/ipv4';
import { DEFAULT_NAMESPACE } from './defaults';
import { finish, notProxied, unproxiedReason } from './outcome';
import {
  categorizedOn,
  type RequestOutcome,
  type RouteContext,
  type TrafficClient,
} from './route-types';
import type { NodeModel } from './types';

// What happens to one new connection to a Service: where kube-proxy's rules catch it, which
// endpoint they pick, and which addresses they rewrite (DNAT always, SNAT when the rules mark it
// for masquerade), or why it is dropped or rejected.

export type { RequestOutcome, RouteContext, TrafficClient, Translation } from './route-types';

/** The node by name, or an InputError naming the client that pointed at it. */
function nodeNamed(ctx: RouteContext, name: string): NodeModel {
  const node = ctx.compiled.model.nodes.find((n) => n.name === name);
  if (node === undefined)
    throw new InputError(`There is no node '${name}' in the cluster.`, 'clients');
  return node;
}

/** A pod in the cluster dialling the Service's cluster IP. */
function fromPod(ctx: RouteContext, client: { pod: string; namespace?: string }): RequestOutcome {
  const ns = client.namespace ?? DEFAULT_NAMESPACE;
  const pod = ctx.compiled.model.pods.find(
    (p) => p.name === client.pod && (p.namespace ?? DEFAULT_NAMESPACE) === ns,
  );
  if (pod === undefined)
    throw new InputError(`There is no pod ${ns}/${client.pod} to send from.`, 'clients');
  const unproxied = unproxiedReason(ctx.service);
  if (unproxied !== null) return notProxied(pod.ip, unproxied);
  const entry = nodeNamed(ctx, pod.node);
  const cat = categorizedOn(ctx, entry.name);
  const local = ctx.service.internalTrafficPolicy === 'Local';
  return finish(ctx, entry, pod.ip, `${ctx.service.clusterIP ?? ''}:${String(ctx.port.port)}`, {
    endpoints: local ? cat.local : cat.cluster,
    chain: local ? 'local' : 'cluster',
    masquerade: false,
    empty: cat.hasEndpoints ? 'drop' : 'reject',
  });
}

/** Nodes a cloud load balancer sends to: all (Cluster), or those whose health check passes (Local). */
function healthyNodes(ctx: RouteContext): NodeModel[] {
  const nodes = ctx.compiled.model.nodes;
  if (ctx.service.externalTrafficPolicy !== 'Local') return nodes;
  return nodes.filter((n) => categorizedOn(ctx, n.name).local.length > 0);
}

/** A client outside the cluster, through a node port or the load balancer's address. */
function fromOutside(
  ctx: RouteContext,
  client: { ip: string; via: 'loadBalancer' | { node: string } },
): RequestOutcome {
  parseIpv4(client.ip, 'clients');
  const { service, port } = ctx;
  const unproxied = unproxiedReason(service);
  if (unproxied !== null) return notProxied(client.ip, unproxied);
  let entry: NodeModel;
  let dialled: string;
  if (client.via === 'loadBalancer') {
    const address = service.loadBalancerIPs[0];
    if (address === undefined) {
      return notProxied(
        client.ip,
        service.type === 'LoadBalancer'
          ? 'The load balancer has no address yet (EXTERNAL-IP <pending>): nothing in the cluster has provisioned one.'
          : `A ${service.type} Service has no load balancer; use type LoadBalancer.`,
      );
    }
    const healthy = healthyNodes(ctx);
    const chosen = healthy[Math.floor(ctx.random() * healthy.length)];
    if (chosen === undefined) {
      return notProxied(
        client.ip,
        `Every node fails the load balancer's health check on healthCheckNodePort ${String(service.healthCheckNodePort)}: no node has a ready local endpoint, so the load balancer has nowhere to send traffic.`,
      );
    }
    entry = chosen;
    dialled = `${address}:${String(port.port)}`;
  } else {
    if (port.nodePort === null) {
      return notProxied(
        client.ip,
        `Service ${service.name} has no node port (type ${service.type}${service.type === 'LoadBalancer' ? ', allocateLoadBalancerNodePorts: false' : ''}), so nothing listens on the nodes for it.`,
      );
    }
    entry = nodeNamed(ctx, client.via.node);
    dialled = `${entry.ip}:${String(port.nodePort)}`;
  }
  const cat = categorizedOn(ctx, entry.name);
  const local = service.externalTrafficPolicy === 'Local';
  return finish(ctx, entry, client.ip, dialled, {
    endpoints: local ? cat.local : cat.cluster,
    chain: local ? 'local' : 'cluster',
    masquerade: !local,
    empty: cat.hasEndpoints ? 'drop' : 'reject',
  });
}

/** The outcome of one new connection from a client. */
export function routeRequest(ctx: RouteContext, client: TrafficClient): RequestOutcome {
  return client.kind === 'pod' ? fromPod(ctx, client) : fromOutside(ctx, client);
}
