import { describe, expect, it } from 'vitest';
import { resolve, type DnsCluster, type QueryType } from '~/sim/dns';

// The question and answer examples of the Kubernetes DNS-based service discovery specification
// (kubernetes/dns docs/specification.md) and of the kubernetes.io page "DNS for Services and
// Pods", rebuilt as a cluster and asked of the engine. Priority and weight of SRV records are
// not prescribed by the specification; the engine answers CoreDNS's 0 and 100 / n.

const SPEC_CLUSTER: DnsCluster = {
  zone: 'cluster.local',
  services: [
    {
      name: 'kubernetes',
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: '10.3.0.1',
      ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
    },
    {
      name: 'headless',
      namespace: 'default',
      type: 'ClusterIP',
      clusterIP: 'None',
      ports: [{ name: 'https', port: 443, protocol: 'TCP' }],
      endpoints: [
        { ip: '10.3.0.100', hostname: 'my-pet', ready: true },
        { ip: '10.3.0.101', hostname: 'my-pet-2', ready: true },
      ],
    },
    {
      name: 'foo',
      namespace: 'default',
      type: 'ExternalName',
      externalName: 'www.example.com',
      ports: [],
    },
    { name: 'data', namespace: 'prod', type: 'ClusterIP', clusterIP: '10.3.0.44', ports: [] },
  ],
  pods: [{ name: 'p', namespace: 'default', ip: '172.17.0.3' }],
};

/** The answers to one absolute question, as "name TYPE data" lines. */
function ask(name: string, type: QueryType, fromNamespace = 'default'): string[] {
  return resolve(SPEC_CLUSTER, { fromNamespace, name, type }).answers.map((r) =>
    r.type === 'SRV'
      ? `${r.name} SRV ${String(r.priority)} ${String(r.weight)} ${String(r.port)} ${r.target ?? ''}`
      : `${r.name} ${r.type} ${r.data ?? ''}`,
  );
}

const TABLE: [string, QueryType, string[]][] = [
  ['dns-version.cluster.local.', 'TXT', ['dns-version.cluster.local. TXT 1.1.0']],
  [
    'kubernetes.default.svc.cluster.local.',
    'A',
    ['kubernetes.default.svc.cluster.local. A 10.3.0.1'],
  ],
  [
    '_https._tcp.kubernetes.default.svc.cluster.local.',
    'SRV',
    [
      '_https._tcp.kubernetes.default.svc.cluster.local. SRV 0 100 443 kubernetes.default.svc.cluster.local.',
    ],
  ],
  [
    '1.0.3.10.in-addr.arpa.',
    'PTR',
    ['1.0.3.10.in-addr.arpa. PTR kubernetes.default.svc.cluster.local.'],
  ],
  [
    'headless.default.svc.cluster.local.',
    'A',
    [
      'headless.default.svc.cluster.local. A 10.3.0.100',
      'headless.default.svc.cluster.local. A 10.3.0.101',
    ],
  ],
  [
    'my-pet.headless.default.svc.cluster.local.',
    'A',
    ['my-pet.headless.default.svc.cluster.local. A 10.3.0.100'],
  ],
  [
    '_https._tcp.headless.default.svc.cluster.local.',
    'SRV',
    [
      '_https._tcp.headless.default.svc.cluster.local. SRV 0 50 443 my-pet.headless.default.svc.cluster.local.',
      '_https._tcp.headless.default.svc.cluster.local. SRV 0 50 443 my-pet-2.headless.default.svc.cluster.local.',
    ],
  ],
  [
    '100.0.3.10.in-addr.arpa.',
    'PTR',
    ['100.0.3.10.in-addr.arpa. PTR my-pet.headless.default.svc.cluster.local.'],
  ],
  [
    'foo.default.svc.cluster.local.',
    'A',
    ['foo.default.svc.cluster.local. CNAME www.example.com.'],
  ],
  [
    '172-17-0-3.default.pod.cluster.local.',
    'A',
    ['172-17-0-3.default.pod.cluster.local. A 172.17.0.3'],
  ],
];

describe('specification examples', () => {
  it.each(TABLE)('%s %s', (name, type, expected) => {
    expect(ask(name, type)).toEqual(expected);
  });

  it('kubernetes.io: from namespace test, data finds nothing and data.prod finds the Service', () => {
    expect(ask('data', 'A', 'test')).toEqual([]);
    expect(ask('data.prod', 'A', 'test')).toEqual(['data.prod.svc.cluster.local. A 10.3.0.44']);
  });
});
