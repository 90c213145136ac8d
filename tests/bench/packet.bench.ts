import { it } from 'vitest';
import {
  WALK_PATHS,
  WALK_STYLES,
  addPod,
  capacitySummary,
  listEndpoints,
  reconfigure,
  seedCluster,
  tracePath,
  walkPacket,
} from '~/sim/packet';
import { measure, report } from './harness';

// The packet engine (cluster model and tracePath) on the lesson's default scenario and on a large cluster.
it('packet engine: cluster model and trace', () => {
  const small = { clusterCidr: '10.244.0.0/16', nodeCidrMaskSize: 24 };
  const large = { clusterCidr: '10.0.0.0/8', nodeCidrMaskSize: 24, nodeSubnet: '192.168.0.0/16' };
  const defaultCluster = seedCluster(small, { nodes: 2, podsPerNode: 2 });
  const bigCluster = seedCluster(large, { nodes: 40, podsPerNode: 25 });
  const [from, to] = [listEndpoints(bigCluster)[0], listEndpoints(bigCluster).at(-1)];
  report([
    measure('seed default scenario', '2 nodes × 2 pods, /16, /24 per node', () =>
      seedCluster(small, { nodes: 2, podsPerNode: 2 }),
    ),
    measure('add pod (default scenario)', '2 nodes × 2 pods', () =>
      addPod(defaultCluster, { node: 'node-1' }),
    ),
    measure('trace cross-node (default)', 'web-1 → web-3', () =>
      tracePath(defaultCluster, { pod: 'web-1' }, { pod: 'web-3' }),
    ),
    measure('reconfigure (default)', 'cluster CIDR 10.250.0.0/16', () =>
      reconfigure(defaultCluster, { ...small, clusterCidr: '10.250.0.0/16' }),
    ),
    measure(
      'seed large cluster',
      '40 nodes × 25 pods, /8',
      () => seedCluster(large, { nodes: 40, podsPerNode: 25 }),
      {
        runs: 10,
        warmup: 1,
      },
    ),
    measure('capacity summary (large)', '40 nodes × 25 pods', () => capacitySummary(bigCluster)),
    measure('trace (large)', 'first → last endpoint of 1,000 pods', () =>
      from && to ? tracePath(bigCluster, from.endpoint, to.endpoint) : undefined,
    ),
  ]);
});

// The packet walker: every path × style (20 walks, vpc-cni with external SNAT), 10,000 times over.
it('packet engine: walkPacket every path × style', () => {
  const scenarios = WALK_STYLES.flatMap((style) =>
    WALK_PATHS.map((path) => ({ path, style, externalSnat: style === 'vpc-cni' })),
  );
  const walkAll = () => {
    for (const scenario of scenarios) walkPacket(scenario);
  };
  report([
    measure('walk one (vxlan nodeport)', 'the longest walk, with reply', () =>
      walkPacket({ path: 'nodeport', style: 'vxlan' }),
    ),
    measure(
      'walk every path × style × 10,000',
      `${String(scenarios.length)} scenarios, 10,000 rounds`,
      () => {
        for (let round = 0; round < 10_000; round += 1) walkAll();
      },
      { runs: 3, warmup: 0 },
    ),
  ]);
});
