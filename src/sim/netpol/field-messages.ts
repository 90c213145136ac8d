import { isMap, isScalar } from './yaml-nodes';
import { quote } from './names';
import { suggestName } from './suggest';

/** Whether a mapping has a key that reads as a typo of `name`, so "name is required" would only repeat that error. */
export function hasMistypedKey(node: unknown, name: string, allowed: readonly string[]): boolean {
  return (
    isMap(node) &&
    node.items.some(
      (pair) =>
        isScalar(pair.key) &&
        typeof pair.key.value === 'string' &&
        !allowed.includes(pair.key.value) &&
        suggestName(pair.key.value, allowed) === name,
    )
  );
}

/** "podSelector appears twice in spec: keep one." */
export function duplicateMessage(path: string, name: string): string {
  return `${quote(name)} appears twice ${path === '' ? 'at the top level' : `in ${path}`}: keep one.`;
}

/** "unknown field 'podselector' in spec: did you mean 'podSelector'?" */
export function unknownFieldMessage(
  path: string,
  name: string,
  allowed: readonly string[],
  hints: Readonly<Record<string, string>>,
): string {
  const where = path === '' ? 'at the top level' : `in ${path}`;
  const head = `unknown field ${quote(name)} ${where}`;
  const hint = Object.hasOwn(hints, name) ? hints[name] : undefined;
  if (hint) return `${head}: ${hint}`;
  const suggestion = suggestName(name, allowed);
  if (suggestion) return `${head}: did you mean '${suggestion}'?`;
  return `${head}; the fields here are ${allowed.join(', ')}.`;
}
