import { isMap, isScalar } from './yaml-nodes';
import { labelKeyProblem, labelValueProblem } from './names';
import { isAbsent, joinPath, kindOf, readString, refuseAlias, report } from './yaml-reader';
import { duplicateMessage } from './field-messages';
import type { Reader } from './yaml-reader';

/** Reads a label map (matchLabels or metadata.labels): valid keys, string values, no prototype keys. */
export function readLabels(
  reader: Reader,
  node: unknown,
  path: string,
): Record<string, string> | null {
  if (refuseAlias(reader, node, path)) return null;
  if (!isMap(node)) {
    report(
      reader,
      node,
      path,
      `${path} should be a mapping of labels (key: value), not ${kindOf(node)}.`,
    );
    return null;
  }
  // A prototype-free record: whatever the keys, nothing reaches Object.prototype.
  const labels = Object.create(null) as Record<string, string>;
  let valid = true;
  for (const pair of node.items) {
    const key = isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : null;
    const keyPath = joinPath(path, key ?? '?');
    if (key === null) {
      report(
        reader,
        pair.key ?? node,
        path,
        `${path} has a label key that is not a string (${kindOf(pair.key)}).`,
      );
      valid = false;
      continue;
    }
    if (Object.hasOwn(labels, key)) {
      report(reader, pair.key, keyPath, duplicateMessage(path, key));
      valid = false;
      continue;
    }
    const keyProblem = labelKeyProblem(key);
    if (keyProblem) {
      report(reader, pair.key, keyPath, `${keyPath}: ${keyProblem}`);
      valid = false;
    }
    const value = readLabelValue(reader, pair.value, keyPath, pair.key);
    if (value === null || keyProblem) valid = false;
    else labels[key] = value;
  }
  return valid ? labels : null;
}

/** Reads a label value: a string (an empty value written as '') of valid syntax. */
export function readLabelValue(
  reader: Reader,
  node: unknown,
  path: string,
  keyNode: unknown = node,
): string | null {
  if (isAbsent(node)) {
    report(reader, keyNode, path, `${path} has no value: write '' for an empty label value.`);
    return null;
  }
  const value = readString(reader, node, path);
  if (value === null) return null;
  const problem = labelValueProblem(value);
  if (problem) {
    report(reader, node, path, `${path}: ${problem}`);
    return null;
  }
  return value;
}

/** Reads a label key of valid syntax. */
export function readLabelKey(reader: Reader, node: unknown, path: string): string | null {
  const key = readString(reader, node, path);
  if (key === null) return null;
  const problem = labelKeyProblem(key);
  if (problem) {
    report(reader, node, path, `${path}: ${problem}`);
    return null;
  }
  return key;
}
