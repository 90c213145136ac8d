/** One address range of host-local IPAM: a subnet and, optionally, where allocation starts and ends. */
export interface IpamRange {
  subnet: string;
  rangeStart?: string;
  rangeEnd?: string;
  gateway?: string;
}

/** A route an IPAM plugin asks the main plugin to install: a destination CIDR and a gateway. */
export interface CniRoute {
  dst: string;
  gw?: string;
}

/** The `ipam` section of a plugin: which IPAM plugin, its range sets and routes. */
export interface IpamConfig {
  type: string;
  ranges?: IpamRange[][];
  subnet?: string;
  rangeStart?: string;
  rangeEnd?: string;
  gateway?: string;
  routes?: CniRoute[];
}

/** DNS settings a network hands to containers (the spec's well-known `dns` structure). */
export interface CniDns {
  nameservers?: string[];
  domain?: string;
  search?: string[];
  options?: string[];
}

/** One plugin configuration object of a list: its type and its plugin-specific fields. */
export interface PluginConfig {
  type: string;
  bridge?: string;
  ipam?: IpamConfig;
  dns?: CniDns;
  capabilities?: Record<string, boolean>;
  [field: string]: unknown;
}

/** A network configuration list: the document a runtime reads from /etc/cni/net.d. */
export interface NetworkConfigList {
  cniVersion: string;
  name: string;
  plugins: PluginConfig[];
  disableCheck?: boolean;
  disableGC?: boolean;
}

/** A port mapping the runtime passes to portmap through runtimeConfig.portMappings. */
export interface PortMapping {
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp' | 'sctp';
  hostIP?: string;
}

/** An interface of a result; `sandbox` is set only for interfaces inside the container. */
export interface CniInterface {
  name: string;
  mac: string;
  sandbox?: string;
}

/** An address of a result; `interface` indexes the result's interfaces list. */
export interface CniIpConfig {
  address: string;
  gateway?: string;
  interface?: number;
}

/** The success result of ADD, as the spec's result type defines it (interfaces, ips, routes, dns). */
export interface CniResult {
  cniVersion: string;
  interfaces: CniInterface[];
  ips: CniIpConfig[];
  routes: CniRoute[];
  dns: CniDns;
}

/** The spec's error structure: a numeric code, a short message and optional details. */
export interface CniError {
  /** Absent when the runtime failed before a plugin answered (e.g. the executable is missing). */
  code?: number;
  msg: string;
  details?: string;
}

/** The operations the runtime can ask for (CNI 1.1.0). */
export type CniCommand = 'ADD' | 'CHECK' | 'DEL' | 'STATUS' | 'GC' | 'VERSION';

/** One attachment known to be in use, as GC's cni.dev/valid-attachments lists it. */
export interface ValidAttachment {
  containerID: string;
  ifname: string;
}

/** What the runtime knows about the container: its ID, netns path and interface name. */
export interface AttachmentArgs {
  containerId: string;
  netns: string;
  ifname: string;
  /** Passed to plugins that declare the portMappings capability. */
  portMappings?: PortMapping[];
  /** For GC: the attachments that are still in use; everything else is released. */
  validAttachments?: ValidAttachment[];
}

/** Everything the simulated node remembers between calls; plain data, passed in and returned. */
export interface CniState {
  /** host-local reservations: attachment key → one IPv4 address per range set. */
  allocations: Record<string, string[]>;
  /** host-local's last reserved address per `network/rangeSetIndex`; the next ADD starts after it. */
  lastReserved: Record<string, string>;
  /** The runtime's cache of the last ADD result per attachment (libcni keeps one on disk). */
  cache: Record<string, CniResult>;
  /** portmap's recorded mappings per attachment. */
  portMappings: Record<string, PortMapping[]>;
  /** Bridges that exist on the node. */
  bridges: string[];
}

/** One executable the runtime (or a plugin, for IPAM) ran, with what it saw and what it did. */
export interface PluginCall {
  plugin: string;
  command: CniCommand;
  /** Set when a main plugin ran this IPAM plugin itself. */
  delegatedBy?: string;
  env: Record<string, string>;
  stdin: string;
  actions: string[];
  result?: CniResult;
  error?: CniError;
}

/** The outcome of runCni: the calls in order, the final result or error, and the new state. */
export interface CniRun {
  ok: boolean;
  calls: PluginCall[];
  result?: CniResult;
  /** For VERSION: what each plugin reports. */
  supportedVersions?: string[];
  error?: CniError;
  /** The line a kubelet would log for a failed ADD (via containerd/libcni). */
  kubeletMessage?: string;
  state: CniState;
}
