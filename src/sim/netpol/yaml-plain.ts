import type { YamlNode } from './yaml-nodes';
import { scalarNode } from './yaml-build';
import type { Props } from './yaml-build';
import { scalarText } from './yaml-text';
import {
  atDocumentBoundary,
  code,
  fail,
  isBlank,
  isBreak,
  isEndOrSpace,
  isFlowMark,
  restore,
  skipSpace,
  snapshot,
} from './yaml-scan';
import type { Scan } from './yaml-scan';

// Plain (unquoted) scalars: they may run over several lines, which fold into spaces.

/** The characters that cannot start a plain scalar: # & * ! | > ' " % @ ` and the flow marks. */
const NOT_PLAIN_START = new Set([...'#&*!|>\'"%@`,[]{}'].map((c) => c.charCodeAt(0)));

/** Whether a plain scalar can start at the reader's position. */
function canStartPlain(s: Scan, inFlow: boolean): boolean {
  const c = code(s);
  if (isEndOrSpace(c) || NOT_PLAIN_START.has(c)) return false;
  if (c !== 63 && c !== 45) return true;
  const next = code(s, s.pos + 1);
  return !isEndOrSpace(next) && !(inFlow && isFlowMark(next));
}

/** Whether the plain scalar stops at the reader's position (a `: `, a ` #` or a flow mark). */
function endsPlain(s: Scan, c: number, inFlow: boolean): boolean {
  if (atDocumentBoundary(s)) return true;
  if (c === 58) {
    const next = code(s, s.pos + 1);
    return isEndOrSpace(next) || (inFlow && isFlowMark(next));
  }
  if (c === 35) return isEndOrSpace(code(s, s.pos - 1));
  return inFlow && isFlowMark(c);
}

/**
 * Reads a plain scalar at the reader's position, or returns null if none starts there. It goes on
 * over line breaks while the next line is indented at least `nodeIndent`.
 */
export function readPlain(
  s: Scan,
  nodeIndent: number,
  inFlow: boolean,
  props: Props,
): YamlNode | null {
  if (!canStartPlain(s, inFlow)) return null;
  const start = s.pos;
  let end = s.pos;
  for (let c = code(s); c !== 0; c = code(s)) {
    // Most characters are ordinary text: step over them without the checks below.
    if (c > 35 && c !== 58 && !isFlowMark(c) && s.pos !== s.lineStart) {
      end = ++s.pos;
      continue;
    }
    if (endsPlain(s, c, inFlow)) break;
    if (isBreak(c)) {
      const saved = snapshot(s);
      skipSpace(s, false);
      if (s.lineIndent >= nodeIndent) continue;
      restore(s, saved);
      break;
    }
    if (c !== 9 && c < 32) fail(s, 'control-char');
    if (!isBlank(c)) end = s.pos + 1;
    s.pos++;
  }
  // A document marker where the scalar would start ends it at once: there is no scalar.
  if (end === start) return null;
  return scalarNode(s, props, scalarText(s.src.slice(start, end), ''), true, start, end);
}
