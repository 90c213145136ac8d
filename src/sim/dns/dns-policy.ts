import { InputError } from '../ip/input-error';
import { checkLabel } from './check';
import { parseName } from './names';
import {
  CLUSTER_NDOTS,
  DEFAULT_CLUSTER_DNS,
  DEFAULT_ZONE,
  GLIBC_DEFAULT_NDOTS,
  checkNameserver,
  checkNdots,
  clusterSearch,
} from './resolv-conf';
import type { ResolvConf } from './types';

// The resolv.conf for each dnsPolicy, merged with spec.dnsConfig the way kubelet does it:
// nameservers and searches appended with duplicates removed, options merged by name with
// dnsConfig winning; at most 3 nameservers, and (since v1.28, ExpandedDNSConfig GA) at most
// 32 search domains of at most 2048 characters in all.

export type DnsPolicy = 'ClusterFirst' | 'ClusterFirstWithHostNet' | 'Default' | 'None';
export const MAX_NAMESERVERS = 3;
export const MAX_SEARCH_DOMAINS = 32;
export const MAX_SEARCH_CHARS = 2048;

/** The DNS fields of a pod spec (plus its namespace). */
export interface PodDnsSpec {
  namespace: string;
  dnsPolicy?: DnsPolicy; // the API default is ClusterFirst
  hostNetwork?: boolean;
  dnsConfig?: {
    nameservers?: string[];
    searches?: string[];
    options?: { name: string; value?: string }[];
  };
}

/** The node and cluster a pod runs in. */
export interface DnsEnvironment {
  zone?: string;
  clusterDns?: string;
  node?: { nameservers?: string[]; search?: string[]; options?: string[] };
}

/** A pod's resolv.conf, the policy that produced it and what kubelet did on the way. */
export interface PodResolvConf extends ResolvConf {
  nameservers: string[];
  options: string[];
  effectivePolicy: DnsPolicy;
  notes: string[];
}

const POLICIES: DnsPolicy[] = ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'];
export const DEFAULT_NODE = {
  nameservers: ['192.0.2.53'],
  search: [] as string[],
  options: [] as string[],
};

/** The base file a policy starts from, before dnsConfig. */
function baseConf(
  spec: PodDnsSpec,
  policy: DnsPolicy,
  env: DnsEnvironment,
): Omit<PodResolvConf, 'ndots' | 'nameserver'> {
  const node = { ...DEFAULT_NODE, ...env.node };
  const zone = parseName(env.zone ?? DEFAULT_ZONE, 'zone').name;
  if (policy === 'None')
    return { nameservers: [], search: [], options: [], effectivePolicy: policy, notes: [] };
  if (policy === 'Default') {
    return {
      nameservers: node.nameservers,
      search: node.search,
      options: node.options,
      effectivePolicy: policy,
      notes: [],
    };
  }
  const clusterDns = checkNameserver(env.clusterDns ?? DEFAULT_CLUSTER_DNS, 'clusterDns');
  const search = [...clusterSearch(spec.namespace, zone), ...node.search];
  return {
    nameservers: [clusterDns],
    search,
    options: [`ndots:${String(CLUSTER_NDOTS)}`],
    effectivePolicy: policy,
    notes: [],
  };
}

/** The policy kubelet applies: ClusterFirst on the host network falls back to Default. */
function effectivePolicy(spec: PodDnsSpec): { policy: DnsPolicy; notes: string[] } {
  const asked = spec.dnsPolicy ?? 'ClusterFirst';
  if (!POLICIES.includes(asked)) {
    throw new InputError(
      `dnsPolicy "${String(asked)}" is not one of ${POLICIES.join(', ')}.`,
      'dnsPolicy',
    );
  }
  if (asked === 'ClusterFirst' && spec.hostNetwork === true) {
    return {
      policy: 'Default',
      notes: [
        'A hostNetwork pod with ClusterFirst gets the node’s resolv.conf (as Default); set ClusterFirstWithHostNet to use the cluster DNS.',
      ],
    };
  }
  return { policy: asked, notes: [] };
}

