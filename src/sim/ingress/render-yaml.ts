// A small, deterministic YAML writer for the converter's output (plain JSON objects): keys in
// insertion order, two-space indents, strings quoted only when YAML would read them otherwise.

/** Words YAML 1.1 (which Kubernetes tools read) turns into booleans or null. */
const SPECIAL = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
/** Text that reads back as the same plain string. */
const PLAIN = /^[A-Za-z0-9_./$][A-Za-z0-9_./$ -]*$/;

/** A string as a plain or double-quoted scalar. */
function scalarText(value: string): string {
  const plain =
    PLAIN.test(value) &&
    !SPECIAL.test(value) &&
    !value.endsWith(' ') &&
    Number.isNaN(Number(value)) &&
    !/^[-.]/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** Whether a value is written on the line of its key (a scalar or an empty collection). */
function isInline(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length === 0;
  return true;
}

/** A value that fits on one line. */
function inlineText(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object' && value !== null) return '{}';
  if (typeof value === 'string') return scalarText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'null';
}

/** The lines of a mapping's entries at an indent. */
function mapLines(map: Record<string, unknown>, indent: string): string[] {
  return Object.entries(map).flatMap(([key, value]) => {
    if (value === undefined) return [];
    const head = `${indent}${scalarText(key)}:`;
    if (isInline(value)) return [`${head} ${inlineText(value)}`];
    return [head, ...blockLines(value, Array.isArray(value) ? indent : `${indent}  `)];
  });
}

/** The lines of a list's items at an indent; a mapping item starts on the dash's line. */
function listLines(list: readonly unknown[], indent: string): string[] {
  return list.flatMap((item) => {
    if (isInline(item)) return [`${indent}- ${inlineText(item)}`];
    const inner = blockLines(item, `${indent}  `);
    const first = inner[0] ?? '';
    return [`${indent}- ${first.slice(indent.length + 2)}`, ...inner.slice(1)];
  });
}

/** The lines of a non-empty collection at an indent. */
function blockLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) return listLines(value, indent);
  return mapLines(value as Record<string, unknown>, indent);
}

/**
 * One object as YAML text ending in a newline.
 *
 * @example
 * renderYaml({ kind: 'HTTPRoute', spec: { hostnames: ['*.example.com'] } });
 * // 'kind: HTTPRoute\nspec:\n  hostnames:\n  - "*.example.com"\n'
 */
export function renderYaml(value: unknown): string {
  if (isInline(value)) return `${inlineText(value)}\n`;
  return `${blockLines(value, '').join('\n')}\n`;
}

/** Several objects as one multi-document YAML text, separated by `---`. */
export function renderYamlDocuments(values: readonly unknown[]): string {
  return values.map(renderYaml).join('---\n');
}
