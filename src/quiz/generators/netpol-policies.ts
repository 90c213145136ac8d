import type {
  ClusterModel,
  NamespaceModel,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PodModel,
  PolicyType,
} from '~/sim/netpol/types';
import { randomIndex, type Random } from '../random';
import { NAME_LABEL } from './netpol-cluster';

// The NetworkPolicies the generator writes, in the networking.k8s.io/v1 shape: a default deny,
// an allow from pods with a label, an allow from a namespace (alone or ANDed with pods), a port
// restriction, and an egress allow. policyTypes is always spelled out.

/** Picks one item of a non-empty list. */
function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[randomIndex(random, items.length)];
  if (item === undefined) throw new RangeError('pick needs a non-empty list');
  return item;
}

/** A policy in the v1 shape. */
function policy(namespace: string, name: string, spec: NetworkPolicy['spec']): NetworkPolicy {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name, namespace },
    spec,
  };
}

/** One of the pod's two container ports, as a number (with TCP) or by its name. */
function portOf(random: Random, pod: PodModel): NetworkPolicyPort {
  const port = pick(random, pod.ports ?? []);
  return random() < 0.3 && port.name !== undefined
    ? { port: port.name }
    : { protocol: 'TCP', port: port.port };
}

/** A `ports` list for a rule half the time, else nothing (every port). */
function maybePorts(random: Random, pod: PodModel): { ports?: NetworkPolicyPort[] } {
  return random() < 0.5 ? { ports: [portOf(random, pod)] } : {};
}

/** A label selector for pods like `other`: by its app or by its tier. */
function podsLike(random: Random, other: PodModel): NetworkPolicyPeer {
  const key = random() < 0.6 ? 'app' : 'tier';
  return { podSelector: { matchLabels: { [key]: other.labels[key] ?? '' } } };
}

/** A namespace selector for `namespace`: by its team label or by its name label. */
function namespaceLike(random: Random, namespace: NamespaceModel): NetworkPolicyPeer {
  const key = random() < 0.5 ? 'team' : NAME_LABEL;
  return { namespaceSelector: { matchLabels: { [key]: namespace.labels[key] ?? '' } } };
}

/** A peer for a rule, modelled on a seeded pod: its labels, its namespace, or both in one peer (ANDed). */
function randomPeer(
  random: Random,
  cluster: ClusterModel,
): { peer: NetworkPolicyPeer; like: PodModel } {
  const like = pick(random, cluster.pods);
  const home = cluster.namespaces.find((ns) => ns.name === like.namespace);
  const kind = randomIndex(random, 3);
  if (kind === 0 || home === undefined) return { peer: podsLike(random, like), like };
  if (kind === 1) return { peer: namespaceLike(random, home), like };
  return { peer: { ...namespaceLike(random, home), ...podsLike(random, like) }, like };
}

/** The podSelector of a policy aimed at one pod: by its app label. */
function selecting(pod: PodModel): { matchLabels: Record<string, string> } {
  return { matchLabels: { app: pod.labels['app'] ?? '' } };
}

/** A default deny for one direction: selects every pod of the namespace, allows nothing. */
function defaultDeny(namespace: string, type: PolicyType): NetworkPolicy {
  return policy(namespace, `default-deny-${type.toLowerCase()}`, {
    podSelector: {},
    policyTypes: [type],
  });
}

/** An ingress allow for one pod: from a peer, on one port or every port. */
function allowIngress(random: Random, cluster: ClusterModel, target: PodModel): NetworkPolicy {
  return policy(target.namespace, `${target.name}-allow-ingress`, {
    podSelector: selecting(target),
    policyTypes: ['Ingress'],
    ingress: [{ from: [randomPeer(random, cluster).peer], ...maybePorts(random, target) }],
  });
}

/** An ingress port restriction for one pod: any source, one port only. */
function allowPortOnly(random: Random, target: PodModel): NetworkPolicy {
  return policy(target.namespace, `${target.name}-allow-port`, {
    podSelector: selecting(target),
    policyTypes: ['Ingress'],
    ingress: [{ ports: [portOf(random, target)] }],
  });
}

/** An egress allow for one pod: to a peer, on one of the ports of the pod the peer is modelled on, or every port. */
function allowEgress(random: Random, cluster: ClusterModel, source: PodModel): NetworkPolicy {
  const { peer, like } = randomPeer(random, cluster);
  return policy(source.namespace, `${source.name}-allow-egress`, {
    podSelector: selecting(source),
    policyTypes: ['Egress'],
    egress: [{ to: [peer], ...maybePorts(random, like) }],
  });
}

/** One policy of a seeded kind about a seeded pod. */
function randomPolicy(random: Random, cluster: ClusterModel): NetworkPolicy {
  const pod = pick(random, cluster.pods);
  switch (randomIndex(random, 5)) {
    case 0:
      return defaultDeny(pod.namespace, 'Ingress');
    case 1:
      return defaultDeny(pod.namespace, 'Egress');
    case 2:
      return allowIngress(random, cluster, pod);
    case 3:
      return allowPortOnly(random, pod);
    default:
      return allowEgress(random, cluster, pod);
  }
}

/** 1–3 seeded policies; a second policy of the same name in a namespace is dropped. */
export function randomPolicies(random: Random, cluster: ClusterModel): NetworkPolicy[] {
  const count = 1 + randomIndex(random, 3);
  const byKey = new Map<string, NetworkPolicy>();
  for (let i = 0; i < count; i++) {
    const made = randomPolicy(random, cluster);
    const key = `${made.metadata.namespace ?? ''}/${made.metadata.name}`;
    if (!byKey.has(key)) byKey.set(key, made);
  }
  return [...byKey.values()];
}
