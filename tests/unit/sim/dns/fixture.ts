import type { DnsCluster } from '~/sim/dns';

// A small cluster used by the DNS tests: a ClusterIP Service with named and unnamed ports, a
// headless Service with hostnames (a StatefulSet), an ExternalName Service, an IPv6 Service.

export const CLUSTER: DnsCluster = {
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
      ports: [
        { name: 'http', port: 80, protocol: 'TCP' },
        { name: null, port: 8080, protocol: 'TCP' },
      ],
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
      name: 'cache',
      namespace: 'shop',
      type: 'ClusterIP',
      clusterIP: 'None',
      ports: [{ name: 'redis', port: 6379, protocol: 'TCP' }],
      endpoints: [{ ip: '10.244.1.12', ready: true }],
    },
    {
      name: 'idle',
      namespace: 'shop',
      type: 'ClusterIP',
      clusterIP: 'None',
      ports: [],
      endpoints: [{ ip: '10.244.1.13', ready: false }],
    },
    {
      name: 'payments',
      namespace: 'shop',
      type: 'ExternalName',
      externalName: 'payments.example.com',
      ports: [],
    },
    {
      name: 'legacy',
      namespace: 'shop',
      type: 'ExternalName',
      externalName: 'web.shop.svc.cluster.local',
      ports: [],
    },
    {
      name: 'api',
      namespace: 'prod',
      type: 'NodePort',
      clusterIP: 'fd00:10:96::a',
      ports: [{ name: 'grpc', port: 9000, protocol: 'TCP' }],
    },
  ],
  pods: [
    { name: 'client', namespace: 'shop', ip: '10.244.1.20' },
    { name: 'db-0', namespace: 'shop', ip: '10.244.1.5' },
  ],
};
