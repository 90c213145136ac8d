import { addressFromDashed, canonicalIp, fqdn, inZone } from './names';
import { buildRecords, type RecordIndex } from './records';
import type { DnsCluster, DnsRecord, QueryType, Rcode } from './types';

// How the cluster DNS server (CoreDNS with the kubeadm Corefile) answers one fully qualified
// question: authoritative for the cluster zone (NXDOMAIN for names it does not know, NODATA
// for names that exist without that type), answering pod names from the name itself in
// `pods insecure` mode, and handing reverse names it does not know and every other name to
// the upstream resolver (`fallthrough in-addr.arpa ip6.arpa`, `forward . /etc/resolv.conf`).

/** A cluster ready to answer: its records and every name that exists (owners and their parents). */
export interface CompiledDns {
  cluster: DnsCluster;
  zone: string; // fully qualified
  records: RecordIndex;
  names: Set<string>;
}

/** The answer to one question. */
export interface Answer {
  rcode: Rcode;
  records: DnsRecord[];
}

/** Indexes a cluster's records and the empty non-terminal names above them. */
export function compileDns(cluster: DnsCluster): CompiledDns {
  const records = buildRecords(cluster);
  const zone = fqdn(cluster.zone.replace(/\.$/, ''));
  const names = new Set<string>([zone]);
  if (cluster.podsMode !== 'disabled') names.add(`pod.${zone}`);
  for (const owner of records.keys()) {
    const labels = owner.split('.');
    for (let i = 0; i < labels.length - 1; i++) names.add(labels.slice(i).join('.'));
  }
  return { cluster, zone, records, names };
}

const REVERSE = ['in-addr.arpa.', 'ip6.arpa.'];

/**
 * What upstream answers for a forwarded name: undefined when the cluster lists no
 * `upstreamNames` (not modelled: the search ends), else NOERROR for a listed name, NXDOMAIN.
 */
export function upstreamAnswer(
  cluster: DnsCluster,
  name: string,
): 'NOERROR' | 'NXDOMAIN' | undefined {
  if (cluster.upstreamNames === undefined) return undefined;
  return cluster.upstreamNames.some((n) => fqdn(n.trim()) === fqdn(name)) ? 'NOERROR' : 'NXDOMAIN';
}

/** Answers one fully qualified question as the cluster DNS server would. */
export function lookupName(dns: CompiledDns, name: string, type: QueryType): Answer {
  const owner = fqdn(name);
  const reverse = REVERSE.some((z) => inZone(owner, z));
  if (!inZone(owner, dns.zone) && !reverse) return { rcode: 'FORWARDED', records: [] };
  const pod = podAnswer(dns, owner, type);
  if (pod !== null) return pod;
  const found = dns.records.get(owner);
  if (found === undefined) {
    if (reverse) return { rcode: 'FORWARDED', records: [] };
    return { rcode: dns.names.has(owner) ? 'NODATA' : 'NXDOMAIN', records: [] };
  }
  const cname = found.find((r) => r.type === 'CNAME');
  if (cname !== undefined)
    return { rcode: 'NOERROR', records: [cname, ...chase(dns, cname, type)] };
  const matching = found.filter((r) => r.type === type);
  return { rcode: matching.length > 0 ? 'NOERROR' : 'NODATA', records: matching };
}

/** Follows a CNAME whose target is inside the cluster zone (outside, upstream answers it). */
function chase(dns: CompiledDns, cname: DnsRecord, type: QueryType): DnsRecord[] {
  const target = cname.data ?? '';
  if (!inZone(target, dns.zone) || target === cname.name) return [];
  const next = dns.records.get(target) ?? [];
  return next.filter((r) => r.type === type);
}

/** Answers `<a-b-c-d>.<ns>.pod.<zone>` by the pods mode, or null for other names. */
function podAnswer(dns: CompiledDns, owner: string, type: QueryType): Answer | null {
  const suffix = `.pod.${dns.zone}`;
  if (!owner.endsWith(suffix)) return null;
  const labels = owner.slice(0, -suffix.length).split('.');
  const mode = dns.cluster.podsMode ?? 'insecure';
  const ip = labels.length === 2 ? addressFromDashed(labels[0] ?? '') : null;
  if (ip === null || mode === 'disabled') return { rcode: 'NXDOMAIN', records: [] };
  const namespace = labels[1] ?? '';
  const exists = dns.cluster.pods.some(
    (p) => p.namespace === namespace && canonicalIp(p.ip) === ip,
  );
  if (mode === 'verified' && !exists) return { rcode: 'NXDOMAIN', records: [] };
  const family = ip.includes(':') ? 'AAAA' : 'A';
  if (type !== family) return { rcode: 'NODATA', records: [] };
  return { rcode: 'NOERROR', records: [{ name: owner, type: family, data: ip }] };
}
