import { InputError } from '../ip';
import { formatIpAddress, parseIpAddress } from './addresses';
import type { ClusterIndex } from './cluster';
import type { Party } from './match';
import type { Endpoint } from './types';

const SHOWN_NAMES = 8;

/** "a, b, c" (at most a handful), for "there is no …" messages. */
function someNames(names: readonly string[]): string {
  const shown = names.slice(0, SHOWN_NAMES).join(', ');
  return names.length > SHOWN_NAMES ? `${shown}, …` : shown;
}

/**
 * Resolves a flow endpoint: a pod by namespace and name, or an IP that is a node's, a pod's, or
 * one outside the cluster (a node's IP wins, as a hostNetwork pod shares it).
 */
export function resolveEndpoint(cluster: ClusterIndex, endpoint: Endpoint, field: string): Party {
  if ('ip' in endpoint && typeof endpoint.ip === 'string') {
    const ip = parseIpAddress(endpoint.ip, field);
    const text = formatIpAddress(ip);
    const node = cluster.nodesByIp.get(text);
    if (node) return { kind: 'node', name: node.name, ip, text: `${node.name} (${text})` };
    const pod = cluster.podsByIp.get(text);
    if (pod) return { kind: 'pod', pod, text: pod.key };
    return { kind: 'outside', ip, text };
  }
  if ('namespace' in endpoint && 'pod' in endpoint) {
    return resolvePod(cluster, endpoint.namespace, endpoint.pod, field);
  }
  throw new InputError(
    `The ${field} end of the flow needs either a namespace and a pod, or an ip.`,
    field,
  );
}

/** The pod with this namespace and name, or an InputError naming what does exist. */
function resolvePod(cluster: ClusterIndex, namespace: string, name: string, field: string): Party {
  const pod = cluster.podsByKey.get(`${namespace}/${name}`);
  if (pod) return { kind: 'pod', pod, text: pod.key };
  if (!cluster.namespaceLabels.has(namespace)) {
    const names = [...cluster.namespaceLabels.keys()];
    throw new InputError(
      `There is no namespace '${namespace}' (namespaces: ${names.length > 0 ? someNames(names) : 'none yet'}).`,
      field,
    );
  }
  const there = cluster.pods.filter((p) => p.namespace === namespace).map((p) => p.name);
  throw new InputError(
    `There is no pod '${name}' in namespace '${namespace}' (${there.length > 0 ? `pods there: ${someNames(there)}` : 'it has no pods'}).`,
    field,
  );
}
