import { InputError } from '../ip';
import { formatIpAddress, parseIpAddress } from './addresses';
import type { IpAddress } from './addresses';
import { labelsFrom } from './labels';
import type { Labels } from './labels';
import type { ClusterModel, ContainerPort, PodModel } from './types';

/** The label the control plane puts on every namespace, whose value is the namespace's name. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/** A pod with its labels, parsed IP and position, ready for matching. */
export interface IndexedPod {
  readonly index: number;
  /** "namespace/name". */
  readonly key: string;
  readonly namespace: string;
  readonly name: string;
  readonly labels: Labels;
  readonly ip: IpAddress;
  readonly ipText: string;
  readonly ports: readonly ContainerPort[];
  readonly node: string | undefined;
}

/** A node with its parsed IP. */
export interface IndexedNode {
  readonly name: string;
  readonly ip: IpAddress;
  readonly ipText: string;
}

/** The cluster model, indexed for lookups by key, namespace and IP. */
export interface ClusterIndex {
  readonly pods: readonly IndexedPod[];
  readonly podsByKey: ReadonlyMap<string, IndexedPod>;
  /** Namespace labels, the automatic kubernetes.io/metadata.name label included. */
  readonly namespaceLabels: ReadonlyMap<string, Labels>;
  readonly podsByIp: ReadonlyMap<string, IndexedPod>;
  readonly nodesByIp: ReadonlyMap<string, IndexedNode>;
}

/**
 * The key of a pod in reachability matrices and expectations: "namespace/name".
 *
 * @example
 * podKey({ namespace: 'prod', name: 'web' }); // 'prod/web'
 */
export function podKey(pod: { namespace: string; name: string }): string {
  return `${pod.namespace}/${pod.name}`;
}

/** Indexes a cluster model; duplicate pods and unreadable IPs are InputErrors naming the pod or node. */
export function indexCluster(cluster: ClusterModel): ClusterIndex {
  const namespaceLabels = new Map<string, Labels>();
  for (const namespace of cluster.namespaces) {
    const labels = new Map(labelsFrom(namespace.labels));
    // The control plane sets this label and keeps it equal to the name.
    labels.set(NAMESPACE_NAME_LABEL, namespace.name);
    namespaceLabels.set(namespace.name, labels);
  }
  const pods = cluster.pods.map((pod, index) => indexPod(pod, index));
  const podsByKey = new Map<string, IndexedPod>();
  const podsByIp = new Map<string, IndexedPod>();
  for (const pod of pods) {
    if (podsByKey.has(pod.key)) {
      throw new InputError(`The cluster has two pods named ${pod.key}.`, 'pods');
    }
    podsByKey.set(pod.key, pod);
    if (!podsByIp.has(pod.ipText)) podsByIp.set(pod.ipText, pod);
    if (!namespaceLabels.has(pod.namespace)) {
      namespaceLabels.set(pod.namespace, new Map([[NAMESPACE_NAME_LABEL, pod.namespace]]));
    }
  }
  const nodesByIp = new Map<string, IndexedNode>();
  for (const node of cluster.nodes ?? []) {
    const ip = parseIpAddress(node.ip, `nodes.${node.name}.ip`);
    nodesByIp.set(formatIpAddress(ip), { name: node.name, ip, ipText: formatIpAddress(ip) });
  }
  return { pods, podsByKey, namespaceLabels, podsByIp, nodesByIp };
}

/** Indexes one pod: copies its labels into a Map and parses its IP. */
function indexPod(pod: PodModel, index: number): IndexedPod {
  const key = podKey(pod);
  const ip = parseIpAddress(pod.ip, `pods.${key}.ip`);
  return {
    index,
    key,
    namespace: pod.namespace,
    name: pod.name,
    labels: labelsFrom(pod.labels),
    ip,
    ipText: formatIpAddress(ip),
    ports: pod.ports ?? [],
    node: pod.node,
  };
}
