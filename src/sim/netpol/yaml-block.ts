import type { YamlNode, YamlPair } from './yaml-nodes';
import { emptyNode, NO_PROPS, openCollection } from './yaml-build';
import { BLOCK_IN, BLOCK_OUT, FLOW_OUT, compose } from './yaml-compose';
import { code, fail, isBlank, isEndOrSpace, isFence, restore, skipSpace } from './yaml-scan';
import { snapshot } from './yaml-scan';
import type { Scan, SyntaxReason } from './yaml-scan';

// Block sequences (`- item` lines) and block mappings (`key: value` lines, `? key` too): their
// entries share one indentation, and a line indented otherwise is an error where it starts.

/** Throws an indentation error, or the tab error when a tab indents the current line. */
export function failIndent(s: Scan, reason: SyntaxReason): never {
  return s.tab === -1 ? fail(s, reason) : fail(s, 'tab', s.tab);
}

/** Whether a block indicator (`-`, `?` or `:` followed by a blank or line break) is at `at`. */
function isIndicator(s: Scan, c: number, at = s.pos): boolean {
  return code(s, at) === c && isEndOrSpace(code(s, at + 1));
}

/** Notes a tab in the blanks after the indicator just read: it may not indent a block collection. */
function noteCompactTab(s: Scan): void {
  let at = s.pos;
  while (code(s, at) === 32) at++;
  s.compactTab = code(s, at) === 9 ? at : -1;
  s.compactLine = s.line;
}

/** Opens a block collection at `at`; the tab error when a tab after `- `, `? ` or `: ` indents it. */
function openBlock(s: Scan, at: number): number {
  if (s.compactTab !== -1 && s.line === s.compactLine) fail(s, 'tab', s.compactTab);
  return openCollection(s, at, false);
}

/** Reads a block sequence whose dashes sit at column `nodeIndent`, or returns null if none starts here. */
export function readBlockSequence(s: Scan, nodeIndent: number): YamlNode | null {
  // After a tab in the indentation only a flow node may follow (the tab then separates).
  if (!isIndicator(s, 45) || s.tab !== -1) return null;
  const offset = openBlock(s, s.pos);
  const items: YamlNode[] = [];
  while (isIndicator(s, 45)) {
    if (s.tab !== -1) fail(s, 'tab', s.tab);
    const entryLine = s.line;
    s.pos++;
    noteCompactTab(s);
    const hadBreak = skipSpace(s, true) > 0;
    const item =
      hadBreak && s.lineIndent <= nodeIndent
        ? emptyNode(s, NO_PROPS)
        : (compose(s, nodeIndent, BLOCK_IN, false, true) ?? emptyNode(s, NO_PROPS));
    items.push(item);
    skipSpace(s, true);
    const leftover = s.line === entryLine && code(s) !== 0 ? leftoverReason(s, item) : null;
    if (leftover) fail(s, leftover);
    if (s.lineIndent < nodeIndent || code(s) === 0) break;
    if (s.lineIndent > nodeIndent) failIndent(s, 'seq-indent');
    if (s.line === entryLine && isIndicator(s, 45)) fail(s, 'seq-indent');
  }
  return { kind: 'seq', items, offset };
}

/** What a block mapping has read so far: nodes in order, key then value, and its start. */
interface MapState {
  readonly nodes: YamlNode[];
  start: number;
  offset: number;
  /** After `? `: the key is read, its value may follow after `: `. */
  explicit: boolean;
  detected: boolean;
}

/** Opens the mapping at `at` the first time an entry is found. */
function openMap(s: Scan, map: MapState, at: number): void {
  if (map.start >= 0) return;
  map.start = at;
  map.offset = openBlock(s, at);
}

/** Reads a `? ` or `: ` indicator that opens an explicit key or a value without a key. */
function readIndicator(s: Scan, map: MapState): void {
  openMap(s, map, s.pos);
  if (code(s) === 63) {
    if (map.explicit) map.nodes.push(emptyNode(s, NO_PROPS));
    map.explicit = true;
    map.detected = true;
  } else if (map.explicit) map.explicit = false;
  else {
    map.nodes.push(emptyNode(s, NO_PROPS, true));
    map.detected = true;
  }
  s.pos++;
  noteCompactTab(s);
}

