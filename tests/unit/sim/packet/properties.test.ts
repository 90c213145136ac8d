import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cidrContains, cidrsOverlap, lastAddress, parseCidr, parseIpv4 } from '~/sim/ip';
import {
  addNode,
  addPod,
  createCluster,
  isInputError,
  removeNode,
  removePod,
  tracePath,
} from '~/sim/packet';
import type { ClusterState } from '~/sim/packet';

type Action =
  | { kind: 'addNode' }
  | { kind: 'removeNode'; pick: number }
  | { kind: 'addPod'; pick: number; hostNetwork: boolean }
  | { kind: 'removePod'; pick: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'addNode' as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('removeNode' as const), pick: fc.nat() }), weight: 1 },
  {
    arbitrary: fc.record({
      kind: fc.constant('addPod' as const),
      pick: fc.nat(),
      hostNetwork: fc.boolean(),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constant('removePod' as const), pick: fc.nat() }), weight: 2 },
);

// Small clusters and node ranges so that the sequences reach the limits and wrap around.
const config = fc.record({
  clusterPrefix: fc.integer({ min: 20, max: 26 }),
  extraBits: fc.integer({ min: 0, max: 4 }),
  maxPodsPerNode: fc.integer({ min: 1, max: 12 }),
});

/** Applies an action; the engine may refuse it with an InputError (a full range), never with a bug. */
function apply(state: ClusterState, step: Action): ClusterState {
  const pickFrom = <T>(items: readonly T[], pick: number): T | undefined =>
    items[pick % Math.max(items.length, 1)];
  try {
    switch (step.kind) {
      case 'addNode':
        return addNode(state);
      case 'removeNode': {
        const node = pickFrom(state.nodes, step.pick);
        return node ? removeNode(state, node.name) : state;
      }
      case 'addPod': {
        const node = pickFrom(state.nodes, step.pick);
        return node ? addPod(state, { node: node.name, hostNetwork: step.hostNetwork }) : state;
      }
      case 'removePod': {
        const pod = pickFrom(state.pods, step.pick);
        return pod ? removePod(state, pod.name) : state;
      }
    }
  } catch (error) {
    if (isInputError(error)) return state;
    throw error;
  }
}

/** Every invariant of the pod network that must hold after any sequence of actions. */
function checkInvariants(state: ClusterState): void {
  const cluster = parseCidr(state.config.clusterCidr);
  const ranges = state.nodes.map((node) => parseCidr(node.podCidr));
  ranges.forEach((range, i) => {
    expect(range.prefix).toBe(state.config.nodeCidrMaskSize);
    expect(cidrContains(cluster, range.network)).toBe(true);
    ranges.slice(i + 1).forEach((other) => expect(cidrsOverlap(range, other)).toBe(false));
  });
  expect(new Set(state.nodes.map((node) => node.ip)).size).toBe(state.nodes.length);
  const podIps = state.pods.filter((pod) => !pod.hostNetwork).map((pod) => pod.ip);
  expect(new Set(podIps).size).toBe(podIps.length);
  for (const pod of state.pods) {
    const node = state.nodes.find((candidate) => candidate.name === pod.node);
    if (!node) throw new Error(`${pod.name} runs on a node that is gone`);
    if (pod.hostNetwork) {
      expect(pod.ip).toBe(node.ip);
      continue;
    }
    const range = parseCidr(node.podCidr);
    const ip = parseIpv4(pod.ip);
    expect(cidrContains(range, ip)).toBe(true);
    expect([range.network, range.network + 1, lastAddress(range)]).not.toContain(ip);
    expect(node.gateway).not.toBe(pod.ip);
  }
  for (const node of state.nodes) {
    expect(state.pods.filter((pod) => pod.node === node.name).length).toBeLessThanOrEqual(
      state.config.maxPodsPerNode,
    );
  }
}

describe('pod network properties', () => {
  it('no shared pod IPs, pods inside their node range, ranges disjoint inside the cluster CIDR', () => {
    fc.assert(
      fc.property(config, fc.array(action, { maxLength: 80 }), (settings, actions) => {
        let state = createCluster({
          clusterCidr: `10.244.0.0/${String(settings.clusterPrefix)}`,
          nodeCidrMaskSize: Math.min(settings.clusterPrefix + settings.extraBits, 30),
          maxPodsPerNode: settings.maxPodsPerNode,
        });
        for (const step of actions) {
          state = apply(state, step);
          checkInvariants(state);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never translates addresses: every hop carries the trace’s source and destination', () => {
    fc.assert(
      fc.property(
        fc.array(action, { minLength: 5, maxLength: 40 }),
        fc.nat(),
        fc.nat(),
        (actions, a, b) => {
          let state = createCluster({ clusterCidr: '10.244.0.0/22', nodeCidrMaskSize: 24 });
          for (const step of actions) state = apply(state, step);
          const ends = [
            ...state.pods.map((pod) => ({ pod: pod.name })),
            ...state.nodes.map((node) => ({ node: node.name })),
          ];
          const from = ends[a % Math.max(ends.length, 1)];
          const to = ends[b % Math.max(ends.length, 1)];
          if (!from || !to) return;
          const trace = tracePath(state, from, to);
          expect(trace.nat).toBe(false);
          expect(trace.hops.length).toBeGreaterThan(0);
          for (const hop of trace.hops)
            expect([hop.src, hop.dst]).toEqual([trace.srcIp, trace.dstIp]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
