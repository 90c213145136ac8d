import { stringify } from 'yaml';
import type { Flow, FlowEndpoint, FlowResult, Hop } from '~/sim/aws-vpc/types';
import { randomFromNumber, shuffled } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { vpcScenario, type VpcDecider, type VpcScenario } from './aws-vpc-scenario';
import { base, letteredOptions } from './subnet-common';

// "Is this flow allowed, and which rule decides?": the right answer is the engine's first
// refusal (or "allowed"); three distractors are other steps on the same path, each explained
// with what the engine says about that step.

export const VPC_TAGS = ['saa-c03:1.2', 'saa-c03:1.3'];

const REFERENCES = [
  {
    title: 'Amazon VPC User Guide: Control traffic to your AWS resources using security groups',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  {
    title: 'Amazon VPC User Guide: Control subnet traffic with network access control lists',
    url: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
  },
];

/** How the stem names an endpoint. */
function endpointText(endpoint: FlowEndpoint): string {
  if ('instance' in endpoint) return `instance ${endpoint.instance}`;
  if ('internet' in endpoint) return `the internet host ${endpoint.internet}`;
  return 'service' in endpoint ? `the ${endpoint.service} service` : endpoint.onPremises;
}

/** The text of an answer. */
export function deciderText(d: VpcDecider): string {
  switch (d.kind) {
    case 'allowed':
      return 'Allowed: the request arrives and the reply comes back';
    case 'route':
      return `No route: the ${d.leg} has nowhere to go`;
    case 'security-group':
      return `Denied by security group ${d.resource} (${d.direction ?? ''})`;
    case 'network-acl':
      return `Denied by network ACL ${d.resource} (${d.direction ?? ''}, on the ${d.leg})`;
  }
}

/** The ACL of the subnet an instance sits in, by the ACL's subnet association. */
function aclOf(s: VpcScenario, endpoint: FlowEndpoint): string | null {
  if (!('instance' in endpoint)) return null;
  const vpc = s.network.Vpcs[0];
  const subnet = vpc?.Instances?.find((i) => i.InstanceId === endpoint.instance)?.SubnetId;
  const acl = vpc?.NetworkAcls?.find((a) => subnet !== undefined && a.SubnetIds?.includes(subnet));
  return acl?.NetworkAclId ?? null;
}

/** The security group of an instance (one each in this network). */
function groupOf(s: VpcScenario, endpoint: FlowEndpoint): string | null {
  if (!('instance' in endpoint)) return null;
  const instance = s.network.Vpcs[0]?.Instances?.find((i) => i.InstanceId === endpoint.instance);
  return instance?.SecurityGroupIds.join(', ') ?? null;
}

/** Every answer a flow could have: allowed, no route, and each filter on its path and leg. */
export function candidateDeciders(s: VpcScenario): VpcDecider[] {
  const { from, to } = s.flow;
  const [fromAcl, toAcl, fromSg, toSg] = [
    aclOf(s, from),
    aclOf(s, to),
    groupOf(s, from),
    groupOf(s, to),
  ];
  const found: VpcDecider[] = [
    { kind: 'allowed' },
    { kind: 'route', resource: '', leg: s.decider.kind === 'route' ? s.decider.leg : 'request' },
  ];
  const sg = (resource: string | null, direction: 'inbound' | 'outbound') => {
    if (resource !== null)
      found.push({ kind: 'security-group', resource, direction, leg: 'request' });
  };
  const acl = (
    resource: string | null,
    direction: 'inbound' | 'outbound',
    leg: 'request' | 'reply',
  ) => {
    if (resource !== null) found.push({ kind: 'network-acl', resource, direction, leg });
  };
  sg(fromSg, 'outbound');
  acl(fromAcl, 'outbound', 'request');
  acl(toAcl, 'inbound', 'request');
  sg(toSg, 'inbound');
  acl(toAcl, 'outbound', 'reply');
  acl(fromAcl, 'inbound', 'reply');
  return found;
}

/** The engine's hop for an answer's step, when the walk got there. */
function hopFor(result: FlowResult, d: VpcDecider): Hop | undefined {
  if (d.kind === 'allowed') return undefined;
  const hops = d.leg === 'request' ? result.request.hops : (result.reply?.hops ?? []);
  return hops.find(
    (h) =>
      h.kind === d.kind &&
      (d.kind === 'route' || (h.resource === d.resource && h.direction === d.direction)),
  );
}

/** Why an answer is right or wrong, in the engine's words. */
function explain(s: VpcScenario, d: VpcDecider): string {
  const right = deciderText(d) === deciderText(s.decider);
  if (d.kind === 'allowed') return `${right ? 'Right' : 'No'}. ${s.result.summary}`;
  const hop = hopFor(s.result, d);
  if (right) return `Right. ${hop?.reason ?? s.result.summary}`;
  if (hop === undefined) return `No. The ${d.leg} never reaches that step. ${s.result.summary}`;
  return `No. That step lets it through: ${hop.reason}`;
}

/** The stem: the network as YAML (EC2 API field names) and the flow. */
function prompt(s: VpcScenario): string {
  const flow: Flow = s.flow;
  return [
    'A VPC in the EC2 API’s field names (each subnet uses the network ACL and route table that name it, the others the main route table):',
    `\`\`\`yaml\n${stringify(s.network).trimEnd()}\n\`\`\``,
    `${endpointText(flow.from)} opens a TCP connection to ${endpointText(flow.to)} on port ${String(flow.port)}, from the ephemeral port 49152. What happens?`,
  ].join('\n\n');
}

/** Makes the question for one seed. */
export function vpcFlowQuestion(seed: number): SingleQuestion {
  const s = vpcScenario(seed);
  const rightText = deciderText(s.decider);
  const others = candidateDeciders(s).filter((d) => deciderText(d) !== rightText);
  const picked = [s.decider, ...shuffled(others, randomFromNumber(seed ^ 0x9e3779b9)).slice(0, 3)];
  const options: Omit<QuizOption, 'id'>[] = picked.map((d) => ({
    text: deciderText(d),
    correct: d === s.decider,
    explanation: explain(s, d),
  }));
  return {
    ...base('vpc-flow-verdict', prompt(s), {
      explanation:
        'Security groups are stateful: a reply to an allowed connection passes without a rule. Network ACLs are stateless and checked where a packet crosses a subnet’s edge, in both directions, lowest rule number first, so the reply needs its own rule for the client’s ephemeral port.',
      references: REFERENCES,
      topics: VPC_TAGS,
      difficulty: 2,
      lesson: 'aws/vpc-networking#security-groups-and-network-acls',
    }),
    type: 'single',
    options: letteredOptions(seed, options),
  };
}
