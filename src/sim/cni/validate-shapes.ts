/** Whether a value is a plain JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The spec's rule for network names: an alphanumeric first, then alphanumerics, _ . or -. */
export const NETWORK_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
