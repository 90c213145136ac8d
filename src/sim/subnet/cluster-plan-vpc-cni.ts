import { cidrSize, formatCidr } from '../ip';
import type { Cidr } from '../ip';
import { blockContains } from './cluster-plan-address-space';
import { count } from './cluster-plan-format';
import type { ParsedRange, PlanFinding, PodCapacity } from './cluster-plan-types';

// The Amazon VPC CNI gives each pod a secondary IP address of its node's subnet and keeps spare
// (warm) ones on every node (https://docs.aws.amazon.com/eks/latest/best-practices/vpc-cni.html).
// Max pods per instance type is ENIs × (IPv4 addresses per ENI − 1) + 2, 29 for an m5.large
// (awslabs/amazon-eks-ami eni-max-pods.txt).

/** AWS keeps the first four and the last address of every subnet, and a subnet is /16 to /28
 *  (https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html). */
const AWS_RESERVED_PER_SUBNET = 5;
const AWS_SUBNET_MIN_PREFIX = 16;
const AWS_SUBNET_MAX_PREFIX = 28;

/** Nodes the node subnets can hold when each node and each of its pods takes a VPC address. */
export function vpcCniCapacity(
  subnets: Cidr,
  nodes: number,
  maxPods: number,
  others: readonly ParsedRange[],
  findings: PlanFinding[],
): PodCapacity {
  const text = formatCidr(subnets);
  const usable = Math.max(0, cidrSize(subnets.prefix) - AWS_RESERVED_PER_SUBNET);
  const perNode = maxPods + 1;
  const maxNodes = Math.floor(usable / perNode);
  findings.push({
    level: 'info',
    message: `With the VPC CNI there is no separate pod CIDR: each pod takes an address of its node's subnet, so the node CIDR mask size is not used. The node subnets ${text} have ${count(usable)} usable addresses (AWS keeps 5 in each subnet).`,
  });
  const need = `Each node needs 1 address + ${count(maxPods)} for pods = ${count(perNode)}, so ${count(nodes)} node${nodes === 1 ? '' : 's'} need ${count(nodes * perNode)}`;
  findings.push(
    nodes <= maxNodes
      ? { level: 'info', message: `${need}: room for ${count(maxNodes)} nodes in all.` }
      : {
          level: 'error',
          message: `${need}, but ${text} has ${count(usable)}: room for only ${count(maxNodes)} nodes. Use bigger subnets or fewer pods per node.`,
        },
  );
  findings.push({
    level: 'warning',
    message: `The plugin keeps spare (warm) addresses on every node for fast pod starts, so real use is higher than this count. On EKS, maxPods comes from the instance type: ENIs × (addresses per ENI − 1) + 2, e.g. 29 for an m5.large.`,
  });
  subnetWarnings(subnets, text, others, findings);
  return { maxNodes, podsPerNodeCidr: 0 };
}

/** Warns when the node subnets cannot be one AWS subnet, or no listed VPC holds them. */
function subnetWarnings(
  subnets: Cidr,
  text: string,
  others: readonly ParsedRange[],
  findings: PlanFinding[],
): void {
  if (subnets.prefix > AWS_SUBNET_MAX_PREFIX || subnets.prefix < AWS_SUBNET_MIN_PREFIX) {
    findings.push({
      level: 'warning',
      message: `An AWS subnet is from /16 to /28; ${text} is ${subnets.prefix > AWS_SUBNET_MAX_PREFIX ? 'too small for one' : 'bigger, so it stands for several subnets, each keeping 5 addresses'}.`,
    });
  }
  if (!others.some((other) => blockContains(other.block, subnets))) {
    findings.push({
      level: 'warning',
      message: `Add your VPC's CIDR to the other networks: the node subnets ${text} must lie inside it.`,
    });
  }
}