/** Refuses a dnsConfig the API server would reject. */
function checkDnsConfig(spec: PodDnsSpec, policy: DnsPolicy): void {
  const config = spec.dnsConfig ?? {};
  const servers = config.nameservers ?? [];
  const searches = config.searches ?? [];
  if (policy === 'None' && servers.length === 0) {
    throw new InputError(
      'dnsPolicy None needs dnsConfig.nameservers with at least one address.',
      'dnsConfig.nameservers',
    );
  }
  if (servers.length > MAX_NAMESERVERS) {
    throw new InputError(
      `dnsConfig lists ${String(servers.length)} nameservers; at most ${String(MAX_NAMESERVERS)} are allowed.`,
      'dnsConfig.nameservers',
    );
  }
  if (searches.length > MAX_SEARCH_DOMAINS) {
    throw new InputError(
      `dnsConfig lists ${String(searches.length)} search domains; at most ${String(MAX_SEARCH_DOMAINS)} are allowed.`,
      'dnsConfig.searches',
    );
  }
  if (searches.join(' ').length > MAX_SEARCH_CHARS) {
    throw new InputError(
      `dnsConfig.searches is longer than ${String(MAX_SEARCH_CHARS)} characters in all.`,
      'dnsConfig.searches',
    );
  }
}

/** Merges options by name, later entries replacing earlier ones with the same name. */
function mergeOptions(base: string[], extra: { name: string; value?: string }[]): string[] {
  const byName = new Map<string, string>();
  for (const o of base) byName.set(o.split(':')[0] ?? o, o);
  for (const o of extra)
    byName.set(o.name, o.value === undefined ? o.name : `${o.name}:${o.value}`);
  return [...byName.values()];
}

/** The ndots an options list sets (glibc's default 1 when none does; glibc caps it at 15). */
export function ndotsFromOptions(options: string[]): number {
  const entry = [...options].reverse().find((o) => o.startsWith('ndots:'));
  if (entry === undefined) return GLIBC_DEFAULT_NDOTS;
  return checkNdots(Number(entry.slice('ndots:'.length)), 'dnsConfig.options');
}

/** The resolv.conf kubelet writes for a pod, by its dnsPolicy, hostNetwork and dnsConfig. */
export function podResolvConf(spec: PodDnsSpec, env: DnsEnvironment = {}): PodResolvConf {
  checkLabel(spec.namespace, 'The namespace', 'namespace');
  const { policy, notes } = effectivePolicy(spec);
  checkDnsConfig(spec, policy);
  const base = baseConf(spec, policy, env);
  const config = spec.dnsConfig ?? {};
  const extraServers = (config.nameservers ?? []).map((s) =>
    checkNameserver(s, 'dnsConfig.nameservers'),
  );
  const extraSearch = (config.searches ?? []).map((d) => parseName(d, 'dnsConfig.searches').name);
  const allServers = [...new Set([...base.nameservers, ...extraServers])];
  const allSearch = [...new Set([...base.search, ...extraSearch])];
  const options = mergeOptions(base.options, config.options ?? []);
  if (allServers.length > MAX_NAMESERVERS)
    notes.push(
      `kubelet keeps the first ${String(MAX_NAMESERVERS)} of ${String(allServers.length)} nameservers.`,
    );
  if (allSearch.length > MAX_SEARCH_DOMAINS)
    notes.push(
      `kubelet keeps the first ${String(MAX_SEARCH_DOMAINS)} of ${String(allSearch.length)} search domains.`,
    );
  const nameservers = allServers.slice(0, MAX_NAMESERVERS);
  const search = allSearch.slice(0, MAX_SEARCH_DOMAINS);
  const ndots = ndotsFromOptions(options);
  return {
    search,
    ndots,
    nameserver: nameservers[0] ?? '',
    nameservers,
    options,
    effectivePolicy: policy,
    notes: [...notes, ...base.notes],
  };
}
