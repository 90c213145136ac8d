import type { YamlNode } from './yaml-nodes';
import { aliasNode, emptyNode } from './yaml-build';
import type { Props } from './yaml-build';
import { readBlockMapping, readBlockSequence } from './yaml-block';
import { readBlockScalar } from './yaml-block-scalar';
import { readFlow } from './yaml-flow';
import { readPlain } from './yaml-plain';
import { readQuoted } from './yaml-quoted';
import { code, fail, isEndOrSpace, isFlowMark } from './yaml-scan';
import { restore, skipSpace, snapshot } from './yaml-scan';
import type { Scan, Snapshot } from './yaml-scan';

// Reads one node of any kind: its tag and anchor, then whichever style starts at the reader's
// position. Contexts follow the YAML spec: inside a flow collection, a flow key in a block
// mapping, a block sequence item, and any other block node.

export const FLOW_IN = 1;
export const FLOW_OUT = 2;
export const BLOCK_IN = 3;
export const BLOCK_OUT = 4;

/** Nesting the reader follows; parse-limits refuses deep input long before this. */
const MAX_DEPTH = 400;

/** The tag or anchor read in front of a node. */
interface PropsRead {
  tag: string;
  anchor: boolean;
  end: number;
  /** Where the first of them starts, to read `&a key: value` as a mapping when that fits. */
  first: Snapshot | null;
}

/** Reads a `!tag` (verbatim `!<…>` included) and returns its text. */
function readTag(s: Scan, inFlow: boolean): string {
  const start = s.pos++;
  if (code(s) === 60) {
    while (code(s) !== 0 && code(s) !== 62) s.pos++;
    if (code(s) === 0) fail(s, 'property');
    s.pos++;
  } else while (!isEndOrSpace(code(s)) && !(inFlow && isFlowMark(code(s)))) s.pos++;
  return s.src.slice(start, s.pos);
}

/** Reads the name after `&` or `*`; an empty name is an error. */
function readName(s: Scan): number {
  const start = ++s.pos;
  while (!isEndOrSpace(code(s)) && !isFlowMark(code(s))) s.pos++;
  if (s.pos === start) fail(s, 'property');
  return start;
}

/** 1 when the line is indented more than the parent, 0 when as much, -1 when less. */
function indentStatusOf(s: Scan, parentIndent: number): number {
  return Math.sign(s.lineIndent - parentIndent);
}

/** Reads an alias `*name` at the reader's position, or returns null if none starts there. */
function readAlias(s: Scan, props: Props): YamlNode | null {
  if (code(s) !== 42) return null;
  if (props.end >= 0) fail(s, 'property');
  const start = readName(s);
  return aliasNode(s, start, s.pos);
}

/**
 * Reads a node: what starts at the reader's position (after blank lines and comments when
 * `seek`), or null when nothing does in a flow context. A block context always gives a node,
 * an empty scalar when nothing is there. `parentIndent` is the indentation of the parent node;
 * `compact` allows a block collection on the same line (after `- ` or `? `); `isKey` places an
 * empty key at its colon.
 */
export function compose(
  s: Scan,
  parentIndent: number,
  context: number,
  seek: boolean,
  compact: boolean,
  propertyMapping = true,
  isKey = false,
): YamlNode | null {
  if (s.depth >= MAX_DEPTH) fail(s, 'too-deep');
  s.depth++;
  const block = context === BLOCK_OUT || context === BLOCK_IN;
  const read: PropsRead = { tag: '', anchor: false, end: -1, first: null };
  let atNewLine = false;
  let status = 1;
  if (seek && skipSpace(s, true) > 0) {
    atNewLine = true;
    status = indentStatusOf(s, parentIndent);
  }
  let blockCollections = block;
  while (status === 1) {
    const c = code(s);
    if (c !== 33 && c !== 38) break;
    const saved = snapshot(s);
    if (atNewLine && block && read.end >= 0) {
      // `!t` alone on a line, then `&a key: value`: the mapping takes the first property.
      const map = readBlockMapping(s, s.pos - s.lineStart, parentIndent + 1, false);
      if (map) {
        s.depth--;
        return map;
      }
    }
    if (atNewLine && ((c === 33 && read.tag !== '') || (c === 38 && read.anchor))) break;
    if (c === 33) {
      if (read.tag !== '') fail(s, 'property');
      read.tag = readTag(s, context === FLOW_IN);
    } else if (c === 38) {
      if (read.anchor) fail(s, 'property');
      readName(s);
      read.anchor = true;
    } else break;
    read.end = s.pos;
    read.first ??= saved;
    if (skipSpace(s, true) > 0) {
      atNewLine = true;
      blockCollections = block;
      status = indentStatusOf(s, parentIndent);
    } else blockCollections = false;
  }
  blockCollections &&= atNewLine || compact;
  const props: Props = { tag: read.tag, end: read.end };
  let node: YamlNode | null = null;
  if (status === 1 || context === BLOCK_OUT) {
    const flowIndent = block ? parentIndent + 1 : parentIndent;
    const blockIndent = s.pos - s.lineStart;
    if (status === 1) {
      node = blockCollections
        ? (readBlockSequence(s, blockIndent) ??
          readBlockMapping(s, blockIndent, flowIndent, props.end < 0))
        : null;
      node ??= readFlow(s, flowIndent);
      if (node === null && read.first && propertyMapping && block && !blockCollections) {
        node = propertyMappingAt(s, read.first, flowIndent);
      }
      node ??= readScalar(s, block, flowIndent, context, props);
    } else if (status === 0 && blockCollections) node = readBlockSequence(s, blockIndent);
  }
  if (node === null && (props.end >= 0 || block)) node = emptyNode(s, props, isKey);
  s.depth--;
  return node;
}

/**
 * `&a key: value` (or `!t key: value`) on one line: a mapping whose first key carries the
 * property, when a mapping starts there; otherwise null and the reader where it was.
 */
function propertyMappingAt(s: Scan, first: Snapshot, flowIndent: number): YamlNode | null {
  const c = code(s);
  if (c === 124 || c === 62) return null;
  const fallback = snapshot(s);
  restore(s, first);
  const map = readBlockMapping(s, first.pos - first.lineStart, flowIndent, false);
  if (map === null) restore(s, fallback);
  return map;
}

/** Reads a scalar or an alias in whichever style starts at the reader's position. */
function readScalar(
  s: Scan,
  block: boolean,
  flowIndent: number,
  context: number,
  props: Props,
): YamlNode | null {
  return (
    (block ? readBlockScalar(s, flowIndent, props) : null) ??
    readQuoted(s, flowIndent, props) ??
    readAlias(s, props) ??
    readPlain(s, flowIndent, context === FLOW_IN, props)
  );
}
