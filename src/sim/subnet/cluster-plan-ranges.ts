import { cidrSize, formatCidr, formatIpv4, lastAddress, parseCidr } from '../ip';
import type { ParsedRange, PlanRange, RangeClash, RangeOverlap } from './cluster-plan-types';

/** A range for drawing: its bounds, size, and the parts other ranges also claim. */
export function describeRange(range: ParsedRange, overlaps: readonly RangeOverlap[]): PlanRange {
  return {
    name: range.name,
    role: range.role,
    cidr: formatCidr(range.block),
    first: formatIpv4(range.block.network),
    last: formatIpv4(lastAddress(range.block)),
    addresses: cidrSize(range.block.prefix),
    clashes: overlaps
      .filter((overlap) => overlap.a === range.name || overlap.b === range.name)
      .map((overlap) => clashWith(range, overlap)),
  };
}

/** Where an overlap sits inside the range, as fractions of the range's size. */
function clashWith(range: ParsedRange, overlap: RangeOverlap): RangeClash {
  const size = cidrSize(range.block.prefix);
  const shared = parseCidr(overlap.range);
  return {
    with: overlap.a === range.name ? overlap.b : overlap.a,
    range: overlap.range,
    offset: (shared.network - range.block.network) / size,
    fraction: cidrSize(shared.prefix) / size,
  };
}
