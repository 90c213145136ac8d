// What seven CNI plugins offer for each need the chooser asks about, in our own words, each fact
// with the page of the project's documentation it was checked against on FACTS_CHECKED. A fact
// that could not be confirmed there says so ('unconfirmed') instead of guessing.

export * from './plugin-facts-types';
import type { PluginFacts } from './plugin-facts-types';
import { CANAL, FLANNEL, WEAVE_NET } from './plugin-facts-overlay';
import { AWS_VPC_CNI, CALICO, CILIUM, KUBE_ROUTER } from './plugin-facts-routed';

/** The plugins compared, in a fixed order (used to break ties). */
export const PLUGINS: readonly PluginFacts[] = [
  CALICO,
  CILIUM,
  FLANNEL,
  CANAL,
  KUBE_ROUTER,
  WEAVE_NET,
  AWS_VPC_CNI,
];
