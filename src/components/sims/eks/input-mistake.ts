import type { InputError } from '~/sim/ip/input-error';

/**
 * Whether an engine error is a learner's mistake (an InputError), told by its name as
 * src/sim/ip/input-error.ts's isInputError also does across bundles. The island checks the name
 * instead of importing that module, so the EKS island does not split the shared IP chunk that the
 * routing and NetworkPolicy pages load (both sit within bytes of the 150 KB page limit).
 */
export function isInputMistake(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError';
}
