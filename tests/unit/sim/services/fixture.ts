import type { ClusterModel, ServiceModel } from '~/sim/services';

// A three-node cluster in two zones with three "web" pods (one per node), used across the tests.

/** A "web" Service of the given shape (ports 80 → 8080, selector app=web). */
export function webService(spec: Partial<ServiceModel['spec']> = {}, name = 'web'): ServiceModel {
  return {
    metadata: { name, namespace: 'default' },
    spec: {
      selector: { app: 'web' },
      ports: [{ name: 'http', port: 80, targetPort: 8080 }],
      clusterIP: '10.96.0.20',
      ...spec,
    },
  };
}

/** The cluster with the given Services (default: a ClusterIP "web"). */
export function cluster(services: ServiceModel[] = [webService()]): ClusterModel {
  return {
    nodes: [
      { name: 'node-a', ip: '192.168.1.10', zone: 'zone-1' },
      { name: 'node-b', ip: '192.168.1.11', zone: 'zone-1' },
      { name: 'node-c', ip: '192.168.1.12', zone: 'zone-2' },
    ],
    pods: [
      { name: 'web-1', node: 'node-a', ip: '10.244.0.5', labels: { app: 'web' }, ready: true },
      { name: 'web-2', node: 'node-b', ip: '10.244.1.5', labels: { app: 'web' }, ready: true },
      { name: 'web-3', node: 'node-c', ip: '10.244.2.5', labels: { app: 'web' }, ready: true },
      { name: 'client', node: 'node-a', ip: '10.244.0.9', labels: { app: 'client' }, ready: true },
      {
        name: 'client-c',
        node: 'node-c',
        ip: '10.244.2.9',
        labels: { app: 'client' },
        ready: true,
      },
    ],
    services,
  };
}
