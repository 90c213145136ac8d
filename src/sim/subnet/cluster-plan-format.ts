import { formatCidr } from '../ip';
import type { ParsedRange } from './cluster-plan-types';

/** A whole number with thousands separators (1048574 → "1,048,574"). */
export function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A range's name and CIDR for a message ("Service CIDR 10.96.0.0/12"). */
export function label(range: ParsedRange): string {
  return `${range.name} ${formatCidr(range.block)}`;
}
