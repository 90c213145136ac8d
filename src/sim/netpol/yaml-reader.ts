import { isAlias, isMap, isScalar, isSeq } from './yaml-nodes';
import type { LinePositions } from './line-positions';
import { quote } from './names';
import { duplicateMessage, unknownFieldMessage } from './field-messages';
import type { PolicyError } from './types';

/** Where validation errors of one document go, and how to locate a node in the source. */
export interface Reader {
  /** 1-based document number. */
  readonly document: number;
  readonly lineCounter: LinePositions;
  readonly errors: PolicyError[];
  /** Path of the object inside the document ("items[2]" for an item of a List, "" otherwise). */
  readonly prefix: string;
  /** Where errors about a node without a position point (the document's start). */
  readonly fallbackOffset: number;
}

/** A field of a mapping: its key node (for unknown-field positions) and its value node. */
export interface Field {
  readonly key: unknown;
  readonly value: unknown;
}

/** Joins path parts: ("spec", "ingress[0]") → "spec.ingress[0]"; an index part joins without a dot. */
export function joinPath(base: string, child: string): string {
  if (base === '') return child;
  if (child === '') return base;
  return child.startsWith('[') ? `${base}${child}` : `${base}.${child}`;
}

/** The source offset of a node, when it is one. */
function offsetOf(node: unknown): number | undefined {
  return isMap(node) || isSeq(node) || isScalar(node) || isAlias(node) ? node.offset : undefined;
}

/** Records an error at a node (or at the document start when it has no position). */
export function report(reader: Reader, node: unknown, path: string, message: string): void {
  const { line, col } = reader.lineCounter.linePos(offsetOf(node) ?? reader.fallbackOffset);
  reader.errors.push({
    document: reader.document,
    line,
    column: col,
    path: joinPath(reader.prefix, path),
    message,
  });
}

/** Whether a value is absent: no node, or an empty/null scalar (`field:` with nothing after it). */
export function isAbsent(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Describes what a node is, for "should be a list, not …" messages. */
export function kindOf(node: unknown): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty';
    if (typeof value === 'string') return `the string ${quote(value)}`;
    if (typeof value === 'boolean') return `the boolean ${String(value)}`;
    if (typeof value === 'number') return `the number ${String(value)}`;
    return `the value ${quote(node.source ?? String(value))}`;
  }
  return 'something else';
}

/** Reports an alias and returns true: aliases are refused so that no input can expand (alias bombs). */
export function refuseAlias(reader: Reader, node: unknown, path: string): boolean {
  if (!isAlias(node)) return false;
  report(
    reader,
    node,
    path,
    `${path} is a YAML alias (*${node.source}); aliases are not accepted here, so write the value out in full.`,
  );
  return true;
}

/**
 * Reads a mapping's fields, reporting keys that are not in `allowed` (with the name probably
 * meant, or a hint for a known mix-up). Returns null when the node is not a mapping.
 */
export function readFields(
  reader: Reader,
  node: unknown,
  path: string,
  allowed: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): Map<string, Field> | null {
  if (refuseAlias(reader, node, path)) return null;
  if (!isMap(node)) {
    report(
      reader,
      node,
      path,
      `${path || 'The document'} should be a mapping of fields (key: value), not ${kindOf(node)}.`,
    );
    return null;
  }
  const fields = new Map<string, Field>();
  for (const pair of node.items) {
    const key = pair.key;
    if (!isScalar(key) || typeof key.value !== 'string') {
      report(
        reader,
        key ?? node,
        path,
        `${path || 'The document'} has a key that is not a field name (${kindOf(key)}).`,
      );
      continue;
    }
    const name = key.value;
    if (fields.has(name)) {
      report(reader, key, joinPath(path, name), duplicateMessage(path, name));
      continue;
    }
    if (!allowed.includes(name)) {
      report(reader, key, joinPath(path, name), unknownFieldMessage(path, name, allowed, hints));
      continue;
    }
    fields.set(name, { key, value: pair.value });
  }
  return fields;
}

/** Reads a string scalar; a number or boolean gets a "quote it" hint. Null when it is not a string. */
export function readString(reader: Reader, node: unknown, path: string): string | null {
  if (refuseAlias(reader, node, path)) return null;
  if (isScalar(node) && typeof node.value === 'string') return node.value;
  if (isScalar(node) && node.value !== null && typeof node.value !== 'object') {
    const source = node.source ?? String(node.value);
    report(
      reader,
      node,
      path,
      `${path} should be a string, not ${kindOf(node)}: YAML reads ${source} as ${typeof node.value === 'boolean' ? 'a boolean' : 'a number'}, so quote it ('${source}').`,
    );
    return null;
  }
  report(reader, node, path, `${path} should be a string, not ${kindOf(node)}.`);
  return null;
}

/** Reads a whole-number scalar. Null (and an error) when it is anything else. */
export function readInteger(reader: Reader, node: unknown, path: string): number | null {
  if (refuseAlias(reader, node, path)) return null;
  if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value)) {
    return node.value;
  }
  report(reader, node, path, `${path} should be a whole number, not ${kindOf(node)}.`);
  return null;
}

/** Reads a list's items. Null (and an error) when the node is not a list. */
export function readList(reader: Reader, node: unknown, path: string): unknown[] | null {
  if (refuseAlias(reader, node, path)) return null;
  if (isSeq(node)) return node.items;
  report(
    reader,
    node,
    path,
    `${path} should be a list (lines starting with '- '), not ${kindOf(node)}.`,
  );
  return null;
}