/** Whether a scalar node was written in quotes. */
function isQuoted(s: Scan, node: YamlNode): boolean {
  const c = code(s, node.offset - s.base);
  return node.kind === 'scalar' && (c === 39 || c === 34);
}

/**
 * Why text is left on an entry's line after its value, when it is a usual mistake: text after
 * a closing quote, a second `: `, a ``` fence, or a value starting with @ ` or %. Else null.
 */
function leftoverReason(s: Scan, value: YamlNode): SyntaxReason | null {
  const c = code(s);
  if (isQuoted(s, value)) return 'quote-after';
  if (isIndicator(s, 58)) return 'value-colon';
  if (isFence(s)) return 'fence';
  return c === 64 || c === 96 || c === 37 ? 'reserved-start' : null;
}

/**
 * Reads a block mapping at column `nodeIndent`, or returns null if none starts here. When the
 * first node read is not followed by `: `, it is that node that is returned if `keyAlone`
 * allows it (the reader then stays after it), else null with the reader back where it was; a
 * first node running over lines into a `: ` is then a key without its colon, an error.
 */
export function readBlockMapping(
  s: Scan,
  nodeIndent: number,
  flowIndent: number,
  keyAlone: boolean,
): YamlNode | null {
  if (s.tab !== -1) return null;
  const map: MapState = { nodes: [], start: -1, offset: 0, explicit: false, detected: false };
  while (code(s) !== 0) {
    if (!map.explicit && s.tab !== -1) fail(s, 'tab', s.tab);
    const entryLine = s.line;
    let compact = true;
    if (isIndicator(s, 63) || isIndicator(s, 58)) readIndicator(s, map);
    else {
      if (map.explicit) map.nodes.push(emptyNode(s, NO_PROPS));
      map.explicit = false;
      const before = snapshot(s);
      const key = compose(s, flowIndent, FLOW_OUT, false, true, true, true);
      if (key === null) break;
      if (s.line === entryLine) while (isBlank(code(s))) s.pos++;
      if (s.line !== entryLine || code(s) !== 58) {
        // A first key running over lines into `: ` is a line without its colon, not a value.
        if (map.detected || (keyAlone && isIndicator(s, 58)))
          fail(s, s.line === entryLine ? 'missing-colon' : 'multiline-key', before.pos);
        if (!keyAlone) restore(s, before);
        return keyAlone ? key : null;
      }
      s.pos++;
      if (!isEndOrSpace(code(s))) fail(s, 'colon-space');
      openMap(s, map, before.pos);
      map.nodes.push(key);
      map.detected = true;
      compact = false;
    }
    const isKey = map.nodes.length % 2 === 0;
    const value =
      compose(s, nodeIndent, BLOCK_OUT, true, compact, true, isKey) ?? emptyNode(s, NO_PROPS);
    map.nodes.push(value);
    skipSpace(s, true);
    const sameLine = s.line === entryLine;
    if ((sameLine || s.lineIndent > nodeIndent) && code(s) !== 0) {
      failIndent(s, (sameLine ? leftoverReason(s, value) : null) ?? 'map-indent');
    }
    if (s.lineIndent < nodeIndent) break;
  }
  if (!map.detected) return null;
  if (map.explicit) map.nodes.push(emptyNode(s, NO_PROPS));
  return { kind: 'map', items: pairsOf(map.nodes), offset: map.offset };
}

/** The nodes read in order, paired as key and value. */
function pairsOf(nodes: readonly YamlNode[]): YamlPair[] {
  const pairs: YamlPair[] = [];
  for (let i = 0; i + 1 < nodes.length; i += 2) {
    const [key, value] = [nodes[i], nodes[i + 1]];
    if (key && value) pairs.push({ key, value });
  }
  return pairs;
}
