// The types and needs of the plugin chooser's facts (the facts themselves are in plugin-facts-routed.ts
// and plugin-facts-overlay.ts; plugin-facts.ts lists them).

/** A requirement a learner can tick in the plugin chooser. */
export type Need =
  'policy' | 'encryption' | 'performance' | 'simplicity' | 'cloud' | 'scale' | 'windows';

/** Every need, in the order the chooser lists them. */
export const NEEDS: readonly Need[] = [
  'policy',
  'encryption',
  'performance',
  'simplicity',
  'cloud',
  'scale',
  'windows',
];

/** What each need means, as the chooser labels it. */
export const NEED_LABELS: Readonly<Record<Need, string>> = {
  policy: 'NetworkPolicy enforcement',
  encryption: 'Encryption between nodes',
  performance: 'Performance (eBPF or no overlay)',
  simplicity: 'Simple to run',
  cloud: 'Cloud-native addressing (pod IPs from the AWS VPC)',
  scale: 'Large clusters',
  windows: 'Windows nodes',
};

/** How far a plugin meets a need; 'unconfirmed' when its documentation did not settle it. */
export type Support = 'yes' | 'partial' | 'no' | 'unconfirmed';

/** One plugin's answer for one need: how far, why, and the page that says so. */
export interface NeedFact {
  support: Support;
  reason: string;
  source: string;
}

/** The plugins the chooser compares. */
export type PluginId =
  'calico' | 'flannel' | 'cilium' | 'weave-net' | 'canal' | 'kube-router' | 'aws-vpc-cni';

/** A plugin: its name, whether it is maintained, its status line with a source, and its facts. */
export interface PluginFacts {
  id: PluginId;
  name: string;
  maintained: boolean;
  status: string;
  statusSource: string;
  facts: Readonly<Record<Need, NeedFact>>;
}

/** The day every source below was read. */
export const FACTS_CHECKED = '2026-12-04';

/** A fact, written short. */
export function fact(support: Support, reason: string, source: string): NeedFact {
  return { support, reason, source };
}
