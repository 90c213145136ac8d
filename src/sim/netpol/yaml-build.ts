import type { YamlNode } from './yaml-nodes';
import type { Scan } from './yaml-scan';
import { resolveScalar } from './yaml-scalars';

// Nodes as the reader makes them, with the placement rules the readers' error positions rely
// on: a scalar at its first character (a quoted one at its quote, a block one at its | or >),
// a collection at its first entry or bracket, an empty scalar just past its indicator.

/** A tag and an anchor read before a node; `end` is where the last of them ends (-1 if none). */
export interface Props {
  readonly tag: string;
  readonly end: number;
}

/** No tag and no anchor. */
export const NO_PROPS: Props = { tag: '', end: -1 };

/** A scalar with text, from `start` (its quote or header) to `end` (past its last character). */
export function scalarNode(
  s: Scan,
  props: Props,
  text: string,
  plain: boolean,
  start: number,
  end: number,
): YamlNode {
  s.cursor = Math.max(s.cursor, end);
  const value = resolveScalar(text, plain, props.tag);
  return { kind: 'scalar', value, source: text, offset: s.base + start };
}

/** An empty scalar: a missing key, value or item, placed just past the indicator that opens it. */
export function emptyNode(s: Scan, props: Props, isKey = false): YamlNode {
  s.cursor = emptyScalarOffset(s.src, Math.max(s.cursor, props.end), isKey);
  const value = resolveScalar('', true, props.tag);
  return { kind: 'scalar', value, source: '', offset: s.base + s.cursor };
}

/** An alias `*name` whose name runs from `start` to `end`. */
export function aliasNode(s: Scan, start: number, end: number): YamlNode {
  s.cursor = Math.max(s.cursor, end);
  return { kind: 'alias', source: s.src.slice(start, end), offset: s.base + start - 1 };
}

/** Moves the cursor to a collection's start (past its bracket for a flow one). */
export function openCollection(s: Scan, start: number, flow: boolean): number {
  s.cursor = Math.max(s.cursor, start + (flow ? 1 : 0));
  return s.base + start;
}

/** Moves the cursor past the `]` or `}` that closes a flow collection. */
export function closeFlow(s: Scan): void {
  const end = skipBlanks(s.src, s.cursor, true);
  const c = s.src[end];
  if (c === ']' || c === '}') s.cursor = end + 1;
}

/** The first offset from `from` that is not a space, tab, line break, comment (or comma, in flow). */
export function skipBlanks(source: string, from: number, commas = false): number {
  let i = from;
  for (;;) {
    const c = source[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || (commas && c === ',')) i++;
    else if (c === '#') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else return i;
  }
}

/**
 * Where an empty scalar sits: an empty value just past the indicator (`:`, `-` or `,`) that
 * follows the last token read and the spaces after it, so `name:` points past its colon; an
 * empty key at its `:` (or past its `?`).
 */
export function emptyScalarOffset(source: string, from: number, isKey = false): number {
  let i = skipBlanks(source, from);
  const indicator = source[i] ?? '';
  if (isKey ? indicator !== '?' : !/^[-:?]$/.test(indicator)) return isKey ? i : from;
  i++;
  while (source[i] === ' ' || source[i] === '\t') i++;
  return i;
}
