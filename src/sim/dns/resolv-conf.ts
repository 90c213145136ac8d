import { InputError } from '../ip/input-error';
import { checkLabel } from './check';
import { canonicalIp, parseName } from './names';
import type { ResolvConf } from './types';

// The /etc/resolv.conf kubelet writes for a pod with dnsPolicy ClusterFirst: the cluster DNS
// Service as the only nameserver, the search list <ns>.svc.<zone> svc.<zone> <zone> followed by
// the node's own search domains, and `options ndots:5`.

export const DEFAULT_ZONE = 'cluster.local';
export const DEFAULT_CLUSTER_DNS = '10.96.0.10'; // kubeadm: the 10th address of 10.96.0.0/12
export const CLUSTER_NDOTS = 5;
export const GLIBC_DEFAULT_NDOTS = 1;
export const GLIBC_MAX_NDOTS = 15;

/** Options for the ClusterFirst resolv.conf. */
export interface ResolvConfOptions {
  zone?: string;
  ndots?: number;
  nameserver?: string; // the cluster DNS Service IP
  nodeSearch?: string[]; // the node's own search domains, appended after the cluster's
}

/** Refuses an ndots value glibc would not honour as written. */
export function checkNdots(ndots: number, field = 'ndots'): number {
  if (!Number.isInteger(ndots) || ndots < 0) {
    throw new InputError(
      `ndots must be a whole number from 0 to ${String(GLIBC_MAX_NDOTS)}; got ${String(ndots)}.`,
      field,
    );
  }
  return Math.min(ndots, GLIBC_MAX_NDOTS);
}

/** Refuses a nameserver that is not an IP address (resolv.conf takes addresses, not names). */
export function checkNameserver(ip: string, field = 'nameserver'): string {
  const canonical = canonicalIp(ip.trim());
  if (canonical === null) {
    throw new InputError(
      `The nameserver "${ip}" is not an IP address; resolv.conf lists addresses only.`,
      field,
    );
  }
  return canonical;
}

/** The cluster's own three search domains for a namespace. */
export function clusterSearch(namespace: string, zone: string): string[] {
  return [`${namespace}.svc.${zone}`, `svc.${zone}`, zone];
}

/** The resolv.conf of a ClusterFirst pod in `namespace`. */
export function resolvConf(namespace: string, opts: ResolvConfOptions = {}): ResolvConf {
  checkLabel(namespace, 'The namespace', 'namespace');
  const zone = parseName(opts.zone ?? DEFAULT_ZONE, 'zone').name;
  const ndots = checkNdots(opts.ndots ?? CLUSTER_NDOTS);
  const nameserver = checkNameserver(opts.nameserver ?? DEFAULT_CLUSTER_DNS);
  const node = (opts.nodeSearch ?? []).map((d) => parseName(d, 'nodeSearch').name);
  const search = [...new Set([...clusterSearch(namespace, zone), ...node])];
  return { search, ndots, nameserver };
}

/** The file itself, in the order the Kubernetes DNS page shows it: nameservers, search, options. */
export function renderResolvConf(conf: ResolvConf): string {
  const lines = (conf.nameservers ?? [conf.nameserver]).map((ns) => `nameserver ${ns}`);
  if (conf.search.length > 0) lines.push(`search ${conf.search.join(' ')}`);
  const options = conf.options ?? [`ndots:${String(conf.ndots)}`];
  if (options.length > 0) lines.push(`options ${options.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
