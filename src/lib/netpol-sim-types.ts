// The shapes the NetworkPolicy simulator works with, shared by the build (src/lib/netpol-scenario.ts
// turns a content preset into a seed) and the islands (src/components/sims/netpol/): the engine's
// cluster plus addresses outside it, each policy with its YAML text and on/off switch, and the probe.
import type { ClusterModel, NetworkPolicy, Protocol } from '~/sim/netpol/types';

/** An address outside the cluster, shown as an extra row and column of the grid. */
export interface OutsideAddress {
  name: string;
  ip: string;
}

/** The simulated cluster: the engine's model, plus outside addresses. */
export interface SimCluster extends ClusterModel {
  outside: OutsideAddress[];
}

/** A policy as the learner sees it: its YAML, the parsed object, and whether it is applied. */
export interface PolicyItem {
  /** Stable id for lists and focus, e.g. "p3". */
  id: string;
  yaml: string;
  policy: NetworkPolicy;
  enabled: boolean;
}

/** A policy before it has an id (from a preset, a share link or the editor). */
export type PolicyInput = Omit<PolicyItem, 'id'>;

/** What the grid shows connections for: a port number or a container port name, and a protocol. */
export interface SimProbe {
  port: number | string;
  protocol: Protocol;
}

/** Everything a learner can change, and that a share link carries. */
export interface SimModel {
  cluster: SimCluster;
  policies: PolicyItem[];
}

/** The props an island starts from: a preset's cluster, its policies and probe. */
export interface SimSeed {
  cluster: SimCluster;
  policies: PolicyInput[];
  probe: SimProbe;
}
