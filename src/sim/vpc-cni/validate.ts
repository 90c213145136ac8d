import { InputError } from '../ip/input-error';
import { parseCniVersion } from './cni-version';
import type { EniLimits, MaxPodsOptions } from './types';

const HYPERVISORS: readonly string[] = ['nitro', 'xen', 'unknown'];
const BOOLEAN_OPTIONS = ['prefixDelegation', 'customNetworking', 'uncapped'] as const;

/** The value as a learner would read it in a message. */
function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** Refuses a count that is not a whole number of at least `minimum`, naming the field. */
function requireWholeNumber(value: unknown, field: string, minimum: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new InputError(
      `${field} must be a whole number of at least ${String(minimum)}, not ${shown(value)}.`,
      field,
    );
  }
}

/** Refuses instance limits the formula cannot use (no ENIs, fractional counts, odd hypervisor). */
export function validateLimits(limits: EniLimits): void {
  if (typeof limits !== 'object' || limits === null) {
    throw new InputError('The instance limits must be an object like { enis: 3, ipv4PerEni: 10 }.');
  }
  requireWholeNumber(limits.enis, 'enis', 1);
  requireWholeNumber(limits.ipv4PerEni, 'ipv4PerEni', 1);
  if (limits.vcpus !== undefined) requireWholeNumber(limits.vcpus, 'vcpus', 1);
  if (limits.hypervisor !== undefined && !HYPERVISORS.includes(limits.hypervisor)) {
    throw new InputError(
      `hypervisor must be "nitro", "xen" or "unknown", not ${shown(limits.hypervisor)}.`,
      'hypervisor',
    );
  }
}

/** Refuses options of the wrong kind (a switch that is not true/false, a bad ENI limit). */
export function validateOptions(opts: MaxPodsOptions): void {
  if (typeof opts !== 'object' || opts === null) {
    throw new InputError('The options must be an object like { prefixDelegation: true }.');
  }
  for (const name of BOOLEAN_OPTIONS) {
    const value = opts[name];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new InputError(`${name} must be true or false, not ${shown(value)}.`, name);
    }
  }
  if (opts.maxEnis !== undefined) requireWholeNumber(opts.maxEnis, 'maxEnis', 1);
  if (opts.cniVersion !== undefined) {
    if (typeof opts.cniVersion !== 'string') {
      throw new InputError('cniVersion must be text such as "1.18.0".', 'cniVersion');
    }
    parseCniVersion(opts.cniVersion);
  }
}
