import { InputError, isInputError } from '../ip';
import { parseIpCidr } from './addresses';
import type { IpCidr } from './addresses';
import { describePeer, describePort } from './describe';
import { compileSelector } from './selectors';
import type { CompiledSelector } from './selectors';
import type {
  NetworkPolicy,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  PolicyType,
  Protocol,
} from './types';

/** The namespace of a policy without metadata.namespace (kubectl would use the context's). */
export const DEFAULT_POLICY_NAMESPACE = 'default';

/** A peer ready to match: its selectors and CIDRs compiled, and its readable text. */
export interface CompiledPeer {
  readonly pods: CompiledSelector | undefined;
  readonly namespaces: CompiledSelector | undefined;
  readonly ipBlock: { cidr: IpCidr; except: IpCidr[] } | undefined;
  readonly text: string;
}

/** A port ready to match: protocol defaulted, and a number range, a name, or any port. */
export interface CompiledPort {
  readonly protocol: Protocol;
  readonly match:
    | { kind: 'any' }
    | { kind: 'range'; first: number; last: number }
    | { kind: 'name'; name: string };
  readonly text: string;
}

/** A rule ready to match; `peers` or `ports` null means the list was absent or empty (match all). */
export interface CompiledRule {
  readonly index: number;
  readonly peers: readonly CompiledPeer[] | null;
  readonly ports: readonly CompiledPort[] | null;
}

/** A policy ready to evaluate. */
export interface CompiledPolicy {
  /** "namespace/name". */
  readonly key: string;
  readonly namespace: string;
  readonly podSelector: CompiledSelector;
  readonly affectsIngress: boolean;
  readonly affectsEgress: boolean;
  readonly ingress: readonly CompiledRule[];
  readonly egress: readonly CompiledRule[];
}

/**
 * The policyTypes the API server stores for a policy: as written, or when absent or empty
 * ["Ingress"], plus "Egress" when spec.egress is a non-empty list (`egress: []` adds nothing).
 *
 * @example
 * effectivePolicyTypes({ metadata: { name: 'p' }, spec: { podSelector: {}, egress: [{}] } });
 * // ['Ingress', 'Egress']
 */
export function effectivePolicyTypes(policy: NetworkPolicy): PolicyType[] {
  const written = policy.spec.policyTypes ?? [];
  if (written.length > 0) return [...written];
  return (policy.spec.egress ?? []).length > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

/**
 * The "namespace/name" a policy is known by in matchedBy and explanations.
 *
 * @example
 * policyKey({ metadata: { name: 'deny-all' }, spec: { podSelector: {} } }); // 'default/deny-all'
 */
export function policyKey(policy: NetworkPolicy): string {
  return `${policy.metadata.namespace ?? DEFAULT_POLICY_NAMESPACE}/${policy.metadata.name}`;
}

/** Compiles a policy; a CIDR or operator that cannot be read is an InputError naming the field. */
export function compilePolicy(policy: NetworkPolicy): CompiledPolicy {
  const key = policyKey(policy);
  try {
    return compileNamed(policy, key);
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new InputError(`Policy ${key}: ${error.message}`, `${key} ${error.field ?? ''}`.trim());
  }
}

/** Compiles a policy known by `key`; problems are InputErrors naming the field. */
function compileNamed(policy: NetworkPolicy, key: string): CompiledPolicy {
  const types = effectivePolicyTypes(policy);
  // Compiles one side's rules, whose peers are under `from` (ingress) or `to` (egress).
  const rules = (
    list: readonly {
      ports?: NetworkPolicyPort[];
      from?: NetworkPolicyPeer[];
      to?: NetworkPolicyPeer[];
    }[],
    side: 'ingress' | 'egress',
  ): CompiledRule[] =>
    list.map((rule, index) => {
      const peersName = side === 'ingress' ? 'from' : 'to';
      const field = `spec.${side}[${String(index)}].${peersName}`;
      const peers = side === 'ingress' ? rule.from : rule.to;
      return {
        index,
        peers: peers?.length
          ? peers.map((peer, i) => compilePeer(peer, `${field}[${String(i)}]`))
          : null,
        ports: rule.ports?.length ? rule.ports.map(compilePort) : null,
      };
    });
  return {
    key,
    namespace: policy.metadata.namespace ?? DEFAULT_POLICY_NAMESPACE,
    podSelector: compileSelector(policy.spec.podSelector, 'spec.podSelector'),
    affectsIngress: types.includes('Ingress'),
    affectsEgress: types.includes('Egress'),
    ingress: rules(policy.spec.ingress ?? [], 'ingress'),
    egress: rules(policy.spec.egress ?? [], 'egress'),
  };
}

/** Compiles every policy and sorts them by key, so no result depends on the list's order. */
export function compilePolicies(policies: readonly NetworkPolicy[]): CompiledPolicy[] {
  return policies.map(compilePolicy).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Compiles one peer and renders it as a learner reads it. */
function compilePeer(peer: NetworkPolicyPeer, field: string): CompiledPeer {
  const pods = peer.podSelector && compileSelector(peer.podSelector, `${field}.podSelector`);
  const namespaces =
    peer.namespaceSelector && compileSelector(peer.namespaceSelector, `${field}.namespaceSelector`);
  const ipBlock = peer.ipBlock && {
    cidr: parseIpCidr(peer.ipBlock.cidr, `${field}.ipBlock.cidr`),
    except: (peer.ipBlock.except ?? []).map((text) => parseIpCidr(text, `${field}.ipBlock.except`)),
  };
  return { pods, namespaces, ipBlock, text: describePeer(peer) };
}

/** Compiles one port entry, protocol defaulted to TCP. */
function compilePort(port: NetworkPolicyPort): CompiledPort {
  const protocol = port.protocol ?? 'TCP';
  const value = port.port;
  const match: CompiledPort['match'] =
    value === undefined
      ? { kind: 'any' }
      : typeof value === 'string'
        ? { kind: 'name', name: value }
        : { kind: 'range', first: value, last: port.endPort ?? value };
  return { protocol, match, text: describePort(port) };
}
