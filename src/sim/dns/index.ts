/**
 * The cluster DNS engine: what a pod's /etc/resolv.conf holds for each dnsPolicy, which names
 * its glibc stub resolver tries and in what order (a trailing dot, then ndots, then the search
 * list), and what the cluster DNS answers for each, with the records of the Kubernetes
 * DNS-based service discovery specification (schema 1.1.0): A/AAAA for ClusterIP Services,
 * endpoint addresses and hostname records for headless Services, SRV for named ports, CNAME
 * for ExternalName, PTR, the dns-version TXT record, and pod records a-b-c-d.<ns>.pod.<zone>.
 * Names outside the zone are FORWARDED upstream. Also CoreDNS's kubeadm Corefile as data.
 * Pure: no DOM, no stores; bad input throws an InputError. About 7 KB gzip for the whole
 * surface (the resolver island's lazy chunk about 5 KB), no dependency beyond src/sim/ip.
 *
 * @example
 * const cluster = { zone: 'cluster.local', pods: [], services: [
 *   { name: 'web', namespace: 'shop', type: 'ClusterIP', clusterIP: '10.96.4.20',
 *     ports: [{ name: 'http', port: 80, protocol: 'TCP' }] }] };
 * resolve(cluster, { fromNamespace: 'shop', name: 'web', type: 'A' });
 * // { tried: [{ name: 'web.shop.svc.cluster.local.', rcode: 'NOERROR' }],
 * //   answers: [{ name: 'web.shop.svc.cluster.local.', type: 'A', data: '10.96.4.20' }] }
 * candidateNames('api.example.com', resolvConf('shop')).length; // 4: three search domains, then as is
 */
export type {
  DnsCluster,
  DnsEndpoint,
  DnsQuery,
  DnsRecord,
  DnsService,
  Protocol,
  QueryType,
  Rcode,
  RecordType,
  ResolveResult,
  ResolvConf,
  ServiceType,
  TriedName,
} from './types';
export { candidateNames } from './candidates';
export { resolve, resolveCompiled, compileCluster } from './resolve';
export { lookupName, type Answer, type CompiledDns } from './lookup';
export { lookupAddress, type AddressLookup, type AddressStep } from './address-lookup';
export {
  resolvConf,
  renderResolvConf,
  clusterSearch,
  CLUSTER_NDOTS,
  DEFAULT_CLUSTER_DNS,
  DEFAULT_ZONE,
  GLIBC_DEFAULT_NDOTS,
  type ResolvConfOptions,
} from './resolv-conf';
export {
  podResolvConf,
  ndotsFromOptions,
  DEFAULT_NODE,
  MAX_NAMESERVERS,
  MAX_SEARCH_CHARS,
  MAX_SEARCH_DOMAINS,
  type DnsEnvironment,
  type DnsPolicy,
  type PodDnsSpec,
  type PodResolvConf,
} from './dns-policy';
export { COREFILE_PLUGINS, corefileText, type CorefilePlugin } from './corefile';
export { SCHEMA_VERSION, endpointHostname } from './records';
export { reverseName, dotsIn, fqdn, inZone } from './names';
export { InputError, isInputError } from '../ip';
