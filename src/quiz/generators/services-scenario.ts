import {
  categorizeEndpoints,
  compileCluster,
  proxyEndpoints,
  sendCompiled,
  type ClusterModel,
  type CompiledCluster,
  type RequestOutcome,
  type TrafficClient,
} from '~/sim/services';
import { randomFromNumber, randomIndex, type Random } from '../random';

// Seeded scenarios for the Services generators: three nodes, four to six "api" pods in random
// states (ready, not ready, terminating but still serving), a Service "api" with random traffic
// policies, and one client (a pod, or a host outside hitting a node port). The engine decides.

export const NODES = [
  { name: 'node-a', ip: '192.168.10.11' },
  { name: 'node-b', ip: '192.168.10.12' },
  { name: 'node-c', ip: '192.168.10.13' },
] as const;
export const EXTERNAL_CLIENT = '203.0.113.50';
export const NODE_PORT = 30080;
export const CLUSTER_IP = '10.96.40.10';

export type PodState = 'ready' | 'not-ready' | 'terminating';

export interface ServicesScenario {
  seed: number;
  pods: { name: string; node: string; ip: string; state: PodState }[];
  external: boolean; // the client is outside, through node port 30080
  clientNode: string;
  internalLocal: boolean;
  externalLocal: boolean;
  cluster: ClusterModel;
  outcome: RequestOutcome; // the engine's answer for one connection
  reachable: string[]; // every pod that connection could reach, by name, sorted
}

/** A pod state, mostly ready. */
function podState(random: Random): PodState {
  const roll = random();
  return roll < 0.6 ? 'ready' : roll < 0.8 ? 'not-ready' : 'terminating';
}

/** The cluster model of a scenario's pods and Service. */
function clusterOf(s: Omit<ServicesScenario, 'cluster' | 'outcome' | 'reachable'>): ClusterModel {
  return {
    nodes: NODES.map((n) => ({ ...n })),
    pods: [
      ...s.pods.map((p) => ({
        name: p.name,
        node: p.node,
        ip: p.ip,
        labels: { app: 'api' },
        ready: p.state !== 'not-ready',
        terminating: p.state === 'terminating',
      })),
      {
        name: 'client',
        node: s.clientNode,
        ip: '10.244.9.9',
        labels: { app: 'client' },
        ready: true,
      },
    ],
    services: [
      {
        metadata: { name: 'api', namespace: 'default' },
        spec: {
          type: s.external ? 'NodePort' : 'ClusterIP',
          selector: { app: 'api' },
          clusterIP: CLUSTER_IP,
          ports: [
            {
              name: 'http',
              port: 80,
              targetPort: 8080,
              ...(s.external ? { nodePort: NODE_PORT } : {}),
            },
          ],
          ...(s.internalLocal ? { internalTrafficPolicy: 'Local' as const } : {}),
          ...(s.external
            ? { externalTrafficPolicy: s.externalLocal ? ('Local' as const) : ('Cluster' as const) }
            : {}),
        },
      },
    ],
  };
}

/** The scenario for one seed (external: force the client outside, or inside). */
export function servicesScenario(seed: number, external?: boolean): ServicesScenario {
  const random = randomFromNumber(seed);
  const count = 4 + randomIndex(random, 3);
  const pods = Array.from({ length: count }, (_, i) => {
    const node = NODES[randomIndex(random, 3)] ?? NODES[0];
    return {
      name: `api-${String(i + 1)}`,
      node: node.name,
      ip: `10.244.${String(NODES.indexOf(node))}.${String(10 + i)}`,
      state: podState(random),
    };
  });
  const isExternal = external ?? random() < 0.5;
  const base = {
    seed,
    pods,
    external: isExternal,
    clientNode: NODES[randomIndex(random, 3)]?.name ?? 'node-a',
    internalLocal: !isExternal && random() < 0.5,
    externalLocal: isExternal && random() < 0.5,
  };
  const cluster = clusterOf(base);
  const compiled = compileCluster(cluster);
  const client: TrafficClient = isExternal
    ? { kind: 'external', ip: EXTERNAL_CLIENT, via: { node: base.clientNode } }
    : { kind: 'pod', pod: 'client' };
  const run = sendCompiled(compiled, { service: 'api', clients: [client], requests: 1, seed });
  const first = run.perClient[0]?.first;
  if (first === undefined) throw new Error('the traffic run returned no outcome');
  const local = isExternal ? base.externalLocal : base.internalLocal;
  return {
    ...base,
    cluster,
    outcome: first,
    reachable: reachableFrom(compiled, base.clientNode, local),
  };
}

/** The pods kube-proxy on a node may pick for the Service (Local: that node's own). */
function reachableFrom(compiled: CompiledCluster, node: string, local: boolean): string[] {
  const service = compiled.services[0];
  const port = service?.ports[0];
  if (service === undefined || port === undefined) return [];
  const all = proxyEndpoints(compiled.slices.get('default/api') ?? null, port);
  const cat = categorizeEndpoints(service, all, node, compiled.model);
  return (local ? cat.local : cat.cluster).map((e) => e.pod).sort();
}
