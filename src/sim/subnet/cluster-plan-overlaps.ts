import { cidrsOverlap, formatCidr } from '../ip';
import { blockContains } from './cluster-plan-address-space';
import { label } from './cluster-plan-format';
import type { ClusterPlanMode, ParsedRange, PlanFinding, RangeOverlap } from './cluster-plan-types';

/** Every pair of ranges that share addresses, each with a finding; in vpc-cni the VPC around the node subnets is expected. */
export function findOverlaps(
  all: readonly ParsedRange[],
  mode: ClusterPlanMode,
  findings: PlanFinding[],
): RangeOverlap[] {
  const overlaps: RangeOverlap[] = [];
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (!cidrsOverlap(a.block, b.block)) continue;
      if (isVpcAroundNodeSubnets(a, b, mode)) {
        findings.push({
          level: 'info',
          message: `The node subnets ${formatCidr(a.block)} lie inside ${b.name} ${formatCidr(b.block)}, as the VPC CNI needs.`,
        });
        continue;
      }
      const shared = formatCidr(a.block.prefix >= b.block.prefix ? a.block : b.block);
      overlaps.push({ a: a.name, b: b.name, range: shared });
      findings.push({ level: 'error', message: overlapMessage(a, b, shared) });
    }
  });
  return overlaps;
}

/** Whether `b` is an outside network holding the node subnets `a`, as the VPC CNI needs. */
function isVpcAroundNodeSubnets(a: ParsedRange, b: ParsedRange, mode: ClusterPlanMode): boolean {
  return (
    mode === 'vpc-cni' && a.role === 'pods' && b.role === 'other' && blockContains(b.block, a.block)
  );
}

/** Why an overlap hurts, in words that depend on which kinds of range collide. */
function overlapMessage(a: ParsedRange, b: ParsedRange, shared: string): string {
  const head = `The ${label(a)} overlaps ${label(b)}: both claim ${shared}.`;
  const roles = new Set([a.role, b.role]);
  if (roles.has('pods') && roles.has('services')) {
    return `${head} Pod and Service ranges must not share addresses; give them separate blocks.`;
  }
  if (roles.has('services')) {
    return `${head} A pod that connects to a host there whose address is also a ClusterIP reaches the Service instead, so those hosts are out of the cluster's reach.`;
  }
  if (roles.has('pods')) {
    return `${head} Pods would get addresses that already belong to those hosts; replies go to the wrong place.`;
  }
  return `${head} Routers cannot tell the two networks apart.`;
}
