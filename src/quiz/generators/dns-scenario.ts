import type { DnsCluster, DnsService } from '~/sim/dns';
import { randomIndex, type Random } from '../random';

// Random but readable material for the DNS questions: namespaces, Services (ClusterIP and
// headless with StatefulSet-style hostnames), external names and node search domains.

export const NAMESPACES = ['shop', 'billing', 'web', 'data', 'team-a'];
export const EXTERNAL_NAMES = [
  'api.example.com',
  'example.com',
  'img.cdn.example.net',
  'login.eu.corp.example.org',
  'a.b.c.d.example.com',
  'www.example.org.',
];
export const NODE_SEARCH = [[], ['ec2.internal'], ['corp.example', 'lab.example']];
const SERVICE_NAMES = ['web', 'api', 'cart', 'search', 'auth'];
const HEADLESS_NAMES = ['db', 'kafka', 'redis'];

/** One item of a list, picked at random. */
export function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomIndex(random, items.length)] as T;
}

/** Two different namespaces: the client pod's and another. */
export function twoNamespaces(random: Random): [string, string] {
  const first = pick(random, NAMESPACES);
  const others = NAMESPACES.filter((n) => n !== first);
  return [first, pick(random, others)];
}

/** A ClusterIP Service with one named port. */
function clusterIpService(name: string, namespace: string, octet: number): DnsService {
  return {
    name,
    namespace,
    type: 'ClusterIP',
    clusterIP: `10.96.${String(octet)}.${String(10 + octet)}`,
    ports: [{ name: 'http', port: 80, protocol: 'TCP' }],
  };
}

/** A headless Service whose pods are a StatefulSet: hostnames <name>-0, <name>-1, <name>-2. */
export function headlessService(
  name: string,
  namespace: string,
  ready: boolean[],
  port = { name: 'tcp', port: 5432 },
): DnsService {
  return {
    name,
    namespace,
    type: 'ClusterIP',
    clusterIP: 'None',
    ports: [{ name: port.name, port: port.port, protocol: 'TCP' }],
    endpoints: ready.map((r, i) => ({
      ip: `10.244.${String(i + 1)}.${String(20 + i)}`,
      hostname: `${name}-${String(i)}`,
      ready: r,
    })),
  };
}

/** A small cluster: two ClusterIP Services and a headless one, spread over two namespaces. */
export function smallCluster(random: Random, own: string, other: string): DnsCluster {
  const [a, b] = [pick(random, SERVICE_NAMES), pick(random, SERVICE_NAMES)];
  const headless = pick(random, HEADLESS_NAMES);
  const services = [
    clusterIpService(a, own, 1),
    clusterIpService(b, other, 2),
    headlessService(headless, random() < 0.5 ? own : other, [true, true, random() < 0.5]),
  ];
  return { zone: 'cluster.local', services, pods: [] };
}
