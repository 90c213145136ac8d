import { isMap, isScalar } from '../netpol/yaml-nodes';
import {
  isAbsent,
  joinPath,
  readFields,
  readList,
  readString,
  report,
} from '../netpol/yaml-reader';
import type { Field, Reader } from '../netpol/yaml-reader';

// Small readers over the NetworkPolicy parser's YAML layer, shared by the Ingress validators.

/** A mapping's fields at `path`, or null (with an error) when it is not a mapping. */
export type Fields = Map<string, Field>;

/** Reads an optional string field: undefined when absent or wrong (the error is recorded). */
export function optionalString(
  reader: Reader,
  fields: Fields,
  name: string,
  path: string,
): string | undefined {
  const field = fields.get(name);
  if (!field || isAbsent(field.value)) return undefined;
  return readString(reader, field.value, joinPath(path, name)) ?? undefined;
}

/** Reads a required string field; a missing one is reported at `node`. */
export function requiredString(
  reader: Reader,
  node: unknown,
  fields: Fields,
  name: string,
  path: string,
  hint = '',
): string | undefined {
  const field = fields.get(name);
  if (!field || isAbsent(field.value)) {
    report(
      reader,
      field?.key ?? node,
      joinPath(path, name),
      `${joinPath(path, name)} is required.${hint}`,
    );
    return undefined;
  }
  return readString(reader, field.value, joinPath(path, name)) ?? undefined;
}

/** Reads a nested mapping's fields (undefined when absent; null when not a mapping). */
export function nested(
  reader: Reader,
  fields: Fields,
  name: string,
  path: string,
  allowed: readonly string[],
  hints: Readonly<Record<string, string>> = {},
): Fields | null | undefined {
  const field = fields.get(name);
  if (!field || isAbsent(field.value)) return undefined;
  return readFields(reader, field.value, joinPath(path, name), allowed, hints);
}

/** Reads an optional list field's items (empty when absent or wrong). */
export function listItems(reader: Reader, fields: Fields, name: string, path: string): unknown[] {
  const field = fields.get(name);
  if (!field || isAbsent(field.value)) return [];
  return readList(reader, field.value, joinPath(path, name)) ?? [];
}

/** Reads a string → string map (annotations, labels); a non-string value is reported. */
export function stringMap(
  reader: Reader,
  fields: Fields,
  name: string,
  path: string,
): Record<string, string> | undefined {
  const field = fields.get(name);
  if (!field || isAbsent(field.value)) return undefined;
  const where = joinPath(path, name);
  if (!isMap(field.value)) {
    report(reader, field.value, where, `${where} should be a mapping of key: value pairs.`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const pair of field.value.items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    const value = readString(reader, pair.value, joinPath(where, pair.key.value));
    if (value !== null) out[pair.key.value] = value;
  }
  return out;
}
