import type { YamlNode, YamlPair } from './yaml-nodes';
import { closeFlow, emptyNode, NO_PROPS, openCollection } from './yaml-build';
import { FLOW_IN, compose } from './yaml-compose';
import { code, fail, isBlank, isBreak, skipSpace, snapshot } from './yaml-scan';
import type { Scan } from './yaml-scan';

// Flow collections: [a, b] and {k: v}, nested, over several lines, with trailing commas; JSON
// is one of them. A `k: v` item of a sequence is a one-pair mapping, as YAML says.

/**
 * Skips blanks, comments and line breaks inside a flow collection. A new line must be indented
 * more than the block node holding the collection, and not with a tab.
 */
function skipFlowSpace(s: Scan, nodeIndent: number): void {
  const line = s.line;
  skipSpace(s, true);
  if (s.line === line || s.lineIndent >= nodeIndent) return;
  if (code(s) === 0) fail(s, 'flow-open');
  if (s.tab !== -1) fail(s, 'tab', s.tab);
  fail(s, 'deficient');
}

/** Reads one `key: value` pair after its key (or its `? `), the key empty when missing. */
function readPair(s: Scan, nodeIndent: number, key: YamlNode | null, colon: boolean): YamlPair {
  const keyNode = key ?? emptyNode(s, NO_PROPS, true);
  if (!colon) return { key: keyNode, value: emptyNode(s, NO_PROPS) };
  s.pos++;
  skipFlowSpace(s, nodeIndent);
  const value = compose(s, nodeIndent, FLOW_IN, false, true) ?? emptyNode(s, NO_PROPS);
  skipFlowSpace(s, nodeIndent);
  return { key: keyNode, value };
}

/** Reads one entry of a flow collection into its items (a pair for a mapping). */
function readEntry(s: Scan, nodeIndent: number, isMap: boolean, items: unknown[]): void {
  let explicit = false;
  if (code(s) === 63 && (isBlank(code(s, s.pos + 1)) || isBreak(code(s, s.pos + 1)))) {
    explicit = true;
    s.pos++;
    skipFlowSpace(s, nodeIndent);
  }
  const entryLine = s.line;
  const entry = snapshot(s);
  const key = compose(s, nodeIndent, FLOW_IN, false, true, true, isMap || explicit);
  skipFlowSpace(s, nodeIndent);
  const colon = (isMap || explicit || s.line === entryLine) && code(s) === 58;
  if (isMap) {
    if (key === null && !colon && !explicit) fail(s, 'flow-comma');
    items.push(readPair(s, nodeIndent, key, colon));
  } else if (colon || explicit) {
    const offset = openCollection(s, entry.pos, true);
    const pair = readPair(s, nodeIndent, key, colon);
    closeFlow(s);
    items.push({ kind: 'map', items: [pair], offset });
  } else if (key === null) fail(s, 'flow-comma');
  else items.push(key);
}

/**
 * Reads a flow collection at the reader's position, or returns null if none starts there. Its
 * lines must be indented at least `nodeIndent`.
 */
export function readFlow(s: Scan, nodeIndent: number): YamlNode | null {
  const open = code(s);
  if (open !== 91 && open !== 123) return null;
  const isMap = open === 123;
  const offset = openCollection(s, s.pos, true);
  const items: unknown[] = [];
  let readNext = true;
  s.pos++;
  while (code(s) !== 0) {
    skipFlowSpace(s, nodeIndent);
    const c = code(s);
    if (c === open + 2) {
      s.pos++;
      closeFlow(s);
      return isMap
        ? { kind: 'map', items: items as YamlPair[], offset }
        : { kind: 'seq', items: items as YamlNode[], offset };
    }
    if (!readNext) fail(s, 'flow-comma');
    if (c === 44) fail(s, 'flow-empty');
    readEntry(s, nodeIndent, isMap, items);
    readNext = code(s) === 44;
    if (readNext) s.pos++;
  }
  return fail(s, 'flow-open');
}
