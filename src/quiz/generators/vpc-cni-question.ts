import {
  HIGH_CPU_THRESHOLD,
  IPS_PER_PREFIX,
  maxPodsCap,
  maxPodsFor,
  usesPrefixDelegation,
} from '~/sim/vpc-cni/max-pods-for';
import type { MaxPodsOptions } from '~/sim/vpc-cni/types';
import { randomFromNumber } from '../random';
import type { QuizOption, SingleQuestion } from '../types';
import { base, letteredOptions } from './subnet-common';
import { mistakesFor } from './vpc-cni-mistakes';
import { SIZING_TYPES, type SizingType } from './vpc-cni-types';

// "How many pods can this node run?": the key is maxPodsFor (the EKS AMI's calculator); the
// distractors are the usual slips (no −1, no +2, no cap, the other cap, the wrong mode).

export const VPC_CNI_TAGS = ['k8s:aws', 'saa-c03:3.2'];
export const VPC_CNI_LESSON = 'aws/eks-networking#max-pods';
const CNI_VERSION = '1.18.0';

const REFERENCES = [
  {
    title: 'Amazon EKS User Guide: Assign more IP addresses to Amazon EKS nodes with prefixes',
    url: 'https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html',
  },
  {
    title: 'Amazon EKS AMI: max-pods-calculator.sh',
    url: 'https://github.com/awslabs/amazon-eks-ami/blob/main/templates/al2/runtime/max-pods-calculator.sh',
  },
];

/** The configurations a question can ask about. */
type Variant = 'secondary' | 'prefix' | 'custom';
const VARIANTS: readonly Variant[] = ['secondary', 'prefix', 'custom'];

/** What the stem says about the instance's hypervisor. */
function hypervisorText(type: SizingType): string {
  if (type.limits.hypervisor === 'nitro') return 'built on the Nitro System';
  if (type.limits.hypervisor === 'xen') return 'a Xen-based (not Nitro) type';
  return 'bare metal, for which EC2 reports no hypervisor';
}

/** What the stem says about the VPC CNI's configuration. */
function modeText(variant: Variant): string {
  if (variant === 'prefix') return 'prefix delegation turned on (ENABLE_PREFIX_DELEGATION=true)';
  if (variant === 'custom') return 'custom networking (pods in other subnets) and secondary IPs';
  return 'its default secondary-IP mode';
}

/** The options the calculator takes for a variant. */
function optionsOf(variant: Variant): MaxPodsOptions {
  if (variant === 'prefix') return { prefixDelegation: true, cniVersion: CNI_VERSION };
  if (variant === 'custom') return { customNetworking: true, cniVersion: CNI_VERSION };
  return { cniVersion: CNI_VERSION };
}

/** The stem: the type's limits and the VPC CNI's configuration. */
function prompt(type: SizingType, variant: Variant): string {
  const { enis, ipv4PerEni, vcpus } = type.limits;
  return [
    `An EKS node runs on the instance type ${type.name}: ${String(vcpus)} vCPUs, ${String(enis)} network interfaces (ENIs) on its default network card, ${String(ipv4PerEni)} IPv4 addresses per ENI, ${hypervisorText(type)}.`,
    `It runs the Amazon VPC CNI ${CNI_VERSION} with ${modeText(variant)}.`,
    'What max-pods value does the EKS AMI’s max-pods calculator give its kubelet?',
  ].join(' ');
}

/** Why the calculator uses no prefixes for a type that is not reported as nitro. */
export function noPrefixesBecause(type: SizingType): string {
  const reported = type.limits.hypervisor === 'xen' ? 'xen' : 'no hypervisor';
  return `The calculator uses prefixes only when EC2 reports the nitro hypervisor; this type reports ${reported}, so it uses the secondary-IP formula.`;
}

/** The formula written out with this question's numbers. */
function workedFormula(type: SizingType, opts: MaxPodsOptions): string {
  const { enis, ipv4PerEni, vcpus } = type.limits;
  const pd = usesPrefixDelegation(type.limits, opts);
  const used = opts.customNetworking === true ? enis - 1 : enis;
  const enisText =
    opts.customNetworking === true
      ? `${String(enis)} − 1 = ${String(used)} ENIs (custom networking: the primary ENI carries no pods)`
      : `${String(enis)} ENIs`;
  const slot = pd
    ? `(${String(ipv4PerEni)} − 1) × ${String(IPS_PER_PREFIX)}`
    : `(${String(ipv4PerEni)} − 1)`;
  const raw = used * (ipv4PerEni - 1) * (pd ? IPS_PER_PREFIX : 1) + 2;
  const cap = maxPodsCap(vcpus) ?? 0;
  const capText = `${String(vcpus)} vCPUs ${vcpus > HIGH_CPU_THRESHOLD ? '>' : '≤'} ${String(HIGH_CPU_THRESHOLD)}, so the cap is ${String(cap)}`;
  const fallback = opts.prefixDelegation === true && !pd ? `${noPrefixesBecause(type)} ` : '';
  return `${fallback}${enisText}; ${String(used)} × ${slot} + 2 = ${String(raw)}; ${capText}; min(${String(raw)}, ${String(cap)}) = ${String(Math.min(raw, cap))}.`;
}

/** The right answer and three distinct wrong ones, each explained. */
function answerOptions(type: SizingType, opts: MaxPodsOptions): Omit<QuizOption, 'id'>[] {
  const right = maxPodsFor(type.limits, opts);
  const options: Omit<QuizOption, 'id'>[] = [
    { text: String(right), correct: true, explanation: `Right. ${workedFormula(type, opts)}` },
  ];
  const seen = new Set([right]);
  const mistakes = mistakesFor(type, opts, usesPrefixDelegation(type.limits, opts));
  for (let n = 1; n <= 3; n++) {
    mistakes.push({ value: right + n * 2, why: 'No slip in the formula gives this number.' });
  }
  for (const mistake of mistakes) {
    if (options.length === 4 || seen.has(mistake.value) || mistake.value < 1) continue;
    seen.add(mistake.value);
    options.push({
      text: String(mistake.value),
      correct: false,
      explanation: `No. ${mistake.why}`,
    });
  }
  return options;
}

/** Makes the question for one seed. */
export function maxPodsQuestion(seed: number): SingleQuestion {
  const random = randomFromNumber(seed);
  const type = SIZING_TYPES[Math.floor(random() * SIZING_TYPES.length)] ?? SIZING_TYPES[0];
  const variant = VARIANTS[Math.floor(random() * VARIANTS.length)] ?? 'secondary';
  if (type === undefined) throw new RangeError('no instance types to ask about');
  const opts = optionsOf(variant);
  return {
    ...base('vpc-cni-max-pods', prompt(type, variant), {
      explanation:
        'The calculator counts, per ENI, every address but the ENI’s own (16 per slot with /28 prefixes, on Nitro types only), adds 2 for aws-node and kube-proxy, which use the node’s address, and caps the result at 110, or 250 above 30 vCPUs.',
      references: REFERENCES,
      topics: VPC_CNI_TAGS,
      difficulty: variant === 'secondary' ? 1 : 2,
      lesson: VPC_CNI_LESSON,
    }),
    type: 'single',
    options: letteredOptions(seed, answerOptions(type, opts)),
  };
}
