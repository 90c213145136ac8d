import { it } from 'vitest';
import { simulate } from '~/components/sims/services/sim-model';
import { DEFAULT_SIM_STATE } from '~/components/sims/services/sim-state';
import {
  compileCluster,
  renderIptablesCompiled,
  renderNftCompiled,
  sendCompiled,
  type ClusterModel,
} from '~/sim/services';
import { measure, report } from './harness';

// The Services engine: the simulator's default view (compile, 300 connections, iptables text), as
// the island runs it on every change; and a large cluster: 200 Services × 20 endpoints, its
// iptables-save and nft text for one node, and 10,000 connections to one Service.

/** A cluster of `services` Services, each selecting `endpoints` pods spread over 10 nodes. */
function bigCluster(services: number, endpoints: number): ClusterModel {
  const nodes = Array.from({ length: 10 }, (_, i) => ({
    name: `node-${String(i)}`,
    ip: `192.168.0.${String(i + 10)}`,
    zone: `zone-${String(i % 3)}`,
  }));
  const pods = Array.from({ length: services * endpoints }, (_, i) => ({
    name: `pod-${String(i)}`,
    node: `node-${String(i % 10)}`,
    ip: `10.${String(64 + Math.floor(i / 65536))}.${String(Math.floor(i / 256) % 256)}.${String(i % 256)}`,
    labels: { app: `app-${String(Math.floor(i / endpoints))}` },
    ready: true,
  }));
  const list = Array.from({ length: services }, (_, s) => ({
    metadata: { name: `svc-${String(s)}` },
    spec: {
      type: 'NodePort' as const,
      selector: { app: `app-${String(s)}` },
      ports: [{ name: 'http', port: 80, targetPort: 8080 }],
    },
  }));
  return { nodes, pods, services: list, clusterCidr: '10.64.0.0/10' };
}

it('services engine', () => {
  const big = bigCluster(200, 20);
  const compiled = compileCluster(big);
  report([
    measure(
      'simulate default view',
      'compile + 300 connections + iptables text',
      () => simulate(DEFAULT_SIM_STATE),
      { runs: 200, warmup: 20 },
    ),
    measure(
      'compileCluster 200 × 20',
      '200 NodePort Services, 4,000 pods',
      () => compileCluster(big),
      { runs: 20, warmup: 2 },
    ),
    measure(
      'renderIptables 200 × 20',
      'one node, compiled once',
      () => renderIptablesCompiled(compiled, 'node-0'),
      { runs: 20, warmup: 2 },
    ),
    measure(
      'renderNft 200 × 20',
      'one node, compiled once',
      () => renderNftCompiled(compiled, 'node-0'),
      { runs: 20, warmup: 2 },
    ),
    measure(
      'sendTraffic 10,000',
      'one Service of 20 endpoints, from outside via a node',
      () =>
        sendCompiled(compiled, {
          service: 'svc-7',
          clients: [{ kind: 'external', ip: '203.0.113.7', via: { node: 'node-3' } }],
          requests: 10_000,
          seed: 1,
        }),
      { runs: 20, warmup: 2 },
    ),
  ]);
});
