// A deterministic, seeded generator of large NetworkPolicy scenarios for the benchmarks: mixed
// selectors, ipBlocks, numeric, ranged and named ports, both directions.
import type {
  ClusterModel,
  LabelSelector,
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PodModel,
} from '~/sim/netpol';

/** A small seeded random generator (mulberry32): the same seed gives the same scenario. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item with the generator. */
function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const TIERS = ['web', 'api', 'db'] as const;
const ENVS = ['prod', 'staging', 'dev'] as const;

/** A cluster of `namespaces` namespaces with `podsPer` pods each, on ten nodes. */
export function generateCluster(namespaces: number, podsPer: number): ClusterModel {
  const pods: PodModel[] = [];
  for (let n = 0; n < namespaces; n++) {
    for (let k = 0; k < podsPer; k++) {
      pods.push({
        namespace: `ns-${String(n).padStart(2, '0')}`,
        name: `pod-${String(k).padStart(2, '0')}`,
        labels: {
          app: `a${String(k % 10)}`,
          tier: TIERS[k % 3] ?? 'web',
          ...(k % 7 === 0 && { canary: 'true' }),
        },
        ip: `10.244.${String(n)}.${String(k + 2)}`,
        node: `node-${String((n * podsPer + k) % 10)}`,
        ports: [
          { name: 'http', port: k % 4 === 0 ? 80 : 8080 },
          { name: 'metrics', port: 9090 },
          ...(k % 5 === 0 ? [{ name: 'dns', port: 53, protocol: 'UDP' as const }] : []),
        ],
      });
    }
  }
  return {
    namespaces: Array.from({ length: namespaces }, (_, n) => ({
      name: `ns-${String(n).padStart(2, '0')}`,
      labels: { team: `t${String(n % 5)}`, env: ENVS[n % 3] ?? 'dev' },
    })),
    pods,
    nodes: Array.from({ length: 10 }, (_, i) => ({
      name: `node-${String(i)}`,
      ip: `192.168.0.${String(10 + i)}`,
    })),
  };
}

/** A random selector over the generated labels. */
function selector(random: () => number): LabelSelector {
  const kind = Math.floor(random() * 5);
  if (kind === 0) return {};
  if (kind === 1) return { matchLabels: { app: `a${String(Math.floor(random() * 10))}` } };
  if (kind === 2)
    return {
      matchExpressions: [
        { key: 'tier', operator: 'In', values: [pick(random, TIERS), pick(random, TIERS)] },
      ],
    };
  if (kind === 3)
    return {
      matchExpressions: [{ key: 'canary', operator: 'DoesNotExist' }],
      matchLabels: { tier: pick(random, TIERS) },
    };
  return { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['a1', 'a2'] }] };
}

/** A random peer: selectors of pods, namespaces or both, or an ipBlock over pod or outside ranges. */
function peer(random: () => number, namespaces: number): NetworkPolicyPeer {
  const kind = Math.floor(random() * 5);
  if (kind === 0) return { podSelector: selector(random) };
  if (kind === 1)
    return { namespaceSelector: { matchLabels: { team: `t${String(Math.floor(random() * 5))}` } } };
  if (kind === 2)
    return {
      namespaceSelector: { matchLabels: { env: pick(random, ENVS) } },
      podSelector: selector(random),
    };
  if (kind === 3) {
    const n = Math.floor(random() * namespaces);
    return { ipBlock: { cidr: `10.244.${String(n)}.0/24`, except: [`10.244.${String(n)}.0/28`] } };
  }
  return { ipBlock: { cidr: '0.0.0.0/0', except: ['10.0.0.0/8'] } };
}

/** A random port entry: numeric, a range, a named port, UDP, or none. */
function port(random: () => number): NetworkPolicyPort {
  return pick<NetworkPolicyPort>(random, [
    { port: 8080 },
    { port: 'http' },
    { port: 9000, endPort: 9100 },
    { protocol: 'UDP', port: 53 },
    { protocol: 'TCP' },
  ]);
}

/** A list of 0 … max-1 items made by `make`. */
function some<T>(random: () => number, max: number, make: () => T): T[] {
  return Array.from({ length: Math.floor(random() * max) }, make);
}

/** `count` random valid policies spread over the cluster's namespaces. */
export function generatePolicies(count: number, namespaces: number, seed: number): NetworkPolicy[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const policy: NetworkPolicy = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {
        name: `policy-${String(i)}`,
        namespace: `ns-${String(Math.floor(random() * namespaces)).padStart(2, '0')}`,
      },
      spec: {
        podSelector: selector(random),
        policyTypes: pick(random, [
          ['Ingress'],
          ['Egress'],
          ['Ingress', 'Egress'],
        ] as const).slice(),
        ingress: some(random, 4, () => ({
          from: some(random, 3, () => peer(random, namespaces)),
          ports: some(random, 3, () => port(random)),
        })),
        egress: some(random, 3, () => ({
          to: some(random, 3, () => peer(random, namespaces)),
          ports: some(random, 3, () => port(random)),
        })),
      },
    };
    return policy;
  });
}
