import type { ClusterState, Endpoint } from './types';

/** One choice for either end of a trace, with a stable key and a label for a picker. */
export interface EndpointOption {
  readonly key: string;
  readonly group: 'pod' | 'node';
  readonly label: string;
  readonly endpoint: Endpoint;
}

/** The stable key of an endpoint ("pod:web-1", "node:node-1"). */
export function endpointKey(endpoint: Endpoint): string {
  return 'pod' in endpoint ? `pod:${endpoint.pod}` : `node:${endpoint.node}`;
}

/** Every pod, then every node, as trace endpoints labelled with their IPs and nodes. */
export function listEndpoints(state: ClusterState): EndpointOption[] {
  const pods = state.pods.map((pod): EndpointOption => {
    const where = pod.hostNetwork
      ? `hostNetwork, ${pod.ip} on ${pod.node}`
      : `${pod.ip} on ${pod.node}`;
    return {
      key: `pod:${pod.name}`,
      group: 'pod',
      label: `${pod.name} (${where})`,
      endpoint: { pod: pod.name },
    };
  });
  const nodes = state.nodes.map((node): EndpointOption => ({
    key: `node:${node.name}`,
    group: 'node',
    label: `${node.name} (${node.ip})`,
    endpoint: { node: node.name },
  }));
  return [...pods, ...nodes];
}

/** A first trace worth showing: a pod to a pod on another node if there is one, or null if empty. */
export function suggestTrace(state: ClusterState): { from: Endpoint; to: Endpoint } | null {
  const pods = state.pods.filter((pod) => !pod.hostNetwork);
  const first = pods[0];
  if (!first) {
    const [a, b] = state.nodes;
    if (!a) return null;
    return { from: { node: a.name }, to: { node: (b ?? a).name } };
  }
  const remote = pods.find((pod) => pod.node !== first.node);
  const other = remote ?? pods[1];
  return { from: { pod: first.name }, to: other ? { pod: other.name } : { node: first.node } };
}
