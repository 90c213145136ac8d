import { evaluateFlow } from '~/sim/aws-vpc/evaluate';
import { withoutRules } from '~/sim/aws-vpc/toggles';
import type { AwsNetwork, Flow, FlowResult, Hop } from '~/sim/aws-vpc/types';
import { randomFromNumber, randomIndex, type Random } from '../random';
import { threeTierNetwork } from './aws-vpc-network';

// Picks the question of the VPC flow generator: the three-tier VPC with a seeded outbound policy
// and maybe one rule switched off, a flow, and the step that decides it (from the engine).

/** The step that decides a flow: nothing (allowed), or the first refusal and its leg. */
export type VpcDecider =
  | { kind: 'allowed' }
  | {
      kind: 'security-group' | 'network-acl' | 'route';
      resource: string;
      direction?: 'inbound' | 'outbound';
      leg: 'request' | 'reply';
    };

/** A generated question's facts. */
export interface VpcScenario {
  network: AwsNetwork;
  flow: Flow;
  /** The toggle key of the rule switched off, if any. */
  off: string | null;
  result: FlowResult;
  decider: VpcDecider;
}

const CLIENT = '203.0.113.25';

const FLOWS: readonly Flow[] = [
  { from: { internet: CLIENT }, to: { instance: 'i-web' }, protocol: 'tcp', port: 443 },
  { from: { internet: CLIENT }, to: { instance: 'i-web' }, protocol: 'tcp', port: 22 },
  { from: { instance: 'i-web' }, to: { instance: 'i-app' }, protocol: 'tcp', port: 8080 },
  { from: { instance: 'i-app' }, to: { instance: 'i-db' }, protocol: 'tcp', port: 5432 },
  { from: { instance: 'i-web' }, to: { instance: 'i-db' }, protocol: 'tcp', port: 5432 },
  { from: { instance: 'i-db' }, to: { instance: 'i-app' }, protocol: 'tcp', port: 8080 },
  { from: { instance: 'i-app' }, to: { internet: CLIENT }, protocol: 'tcp', port: 443 },
  { from: { instance: 'i-web' }, to: { internet: CLIENT }, protocol: 'tcp', port: 443 },
];

/** The step that decides a result, or null when it is one the question does not offer. */
export function deciderOf(result: FlowResult): VpcDecider | null {
  if (result.allowed) return { kind: 'allowed' };
  const leg = result.request.allowed ? 'reply' : 'request';
  const hops: Hop[] = leg === 'request' ? result.request.hops : (result.reply?.hops ?? []);
  const refused = hops.find((h) => !h.allowed);
  if (refused === undefined) return null;
  if (refused.kind === 'route') return { kind: 'route', resource: refused.resource, leg };
  if (refused.kind !== 'security-group' && refused.kind !== 'network-acl') return null;
  const direction = refused.direction;
  return direction === undefined
    ? null
    : { kind: refused.kind, resource: refused.resource, direction, leg };
}

/** The keys of the rules and routes a result passed or was refused by. */
function usedRules(result: FlowResult): string[] {
  const hops = [...result.request.hops, ...(result.reply?.hops ?? [])];
  return hops.flatMap((h) => (h.ruleKey === undefined ? [] : [h.ruleKey]));
}

/** One seeded attempt: the network, a flow, and maybe one of the rules that flow uses switched off. */
function attempt(random: Random): VpcScenario | null {
  const full = threeTierNetwork({ web: random() < 0.5, app: random() < 0.5 });
  const flow = FLOWS[randomIndex(random, FLOWS.length)];
  if (flow === undefined) return null;
  const used = usedRules(evaluateFlow(full, flow));
  const off = random() < 0.5 ? (used[randomIndex(random, used.length)] ?? null) : null;
  const network = off === null ? full : withoutRules(full, new Set([off]));
  const result = evaluateFlow(network, flow);
  const decider = deciderOf(result);
  return decider === null ? null : { network, flow, off, result, decider };
}

/** The scenario of a seed (attempts repeat until the deciding step is one the question offers). */
export function vpcScenario(seed: number): VpcScenario {
  const random = randomFromNumber(seed);
  for (let i = 0; i < 50; i++) {
    const found = attempt(random);
    if (found !== null) return found;
  }
  throw new RangeError(`No VPC flow question for seed ${String(seed)}`);
}
