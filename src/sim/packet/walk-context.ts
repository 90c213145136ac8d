import { BGP_DRIVER } from './walk-style-bgp';
import { EBPF_DRIVER } from './walk-style-ebpf';
import { VXLAN_DRIVER } from './walk-style-vxlan';
import { vpcDriver } from './walk-style-vpc';
import { topologyFor } from './walk-topology';
import type { StyleDriver } from './walk-driver';
import type { Flow, HopDraft } from './walk-hops';
import type { ResolvedWalkScenario } from './walk-scenario';
import type { Topology, WalkPod } from './walk-topology';

/** Everything a path needs: the scenario, the fixed cluster and the style's driver. */
export interface WalkContext {
  readonly scenario: ResolvedWalkScenario;
  readonly topology: Topology;
  readonly driver: StyleDriver;
}

/** Builds the context for a validated scenario. */
export function contextFor(scenario: ResolvedWalkScenario): WalkContext {
  const topology = topologyFor(scenario.style);
  const driver = {
    vxlan: VXLAN_DRIVER,
    bgp: BGP_DRIVER,
    ebpf: EBPF_DRIVER,
    'vpc-cni': vpcDriver(scenario.externalSnat, topology.client),
  }[scenario.style];
  return { scenario, topology, driver };
}

/** The hops between two pods, on one node or across the two. */
export function podToPod(context: WalkContext, from: WalkPod, to: WalkPod, flow: Flow): HopDraft[] {
  const { driver } = context;
  if (from.node.name === to.node.name) return driver.sameNode(from, to, flow);
  return [
    ...driver.leavePod(from, flow),
    ...driver.travel(from.node, from.eni, to.node, to.eni, flow),
    ...driver.deliverLocal(to, flow),
  ];
}
