import { it } from 'vitest';
import { DNS_GENERATORS } from '~/quiz/generators/dns';
import { runGenerator } from '~/quiz';
import {
  compileCluster,
  lookupAddress,
  resolve,
  resolveCompiled,
  type DnsCluster,
  type DnsService,
} from '~/sim/dns';
import { measure, report } from './harness';

// The DNS engine at a realistic size: 1,000 Services over 20 namespaces (a third headless with
// three endpoints each). The island compiles once per cluster change and resolves per keystroke.

/** A cluster of `count` Services spread over 20 namespaces. */
function bigCluster(count: number): DnsCluster {
  const services: DnsService[] = Array.from({ length: count }, (_, i) => {
    const namespace = `ns-${String(i % 20)}`;
    const ports = [{ name: 'http', port: 80, protocol: 'TCP' as const }];
    if (i % 3 !== 0) {
      const clusterIP = `10.96.${String(Math.floor(i / 250))}.${String(i % 250)}`;
      return { name: `svc-${String(i)}`, namespace, type: 'ClusterIP', clusterIP, ports };
    }
    const endpoints = [0, 1, 2].map((k) => ({
      ip: `10.244.${String(i % 250)}.${String(k + 1)}`,
      hostname: `pod-${String(k)}`,
      ready: k < 2,
    }));
    return {
      name: `svc-${String(i)}`,
      namespace,
      type: 'ClusterIP',
      clusterIP: 'None',
      ports,
      endpoints,
    };
  });
  return { zone: 'cluster.local', services, pods: [] };
}

it('dns engine', () => {
  const cluster = bigCluster(1000);
  const compiled = compileCluster(cluster);
  const query = { fromNamespace: 'ns-3', name: 'svc-3', type: 'SRV' as const };
  report([
    measure('compileCluster 1000 services', 'check + index', () => compileCluster(cluster), {
      runs: 30,
    }),
    measure(
      'resolve (compile + lookup)',
      '1000 services, headless SRV',
      () => resolve(cluster, query),
      { runs: 30 },
    ),
    measure('resolveCompiled x1000', 'short names, A', () => {
      for (let i = 0; i < 1000; i++) {
        resolveCompiled(compiled, {
          fromNamespace: `ns-${String(i % 20)}`,
          name: `svc-${String(i)}`,
          type: 'A',
        });
      }
    }),
    measure('lookupAddress x1000', 'api.example.com, 4 names each', () => {
      for (let i = 0; i < 1000; i++) lookupAddress(compiled, 'ns-1', 'api.example.com');
    }),
    measure('dns generators x300', '100 seeds each', () => {
      for (const g of DNS_GENERATORS) for (let s = 0; s < 100; s++) runGenerator(g, s);
    }),
  ]);
});
