import { eniLimits } from './instance-types';
import { maxPodsFor } from './max-pods-for';
import type { MaxPodsOptions } from './types';

/** Max pods for an EC2 instance type, with its limits from the shipped table (see maxPodsFor). */
export function maxPods(instanceType: string, opts: MaxPodsOptions = {}): number {
  return maxPodsFor(eniLimits(instanceType), opts);
}
