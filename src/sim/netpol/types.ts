/** A transport protocol named by NetworkPolicy ports and by flows; Kubernetes' default is TCP. */
export type Protocol = 'TCP' | 'UDP' | 'SCTP';

/** A direction of traffic as NetworkPolicy's policyTypes names it. */
export type PolicyType = 'Ingress' | 'Egress';

/** One requirement of a label selector's matchExpressions (metav1.LabelSelectorRequirement). */
export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  /** Required (non-empty) for In and NotIn, absent for Exists and DoesNotExist. */
  values?: string[];
}

/** A label selector (metav1.LabelSelector): matchLabels and matchExpressions are ANDed; `{}` matches everything. */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

/** A CIDR range of peer IPs, minus the ranges in `except`. */
export interface IPBlock {
  cidr: string;
  except?: string[];
}

/** One peer of a rule: podSelector and namespaceSelector in one peer are ANDed; ipBlock stands alone. */
export interface NetworkPolicyPeer {
  podSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  ipBlock?: IPBlock;
}

/** One port of a rule: a number (with an optional endPort range), a named container port, or any port. */
export interface NetworkPolicyPort {
  /** Default TCP. */
  protocol?: Protocol;
  /** A port number, or the name of a container port on the destination pod; absent: every port. */
  port?: number | string;
  /** With a numeric port: the last port of the range port..endPort. */
  endPort?: number;
}

/** An ingress rule: traffic from any of `from` to any of `ports`; absent or empty lists match everything. */
export interface NetworkPolicyIngressRule {
  ports?: NetworkPolicyPort[];
  from?: NetworkPolicyPeer[];
}

/** An egress rule: traffic to any of `to` on any of `ports`; absent or empty lists match everything. */
export interface NetworkPolicyEgressRule {
  ports?: NetworkPolicyPort[];
  to?: NetworkPolicyPeer[];
}

/** The spec of a NetworkPolicy (networking.k8s.io/v1). */
export interface NetworkPolicySpec {
  /** Which pods of the policy's namespace it applies to; `{}` selects them all. */
  podSelector: LabelSelector;
  /** Default: ["Ingress"], plus "Egress" when `egress` is a non-empty list. */
  policyTypes?: PolicyType[];
  ingress?: NetworkPolicyIngressRule[];
  egress?: NetworkPolicyEgressRule[];
}

/** A networking.k8s.io/v1 NetworkPolicy, in the shape `kubectl get -o json` prints. */
export interface NetworkPolicy {
  apiVersion?: 'networking.k8s.io/v1';
  kind?: 'NetworkPolicy';
  /** `namespace` defaults to "default". */
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec: NetworkPolicySpec;
}

/** A namespace of the simulated cluster; `kubernetes.io/metadata.name` is added when missing. */
export interface NamespaceModel {
  name: string;
  labels: Record<string, string>;
}

/** A container port of a pod, which a named NetworkPolicy port resolves against. */
export interface ContainerPort {
  name?: string;
  port: number;
  /** Default TCP. */
  protocol?: Protocol;
}

/** A pod of the simulated cluster. */
export interface PodModel {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  /** status.podIP, IPv4 or IPv6. */
  ip: string;
  ports?: ContainerPort[];
  /** The node the pod runs on (traffic between a pod and its own node is always allowed). */
  node?: string;
}

/** A node of the simulated cluster: its name and its own IP. */
export interface NodeModel {
  name: string;
  ip: string;
}

/** The cluster a policy set is evaluated against. */
export interface ClusterModel {
  namespaces: NamespaceModel[];
  pods: PodModel[];
  nodes?: NodeModel[];
}

/** One end of a flow: a pod by namespace and name, or an IP (a pod's, a node's, or one outside the cluster). */
export type Endpoint = { namespace: string; pod: string } | { ip: string };

/** A connection attempt: from one endpoint to another on a port (number or container port name). */
export interface Flow {
  from: Endpoint;
  to: Endpoint;
  port: number | string;
  /** Default TCP. */
  protocol?: Protocol;
}

/** The outcome of one direction (the source's egress or the destination's ingress), with the reason. */
export interface Decision {
  allowed: boolean;
  /** Whether the pod on this side is isolated in this direction (false for a side that is not a pod). */
  isolated: boolean;
  /** Every rule that allows the flow: policy "namespace/name", rule index in spec.ingress or spec.egress. */
  matchedBy: { policy: string; rule: number }[];
  /** One or two plain sentences a learner understands. */
  reason: string;
}

/** The outcome of a flow: allowed only when the source's egress and the destination's ingress both allow it. */
export interface Verdict {
  allowed: boolean;
  egress: Decision;
  ingress: Decision;
}

/** The port (number or name) and protocol (default TCP) a reachability matrix is computed for. */
export interface Probe {
  port: number | string;
  protocol?: Protocol;
}

/** A reachability matrix: matrix["ns/from"]["ns/to"] is whether from can connect to to. */
export type ReachabilityMatrix = Record<string, Record<string, boolean>>;

/** A problem in pasted YAML, located so an editor can underline it. */
export interface PolicyError {
  /** 1-based number of the YAML document (`---`) it is in. */
  document: number;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Where in the object, e.g. "spec.ingress[0].ports[1].endPort" ("" for the document itself). */
  path: string;
  /** What is wrong, in plain language, and how to fix it when that is known. */
  message: string;
}

/** What parsePolicies returns: every valid policy and every error (an invalid document yields no policy). */
export interface ParseResult {
  policies: NetworkPolicy[];
  errors: PolicyError[];
}
