import { InputError } from '~/sim/ip';

/** The InputError a call throws, so a test can look at its message and field. */
export function inputErrorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}
