import { InputError } from '../ip/input-error';
import type { AllocationEvent, AllocationInput } from './allocation-types';
import { validateLimits } from './validate';

/** Refuses a setting that is not a whole number of at least `minimum`, naming the field. */
function requireCount(value: unknown, field: string, minimum: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) {
    throw new InputError(
      `${field} must be a whole number of at least ${String(minimum)}, not ${String(value)}.`,
      field,
    );
  }
}

/** Refuses a switch that is not true or false. */
function requireSwitch(value: unknown, field: string): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new InputError(`${field} must be true or false, not ${String(value)}.`, field);
  }
}

/** Refuses an event that is not "schedule" or "delete" with a positive count. */
function validateEvent(event: AllocationEvent, index: number): void {
  const field = `events[${String(index)}]`;
  if (typeof event !== 'object' || (event.kind !== 'schedule' && event.kind !== 'delete')) {
    throw new InputError(`${field} must be { kind: "schedule" or "delete", count }.`, field);
  }
  requireCount(event.count, `${field}.count`, 1);
  if (event.count === undefined) {
    throw new InputError(`${field} needs a count of pods, for example 5.`, `${field}.count`);
  }
  requireSwitch(event.securityGroups, `${field}.securityGroups`);
}

/** Refuses an allocation input the simulation cannot play, with the field at fault. */
export function validateAllocationInput(input: AllocationInput): void {
  if (typeof input !== 'object' || input === null) {
    throw new InputError('The input must be an object like { limits, events: [] }.');
  }
  validateLimits(input.limits);
  if (input.mode !== undefined && input.mode !== 'secondary-ip' && input.mode !== 'prefix') {
    throw new InputError('mode must be "secondary-ip" or "prefix".', 'mode');
  }
  if (input.ipFamily !== undefined && input.ipFamily !== 'ipv4' && input.ipFamily !== 'ipv6') {
    throw new InputError('ipFamily must be "ipv4" or "ipv6".', 'ipFamily');
  }
  requireCount(input.warmEniTarget, 'warmEniTarget', 0);
  requireCount(input.warmIpTarget, 'warmIpTarget', 0);
  requireCount(input.minimumIpTarget, 'minimumIpTarget', 0);
  requireCount(input.warmPrefixTarget, 'warmPrefixTarget', 0);
  requireCount(input.subnetFreeIps, 'subnetFreeIps', 0);
  requireCount(input.subnetFreePrefixes, 'subnetFreePrefixes', 0);
  requireCount(input.branchEniLimit, 'branchEniLimit', 0);
  requireCount(input.maxPods, 'maxPods', 3);
  requireSwitch(input.customNetworking, 'customNetworking');
  requireSwitch(input.securityGroupsForPods, 'securityGroupsForPods');
  validateMore(input);
}

/** The checks that relate two settings to each other or to the instance. */
function validateMore(input: AllocationInput): void {
  const free = input.subnetFreeIps;
  const blocks = input.subnetFreePrefixes;
  if (free !== undefined && blocks !== undefined && blocks * 16 > free) {
    throw new InputError(
      `${String(blocks)} free /28 blocks need ${String(blocks * 16)} free addresses, but the subnet has only ${String(free)}: lower subnetFreePrefixes.`,
      'subnetFreePrefixes',
    );
  }
  const trunk = input.securityGroupsForPods === true ? 1 : 0;
  const primary = input.customNetworking === true ? 1 : 0;
  if (input.limits.enis - trunk - primary < 1 && input.ipFamily !== 'ipv6') {
    throw new InputError(
      `This instance type has ${String(input.limits.enis)} ENIs: with custom networking and a trunk ENI none is left for pods.`,
      'limits',
    );
  }
  if (!Array.isArray(input.events)) {
    throw new InputError('events must be a list like [{ kind: "schedule", count: 5 }].', 'events');
  }
  input.events.forEach(validateEvent);
}
