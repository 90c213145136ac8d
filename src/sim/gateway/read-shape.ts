import { isMap, isScalar, isSeq } from '../netpol/yaml-nodes';
import type { YamlNode } from '../netpol/yaml-nodes';
import {
  isAbsent,
  joinPath,
  kindOf,
  readFields,
  readInteger,
  readList,
  readString,
  report,
} from '../netpol/yaml-reader';
import type { Reader } from '../netpol/yaml-reader';
import type { Shape } from './schema';

/** The plain value of any node (aliases and unreadable keys are left out): for fields kept as-is. */
function plain(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return node.items.map(plain);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const { key, value } of node.items)
      if (isScalar(key)) out[String(key.value)] = plain(value);
    return out;
  }
  return undefined;
}

/** Reads a string field and applies its allowed values and check. */
function readStringShape(
  reader: Reader,
  node: unknown,
  path: string,
  shape: Extract<Shape, { t: 'string' }>,
): unknown {
  const value = readString(reader, node, path);
  if (value === null) return undefined;
  if (shape.oneOf && !shape.oneOf.includes(value)) {
    report(
      reader,
      node,
      path,
      `${path} is '${value}'; it must be one of ${shape.oneOf.join(', ')}.`,
    );
    return undefined;
  }
  const problem = shape.check?.(value);
  if (problem) {
    report(reader, node, path, `${path}: ${problem}.`);
    return undefined;
  }
  return value;
}

/** Reads a whole number within the shape's range. */
function readIntShape(
  reader: Reader,
  node: unknown,
  path: string,
  shape: Extract<Shape, { t: 'int' }>,
): unknown {
  const value = readInteger(reader, node, path);
  if (value === null) return undefined;
  if (value < shape.min || value > shape.max) {
    report(
      reader,
      node,
      path,
      `${path} is ${String(value)}; it must be from ${String(shape.min)} to ${String(shape.max)}.`,
    );
    return undefined;
  }
  return value;
}

/** Reads a list and each of its items. */
function readListShape(
  reader: Reader,
  node: unknown,
  path: string,
  shape: Extract<Shape, { t: 'list' }>,
): unknown {
  const items = readList(reader, node, path);
  if (items === null) return undefined;
  if (shape.max !== undefined && items.length > shape.max) {
    report(
      reader,
      node,
      path,
      `${path} has ${String(items.length)} items; the API allows at most ${String(shape.max)}.`,
    );
  }
  return items.map((item, i) => readShape(reader, item, `${path}[${String(i)}]`, shape.of));
}

/** Reads a mapping of string values (labels). */
function readStringMap(reader: Reader, node: unknown, path: string): unknown {
  if (!isMap(node)) {
    report(
      reader,
      node,
      path,
      `${path} should be a mapping of key: value pairs, not ${kindOf(node)}.`,
    );
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const { key, value } of node.items) {
    const name = isScalar(key) ? String(key.value) : '';
    const text = readString(reader, value, joinPath(path, name));
    if (text !== null) out[name] = text;
  }
  return out;
}

/** Reads a mapping's known fields; a missing required field is reported at the mapping. */
function readObjectShape(
  reader: Reader,
  node: unknown,
  path: string,
  shape: Extract<Shape, { t: 'object' }>,
): unknown {
  const fields = readFields(reader, node, path, Object.keys(shape.fields));
  if (!fields) return undefined;
  const out: Record<string, unknown> = {};
  for (const name of shape.required ?? []) {
    if (!fields.has(name) || isAbsent(fields.get(name)?.value)) {
      report(
        reader,
        node,
        joinPath(path, name),
        `${joinPath(path, name)} is missing: the API requires it.`,
      );
    }
  }
  for (const [name, field] of fields) {
    if (isAbsent(field.value)) continue;
    const child = shape.fields[name];
    const value = child ? readShape(reader, field.value, joinPath(path, name), child) : undefined;
    if (value !== undefined) out[name] = value;
  }
  const problem = shape.check?.(out);
  if (problem) {
    const [name, message] = problem;
    report(
      reader,
      fields.get(name)?.value ?? node,
      joinPath(path, name),
      `${joinPath(path, name)}: ${message}.`,
    );
  }
  return out;
}

/** Reads a node as the shape says, reporting located errors; undefined when it could not be read. */
export function readShape(reader: Reader, node: unknown, path: string, shape: Shape): unknown {
  switch (shape.t) {
    case 'string':
      return readStringShape(reader, node, path, shape);
    case 'int':
      return readIntShape(reader, node, path, shape);
    case 'list':
      return readListShape(reader, node, path, shape);
    case 'object':
      return readObjectShape(reader, node, path, shape);
    case 'stringMap':
      return readStringMap(reader, node, path);
    default:
      return plain(node as YamlNode);
  }
}
