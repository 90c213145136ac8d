import type { DnsCluster } from '~/sim/dns';

// The cluster the DNS resolver island looks names up in: a shop namespace with a ClusterIP
// Service, a headless StatefulSet Service and an ExternalName Service; the API server and
// CoreDNS Services; and the names the upstream resolver knows. Type-only import: no engine here.

/** A pod the learner can look up from. */
export interface DemoPod {
  id: string;
  label: string;
  namespace: string;
  hostNetwork: boolean;
}

export const DEMO_PODS: readonly DemoPod[] = [
  { id: 'shop-client', label: 'client (namespace shop)', namespace: 'shop', hostNetwork: false },
  {
    id: 'default-tools',
    label: 'tools (namespace default)',
    namespace: 'default',
    hostNetwork: false,
  },
  {
    id: 'node-agent',
    label: 'node-agent (kube-system, hostNetwork)',
    namespace: 'kube-system',
    hostNetwork: true,
  },
];

/** The node's own resolv.conf (an EC2 node in us-east-1). */
export const DEMO_NODE = { nameservers: ['172.31.0.2'], search: ['ec2.internal'], options: [] };

export const DEMO_CLUSTER: DnsCluster = {
  zone: 'cluster.local',
  services: [
    {
      name: 'kubernetes',
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.96.0.1',
      ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
    },
    {
      name: 'kube-dns',
      namespace: 'kube-system',
      type: 'ClusterIP',
      clusterIP: '10.96.0.10',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        { name: 'metrics', port: 9153, protocol: 'TCP' },
      ],
    },
    {
      name: 'web',
      namespace: 'shop',
      type: 'ClusterIP',
      clusterIP: '10.96.4.20',
      ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
    },
    {
      name: 'db',
      namespace: 'shop',
      type: 'ClusterIP',
      clusterIP: 'None',
      ports: [{ name: 'postgres', port: 5432, protocol: 'TCP' }],
      endpoints: [
        { ip: '10.244.1.5', hostname: 'db-0', ready: true },
        { ip: '10.244.2.7', hostname: 'db-1', ready: true },
        { ip: '10.244.3.9', hostname: 'db-2', ready: false },
      ],
    },
    {
      name: 'payments',
      namespace: 'shop',
      type: 'ExternalName',
      externalName: 'payments.example.com',
      ports: [],
    },
  ],
  pods: [{ name: 'client', namespace: 'shop', ip: '10.244.1.20' }],
  upstreamNames: [
    'api.example.com',
    'example.com',
    'payments.example.com',
    'kubernetes.io',
    'www.example.org',
  ],
};

/** The Services as one line each, for the island's "in this cluster" list. */
export const DEMO_SERVICE_LINES: readonly string[] = [
  'default/kubernetes — ClusterIP 10.96.0.1, port https 443',
  'kube-system/kube-dns — ClusterIP 10.96.0.10, ports dns 53/UDP, dns-tcp 53/TCP, metrics 9153',
  'shop/web — ClusterIP 10.96.4.20, port http 80',
  'shop/db — headless: db-0 10.244.1.5, db-1 10.244.2.7 (db-2 10.244.3.9 not ready), port postgres 5432',
  'shop/payments — ExternalName payments.example.com',
  'Upstream knows: api.example.com, example.com, payments.example.com, kubernetes.io, www.example.org',
];
