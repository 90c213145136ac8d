import { cidrsOverlap, parseCidr } from '../ip';
import type { Cidr } from '../ip';
import { label } from './cluster-plan-format';
import type { ParsedRange, PlanFinding } from './cluster-plan-types';

// Kept as text and parsed when used, so importing the engine's index runs no code at load time
// and a bundler can drop the planner from islands that do not use it.

/** The private blocks of RFC 1918; EKS also wants a custom Service range inside one of them. */
export const PRIVATE_BLOCKS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'] as const;

/** RFC 6598 shared space, often used for pods; private in practice but not RFC 1918. */
const SHARED_BLOCK = '100.64.0.0/10';

/** Whether `outer` holds all of `inner`. */
export function blockContains(outer: Cidr, inner: Cidr): boolean {
  return outer.prefix <= inner.prefix && cidrsOverlap(outer, inner);
}

/** Whether one of the blocks, given as text, holds all of `inner`. */
export function insideAny(blocks: readonly string[], inner: Cidr): boolean {
  return blocks.some((block) => blockContains(parseCidr(block), inner));
}

/** Warns about a pod or Service range outside the private blocks: those addresses are someone's on the internet. */
export function addressSpaceWarnings(
  ranges: readonly ParsedRange[],
  findings: PlanFinding[],
): void {
  for (const range of ranges) {
    if (insideAny([...PRIVATE_BLOCKS, SHARED_BLOCK], range.block)) continue;
    findings.push({
      level: 'warning',
      message: `The ${label(range)} is not in a private block (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, or 100.64.0.0/10): pods could not reach the public hosts that own those addresses.`,
    });
  }
}
