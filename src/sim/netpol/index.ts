/**
 * The NetworkPolicy engine: decides, as the networking.k8s.io/v1 API defines it, whether traffic
 * between pods (or outside IPs) is allowed, and says why in plain sentences. A pod is isolated
 * for a direction only when a policy in its namespace selects it with that direction in its
 * effective policyTypes; policies add up; a connection needs the source's egress AND the
 * destination's ingress. Pure: no DOM, no stores; bad input throws an InputError.
 *
 * Bundle size: parsePolicies brings the project's own YAML reader (yaml-*.ts: about 4.5 KB gzip
 * on its own, about 4 KB inside the `parse` chunk, which is 12.8 KB in all; js-yaml's event
 * parser, which it replaced, was about 12 KB of a 20.8 KB chunk). An island that does not parse
 * on first render can still import evaluate/reachability from './evaluate' and './reachability'
 * and load the parser on first use:
 * `const { parsePolicies } = await import('~/sim/netpol/parse')`.
 *
 * @example
 * const { policies, errors } = parsePolicies(yamlText); // errors carry document, line, column, path
 * const verdict = evaluate(cluster, policies, {
 *   from: { namespace: 'prod', pod: 'frontend' },
 *   to: { namespace: 'prod', pod: 'backend' },
 *   port: 8080,
 * });
 * verdict.allowed; // true
 * verdict.ingress.matchedBy; // [{ policy: 'prod/allow-frontend', rule: 0 }]
 * const matrix = reachability(cluster, policies, { port: 8080 });
 * matrix['prod/frontend']?.['prod/backend']; // true
 * diffReachability(before, matrix); // [{ from, to, before, after }, …] for a diff view
 * gradeChallenge(cluster, policies, [{ from: '*', to: 'prod/db', port: 5432, allowed: false }]).passed;
 */
export { evaluate, createEvaluator } from './evaluate';
export { reachability } from './reachability';
export { parsePolicies } from './parse';
export { PARSE_LIMITS } from './parse-limits';
export { gradeChallenge } from './grade';
export { diffReachability } from './diff';
export { podKey, NAMESPACE_NAME_LABEL } from './cluster';
export { effectivePolicyTypes, policyKey, DEFAULT_POLICY_NAMESPACE } from './compile';
export { describeSelector, describePeer, describePort } from './describe';
export { InputError, isInputError } from '../ip';
export type { Evaluator } from './evaluate';
export type { Expectation, GradedCell, GradeResult } from './grade';
export type { ReachabilityChange } from './diff';
export type {
  ClusterModel,
  ContainerPort,
  Decision,
  Endpoint,
  Flow,
  IPBlock,
  LabelSelector,
  LabelSelectorRequirement,
  NamespaceModel,
  NetworkPolicy,
  NetworkPolicyEgressRule,
  NetworkPolicyIngressRule,
  NetworkPolicyPeer,
  NetworkPolicyPort,
  NetworkPolicySpec,
  NodeModel,
  ParseResult,
  PodModel,
  PolicyError,
  PolicyType,
  Probe,
  Protocol,
  ReachabilityMatrix,
  Verdict,
} from './types';
