import { it } from 'vitest';
import { eniLimits, instanceTypeNames, maxPods, simulateAllocation } from '~/sim/vpc-cni';
import type { AllocationEvent } from '~/sim/vpc-cni';
import { measure, report } from './harness';

// The VPC CNI engine: max pods for every type in the table, both modes (what a search box and
// the tests do), and a 1,000-step allocation run (scheduling and deleting pods on one node, as
// the EKS sizing island replays its history on every change).

/** 1,000 events that fill and drain an m5.4xlarge-sized node in waves. */
function waves(): AllocationEvent[] {
  return Array.from({ length: 1000 }, (_, i) => ({
    kind: i % 20 < 12 ? ('schedule' as const) : ('delete' as const),
    count: 1 + (i % 7),
  }));
}

it('vpc-cni engine', () => {
  const names = instanceTypeNames();
  const events = waves();
  const limits = eniLimits('m5.4xlarge');
  report([
    measure(
      'maxPods, every type',
      `${String(names.length)} types, secondary IPs and prefixes`,
      () => names.map((name) => maxPods(name) + maxPods(name, { prefixDelegation: true })),
      { runs: 50, warmup: 5 },
    ),
    measure(
      'simulateAllocation',
      '1,000 events, secondary IPs, WARM_ENI_TARGET=1',
      () => simulateAllocation({ limits, events }),
      { runs: 30, warmup: 3 },
    ),
    measure(
      'simulateAllocation prefix',
      '1,000 events, prefixes, WARM_IP_TARGET=5',
      () => simulateAllocation({ limits, events, mode: 'prefix', warmIpTarget: 5 }),
      { runs: 30, warmup: 3 },
    ),
  ]);
});
