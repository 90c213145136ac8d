// The shapes of the DNS engine: the cluster it answers for, the records it serves, the
// resolv.conf a pod gets and the trace of one lookup. The first five are DESIGN.md's contract;
// the rest are additions the islands and generators use.

export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
export type RecordType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'CNAME' | 'TXT';
export type QueryType = 'A' | 'AAAA' | 'SRV' | 'PTR' | 'TXT';
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'NODATA' | 'FORWARDED';

/** One ready or not-ready address behind a Service (from its EndpointSlices). */
export interface DnsEndpoint {
  ip: string;
  hostname?: string;
  ready: boolean;
}

/** A Service as the cluster DNS sees it. */
export interface DnsService {
  name: string;
  namespace: string;
  type: ServiceType;
  clusterIP?: string; // "None" for a headless service; IPv4 or IPv6
  externalName?: string;
  ports: { name: string | null; port: number; protocol: Protocol }[];
  endpoints?: DnsEndpoint[];
}

/** Everything the cluster DNS server knows. */
export interface DnsCluster {
  zone: string; // "cluster.local"
  services: DnsService[];
  pods: { name: string; namespace: string; ip: string }[];
  /** CoreDNS `pods` mode: insecure (the kubeadm default) answers any well-formed pod name. */
  podsMode?: 'insecure' | 'verified' | 'disabled';
  /**
   * Names the upstream resolver answers (e.g. "api.example.com"). Absent: every forwarded name
   * counts as answered, as DESIGN.md says. Present: a forwarded name not listed gets NXDOMAIN
   * from upstream and the search goes on, as it does in a real cluster.
   */
  upstreamNames?: string[];
}

/** One resource record; names fully qualified with a trailing dot. */
export interface DnsRecord {
  name: string;
  type: RecordType;
  data?: string; // A/AAAA address, PTR/CNAME target, TXT text
  port?: number; // SRV
  target?: string; // SRV
  priority?: number; // SRV (CoreDNS: 0)
  weight?: number; // SRV (CoreDNS: 100 split evenly, rounded down)
}

/** The parts of /etc/resolv.conf that decide how names are tried. */
export interface ResolvConf {
  search: string[];
  ndots: number;
  nameserver: string; // the first nameserver
  nameservers?: string[]; // all of them (at most 3)
  options?: string[]; // every option line entry, e.g. "ndots:5", "edns0"
}

/** One name the stub resolver sent, and what came back. */
export interface TriedName {
  name: string;
  rcode: Rcode;
  /** For FORWARDED names when `upstreamNames` is given: what upstream answered. */
  upstream?: 'NOERROR' | 'NXDOMAIN';
}

/** The trace of one lookup. */
export interface ResolveResult {
  tried: TriedName[];
  answers: DnsRecord[];
}

/** A lookup from a pod. `conf` overrides the ClusterFirst resolv.conf of `fromNamespace`. */
export interface DnsQuery {
  fromNamespace: string;
  name: string;
  type: QueryType;
  conf?: ResolvConf;
}
