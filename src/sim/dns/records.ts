import { canonicalIp, dashedFromAddress, fqdn, reverseName } from './names';
import type { DnsCluster, DnsEndpoint, DnsRecord, DnsService } from './types';

// The records the cluster DNS serves, built once per cluster as the Kubernetes DNS-based
// service discovery specification (schema 1.1.0) lists them: A/AAAA, SRV for named ports,
// PTR, CNAME for ExternalName, and the dns-version TXT record. Pod records (a-b-c-d.<ns>.pod)
// are answered on the fly in lookup.ts, as CoreDNS does.

export const SCHEMA_VERSION = '1.1.0';

/** Every record of a cluster, keyed by fully qualified owner name. */
export type RecordIndex = Map<string, DnsRecord[]>;

/** Adds a record under its owner name. */
function add(index: RecordIndex, record: DnsRecord): void {
  const list = index.get(record.name);
  if (list === undefined) index.set(record.name, [record]);
  else list.push(record);
}

/** The address record of an IP: A for IPv4, AAAA for IPv6. */
function addressRecord(name: string, ip: string): DnsRecord {
  const data = canonicalIp(ip) ?? ip;
  return { name, type: ip.includes(':') ? 'AAAA' : 'A', data };
}

/** The ready endpoints of a Service (only those get records). */
function readyEndpoints(service: DnsService): DnsEndpoint[] {
  return (service.endpoints ?? []).filter((e) => e.ready);
}

/** An endpoint's hostname: its own, or (CoreDNS's choice) its address with dashes. */
export function endpointHostname(endpoint: DnsEndpoint): string {
  return endpoint.hostname ?? dashedFromAddress(canonicalIp(endpoint.ip) ?? endpoint.ip);
}

/** SRV records for a port, CoreDNS style: priority 0, weight 100 split evenly (rounded down). */
function srvRecords(owner: string, port: number, targets: string[]): DnsRecord[] {
  const weight = Math.floor(100 / targets.length);
  return targets.map((target) => ({ name: owner, type: 'SRV', priority: 0, weight, port, target }));
}

/** The records of one Service, by its kind (ClusterIP, headless or ExternalName). */
function addService(index: RecordIndex, service: DnsService, zone: string): void {
  const owner = fqdn(`${service.name}.${service.namespace}.svc.${zone}`);
  if (service.type === 'ExternalName') {
    add(index, { name: owner, type: 'CNAME', data: fqdn(service.externalName ?? '') });
    return;
  }
  const headless = service.clusterIP === 'None';
  const ready = headless ? readyEndpoints(service) : [];
  const targets = headless ? ready.map((e) => fqdn(`${endpointHostname(e)}.${owner}`)) : [owner];
  if (headless) addHeadless(index, owner, ready);
  else if (service.clusterIP !== undefined) addClusterIp(index, owner, service.clusterIP);
  if (targets.length === 0) return;
  for (const port of service.ports) {
    if (port.name === null || port.name === '') continue;
    const srvOwner = `_${port.name.toLowerCase()}._${port.protocol.toLowerCase()}.${owner}`;
    for (const r of srvRecords(srvOwner, port.port, targets)) add(index, r);
  }
}

/** A ClusterIP Service: an A or AAAA record and the PTR back. */
function addClusterIp(index: RecordIndex, owner: string, clusterIP: string): void {
  add(index, addressRecord(owner, clusterIP));
  add(index, { name: reverseName(clusterIP), type: 'PTR', data: owner });
}

/** A headless Service: the ready endpoints' addresses, hostname records and PTRs. */
function addHeadless(index: RecordIndex, owner: string, ready: DnsEndpoint[]): void {
  for (const endpoint of ready) {
    const host = fqdn(`${endpointHostname(endpoint)}.${owner}`);
    add(index, addressRecord(owner, endpoint.ip));
    add(index, addressRecord(host, endpoint.ip));
    add(index, { name: reverseName(endpoint.ip), type: 'PTR', data: host });
  }
}

/** Builds every record of a (checked) cluster. */
export function buildRecords(cluster: DnsCluster): RecordIndex {
  const index: RecordIndex = new Map();
  const zone = cluster.zone.toLowerCase().replace(/\.$/, '');
  add(index, { name: `dns-version.${zone}.`, type: 'TXT', data: SCHEMA_VERSION });
  for (const service of cluster.services) addService(index, service, zone);
  return index;
}
