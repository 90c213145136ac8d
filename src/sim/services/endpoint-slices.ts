import { InputError } from '../ip/input-error';
import { parseIpv4 } from '../ip/ipv4';
import { DEFAULT_NAMESPACE } from './defaults';
import { base32, sha256 } from './sha256';
import type {
  ClusterModel,
  EndpointSlice,
  PodModel,
  ResolvedService,
  SliceEndpoint,
} from './types';

// The EndpointSlice the control plane keeps for a Service with a selector: one endpoint per
// matching pod in the Service's namespace, with the conditions discovery.k8s.io/v1 defines:
// serving follows the pod's readiness, terminating is set once the pod is being deleted, and
// ready is "serving and not terminating" (so a terminating pod is never ready).

/** Whether every label of the selector is on the pod (an empty selector matches nothing here). */
export function selectorMatches(
  selector: Record<string, string>,
  labels: Record<string, string>,
): boolean {
  const entries = Object.entries(selector);
  return entries.length > 0 && entries.every(([key, value]) => labels[key] === value);
}

/** The endpoint of one pod, its conditions as the EndpointSlice API defines them. */
function endpointOf(pod: PodModel, cluster: ClusterModel): SliceEndpoint {
  const node = cluster.nodes.find((n) => n.name === pod.node);
  if (node === undefined) {
    throw new InputError(
      `Pod ${pod.name} runs on node '${pod.node}', which is not in the cluster.`,
      'pods',
    );
  }
  const terminating = pod.terminating === true;
  const endpoint: SliceEndpoint = {
    addresses: [pod.ip],
    conditions: { ready: pod.ready && !terminating, serving: pod.ready, terminating },
    nodeName: pod.node,
    targetRef: { kind: 'Pod', namespace: pod.namespace ?? DEFAULT_NAMESPACE, name: pod.name },
  };
  if (node.zone !== undefined) endpoint.zone = node.zone;
  return endpoint;
}

/** Refuses two pods with one IP, or a pod IP that is not IPv4. */
export function checkPods(cluster: ClusterModel): void {
  const seen = new Map<string, string>();
  for (const pod of cluster.pods) {
    parseIpv4(pod.ip, `pods.${pod.name}.ip`);
    const other = seen.get(pod.ip);
    if (other !== undefined) {
      throw new InputError(
        `Pods ${other} and ${pod.name} both have IP ${pod.ip}; every pod needs its own.`,
        `pods.${pod.name}.ip`,
      );
    }
    seen.set(pod.ip, pod.name);
  }
}

/** The EndpointSlice of a Service, or null when it has no selector (or is ExternalName). */
export function endpointSliceFor(
  service: ResolvedService,
  cluster: ClusterModel,
): EndpointSlice | null {
  if (service.selector === null) return null;
  const selector = service.selector;
  const pods = cluster.pods.filter(
    (pod) =>
      (pod.namespace ?? DEFAULT_NAMESPACE) === service.namespace &&
      selectorMatches(selector, pod.labels),
  );
  return {
    // A real slice gets a random five-character suffix; this one is derived from the name.
    name: `${service.name}-${base32(sha256(service.name)).slice(0, 5).toLowerCase()}`,
    namespace: service.namespace,
    serviceName: service.name,
    addressType: 'IPv4',
    ports: service.ports.map((p) => ({ name: p.name, port: p.targetPort, protocol: p.protocol })),
    endpoints: pods.map((pod) => endpointOf(pod, cluster)),
  };
}
