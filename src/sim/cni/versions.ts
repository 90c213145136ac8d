/** Spec versions a network configuration list may declare: lists (and chaining) arrived in 0.3.0. */
export const LIST_VERSIONS = ['0.3.0', '0.3.1', '0.4.0', '1.0.0', '1.1.0'] as const;

/** Every released CNI spec version, what VERSION reports for the simulated plugins. */
export const SUPPORTED_VERSIONS = ['0.1.0', '0.2.0', ...LIST_VERSIONS] as const;

/** The directory the simulated runtime searches for plugin executables (CNI_PATH). */
export const CNI_PATH = '/opt/cni/bin';

/** Compares two dotted versions numerically: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < 3; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Writes a list as plain English: "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
