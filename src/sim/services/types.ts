// The model the Services engine reads: Service objects in the shape of the core/v1 API (what
// `kubectl get service -o json` returns, trimmed to the fields that matter here), plus the nodes
// and pods a selector picks from.

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
export type Protocol = 'TCP' | 'UDP' | 'SCTP';
export type TrafficPolicy = 'Cluster' | 'Local';
export type TrafficDistribution = 'PreferClose' | 'PreferSameZone' | 'PreferSameNode';
export type ProxyMode = 'iptables' | 'nftables' | 'ipvs';

export interface ServicePort {
  name?: string; // required (and unique) when the Service has more than one port
  protocol?: Protocol; // default TCP
  port: number;
  targetPort?: number; // default: the same as port
  nodePort?: number; // NodePort / LoadBalancer only; allocated when absent
}

export interface ServiceModel {
  metadata: { name: string; namespace?: string }; // namespace default "default"
  spec: {
    type?: ServiceType; // default ClusterIP
    selector?: Record<string, string>; // absent: no EndpointSlice is managed for it
    ports?: ServicePort[];
    clusterIP?: string; // "None": headless; absent: allocated from the service CIDR
    externalName?: string; // ExternalName only
    externalIPs?: string[]; // deprecated since v1.36
    sessionAffinity?: 'None' | 'ClientIP';
    sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number } }; // default 10800
    externalTrafficPolicy?: TrafficPolicy; // NodePort / LoadBalancer; default Cluster
    internalTrafficPolicy?: TrafficPolicy; // default Cluster
    trafficDistribution?: TrafficDistribution;
    allocateLoadBalancerNodePorts?: boolean; // LoadBalancer; default true
    healthCheckNodePort?: number; // LoadBalancer + externalTrafficPolicy Local; allocated when absent
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export interface NodeModel {
  name: string;
  ip: string; // the node's InternalIP
  zone?: string; // topology.kubernetes.io/zone
}

export interface PodModel {
  name: string;
  namespace?: string; // default "default"
  node: string;
  ip: string;
  labels: Record<string, string>;
  ready: boolean; // the Pod's Ready condition (readiness probe passing)
  terminating?: boolean; // deletionTimestamp set
}

export interface ClusterModel {
  nodes: NodeModel[];
  pods: PodModel[];
  services: ServiceModel[];
  serviceCidr?: string; // default 10.96.0.0/12
  clusterCidr?: string; // pod CIDR, for kube-proxy's "not from a pod" masquerade rule; default 10.244.0.0/16
  nodePortRange?: { from: number; to: number }; // default 30000-32767
}

/** One endpoint of an EndpointSlice, with the conditions as discovery.k8s.io/v1 defines them. */
export interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  nodeName: string;
  zone?: string;
  targetRef: { kind: 'Pod'; namespace: string; name: string };
}

export interface EndpointSlice {
  name: string; // "<service>-<suffix>" (the suffix is random in a real cluster)
  namespace: string;
  serviceName: string;
  addressType: 'IPv4' | 'IPv6';
  ports: { name: string; port: number; protocol: Protocol }[];
  endpoints: SliceEndpoint[];
}

/** A Service port after defaults and allocation. */
export interface ResolvedPort {
  name: string; // "" when the only port has no name
  protocol: Protocol;
  port: number;
  targetPort: number;
  nodePort: number | null;
}

/** A Service after defaults, allocation and checks. */
export interface ResolvedService {
  namespace: string;
  name: string;
  type: ServiceType;
  headless: boolean;
  clusterIP: string | null; // null: headless or ExternalName
  externalName: string | null;
  ports: ResolvedPort[];
  selector: Record<string, string> | null;
  sessionAffinity: 'None' | 'ClientIP';
  affinityTimeoutSeconds: number | null;
  externalTrafficPolicy: TrafficPolicy | null; // null when not externally accessible
  internalTrafficPolicy: TrafficPolicy;
  trafficDistribution: TrafficDistribution | null;
  externalIPs: string[];
  loadBalancerIPs: string[];
  healthCheckNodePort: number | null;
  warnings: string[];
}
