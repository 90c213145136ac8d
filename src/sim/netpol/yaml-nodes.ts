/** A scalar's value once resolved the way Kubernetes reads YAML (go-yaml v2, YAML 1.1 words). */
export type ScalarValue = string | number | boolean | null;

/** A scalar: its resolved value, its text (after quotes and escapes) and where it starts. */
export interface YamlScalar {
  readonly kind: 'scalar';
  readonly value: ScalarValue;
  readonly source: string;
  readonly offset: number;
}

/** One key: value entry of a mapping; a key without a value has a null (empty) scalar. */
export interface YamlPair {
  readonly key: YamlNode;
  readonly value: YamlNode;
}

/** A mapping (block or flow): its entries in source order, duplicates kept for the readers. */
export interface YamlMap {
  readonly kind: 'map';
  readonly items: YamlPair[];
  readonly offset: number;
}

/** A sequence (block or flow). */
export interface YamlSeq {
  readonly kind: 'seq';
  readonly items: YamlNode[];
  readonly offset: number;
}

/** An alias (`*name`): kept as a node so the readers can refuse it; it is never expanded. */
export interface YamlAlias {
  readonly kind: 'alias';
  /** The anchor name, without the `*`. */
  readonly source: string;
  readonly offset: number;
}

/** Any node of the tree the readers walk. */
export type YamlNode = YamlScalar | YamlMap | YamlSeq | YamlAlias;

/** Whether a value is a node of the given kind. */
function isKind(node: unknown, kind: YamlNode['kind']): boolean {
  return typeof node === 'object' && node !== null && (node as { kind?: unknown }).kind === kind;
}

/** Whether a value is a mapping node. */
export function isMap(node: unknown): node is YamlMap {
  return isKind(node, 'map');
}

/** Whether a value is a sequence node. */
export function isSeq(node: unknown): node is YamlSeq {
  return isKind(node, 'seq');
}

/** Whether a value is a scalar node. */
export function isScalar(node: unknown): node is YamlScalar {
  return isKind(node, 'scalar');
}

/** Whether a value is an alias node. */
export function isAlias(node: unknown): node is YamlAlias {
  return isKind(node, 'alias');
}

/** The value node of the first entry whose key is the string `name`, if any. */
export function fieldValue(map: YamlMap, name: string): YamlNode | undefined {
  return map.items.find((pair) => isScalar(pair.key) && pair.key.value === name)?.value;
}
