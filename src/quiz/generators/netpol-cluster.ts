import type { ClusterModel, NamespaceModel, PodModel } from '~/sim/netpol/types';
import { randomIndex, shuffled, type Random } from '../random';

// The small clusters the NetworkPolicy generator draws: 2–3 namespaces and 4–6 pods, each pod
// with an `app` and a `tier` label and two container ports (its service and its metrics).

/** The label the API server puts on every namespace, holding its name. */
export const NAME_LABEL = 'kubernetes.io/metadata.name';

const NAMESPACES: readonly NamespaceModel[] = [
  { name: 'shop', labels: { team: 'shop', env: 'prod' } },
  { name: 'payments', labels: { team: 'payments', env: 'prod' } },
  { name: 'monitoring', labels: { team: 'platform' } },
  { name: 'staging', labels: { team: 'shop', env: 'staging' } },
];

interface PodRole {
  app: string;
  tier: string;
  service: { name: string; port: number };
  metrics: number;
}

const ROLES: readonly PodRole[] = [
  { app: 'web', tier: 'frontend', service: { name: 'http', port: 8080 }, metrics: 9090 },
  { app: 'api', tier: 'backend', service: { name: 'http', port: 8000 }, metrics: 9090 },
  { app: 'worker', tier: 'backend', service: { name: 'http', port: 8000 }, metrics: 9090 },
  { app: 'db', tier: 'data', service: { name: 'postgres', port: 5432 }, metrics: 9187 },
  { app: 'cache', tier: 'data', service: { name: 'redis', port: 6379 }, metrics: 9121 },
  { app: 'probe', tier: 'ops', service: { name: 'http', port: 8080 }, metrics: 9090 },
];

/** A namespace model with its name label spelled out, as `kubectl get ns --show-labels` shows it. */
function withNameLabel(namespace: NamespaceModel): NamespaceModel {
  return { name: namespace.name, labels: { ...namespace.labels, [NAME_LABEL]: namespace.name } };
}

/** One pod of a role in a namespace; the index only makes its IP unique. */
function podOf(role: PodRole, namespace: string, index: number): PodModel {
  return {
    namespace,
    name: role.app,
    labels: { app: role.app, tier: role.tier },
    ip: `10.244.${String(index + 1)}.${String(10 + index)}`,
    ports: [
      { name: role.service.name, port: role.service.port, protocol: 'TCP' },
      { name: 'metrics', port: role.metrics, protocol: 'TCP' },
    ],
  };
}

/** A seeded cluster: every namespace holds at least one pod, pod names are unique cluster-wide. */
export function randomCluster(random: Random): ClusterModel {
  const namespaces = shuffled(NAMESPACES, random)
    .slice(0, 2 + randomIndex(random, 2))
    .map(withNameLabel);
  const roles = shuffled(ROLES, random).slice(0, 4 + randomIndex(random, 3));
  const pods = roles.map((role, i) => {
    const home = i < namespaces.length ? i : randomIndex(random, namespaces.length);
    return podOf(role, namespaces[home]?.name ?? 'default', i);
  });
  return { namespaces, pods };
}

/** "shop/web": how the question names a pod. */
export function podName(pod: PodModel): string {
  return `${pod.namespace}/${pod.name}`;
}

/** The pod's two container ports: its service port first, then metrics. */
export function servicePorts(pod: PodModel): [number, number] {
  const [service, metrics] = pod.ports ?? [];
  return [service?.port ?? 0, metrics?.port ?? 0];
}
