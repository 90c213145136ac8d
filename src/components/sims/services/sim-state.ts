// The Service simulator's state and its choices (no engine here, so the island can import it
// without loading the engine): three nodes in two zones, three "web" pods (node-c has none, so
// Local policies visibly drop there), two client pods, and a host outside the cluster.

export type SimServiceType =
  'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName' | 'Headless';
export type SimMode = 'iptables' | 'nftables' | 'ipvs';
export type SimClientId = 'pod-a' | 'pod-c' | 'ext-a' | 'ext-c' | 'ext-lb';

export interface SimPod {
  name: string;
  node: string;
  ready: boolean;
  terminating: boolean;
}

export interface SimState {
  pods: SimPod[];
  serviceType: SimServiceType;
  nodePort: string; // '' = let Kubernetes allocate one
  externalTrafficPolicy: 'Cluster' | 'Local';
  internalTrafficPolicy: 'Cluster' | 'Local';
  affinity: boolean;
  affinityTimeout: string; // '' = the default 10800
  trafficDistribution: '' | 'PreferSameZone' | 'PreferSameNode';
  client: SimClientId;
  mode: SimMode;
  requests: string;
  seed: number;
}

export const SIM_NODES = [
  { name: 'node-a', ip: '192.168.1.10', zone: 'zone-1' },
  { name: 'node-b', ip: '192.168.1.11', zone: 'zone-1' },
  { name: 'node-c', ip: '192.168.1.12', zone: 'zone-2' },
] as const;

export const EXTERNAL_IP = '203.0.113.7';
export const LOAD_BALANCER_IP = '198.51.100.20';

export const SIM_CLIENTS: readonly { id: SimClientId; label: string }[] = [
  { id: 'pod-a', label: 'Pod client-a on node-a → cluster IP' },
  { id: 'pod-c', label: 'Pod client-c on node-c → cluster IP' },
  { id: 'ext-a', label: `${EXTERNAL_IP} outside → node-a's node port` },
  { id: 'ext-c', label: `${EXTERNAL_IP} outside → node-c's node port` },
  { id: 'ext-lb', label: `${EXTERNAL_IP} outside → the load balancer` },
];

export const SIM_TYPES: readonly SimServiceType[] = [
  'ClusterIP',
  'NodePort',
  'LoadBalancer',
  'ExternalName',
  'Headless',
];

export const DEFAULT_SIM_STATE: SimState = {
  pods: [
    { name: 'web-1', node: 'node-a', ready: true, terminating: false },
    { name: 'web-2', node: 'node-a', ready: true, terminating: false },
    { name: 'web-3', node: 'node-b', ready: true, terminating: false },
  ],
  serviceType: 'ClusterIP',
  nodePort: '',
  externalTrafficPolicy: 'Cluster',
  internalTrafficPolicy: 'Cluster',
  affinity: false,
  affinityTimeout: '',
  trafficDistribution: '',
  client: 'pod-a',
  mode: 'iptables',
  requests: '300',
  seed: 1,
};

/** Whether a type sends outside traffic through node ports or a load balancer. */
export function isExternalType(type: SimServiceType): boolean {
  return type === 'NodePort' || type === 'LoadBalancer';
}
