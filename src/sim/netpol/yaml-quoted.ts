import type { YamlNode } from './yaml-nodes';
import { scalarNode } from './yaml-build';
import type { Props } from './yaml-build';
import { atDocumentBoundary, code, fail, isBreak, skipSpace } from './yaml-scan';
import type { Scan } from './yaml-scan';
import { ESCAPE_KEYS, HEX_LENGTH, scalarText } from './yaml-text';

// Single- and double-quoted scalars: where they end (yaml-text.ts reads their text).

/** Steps over a line break inside quotes; the next line must stay inside the node's indentation. */
function quotedBreak(s: Scan, nodeIndent: number): void {
  skipSpace(s, false);
  if (code(s) === 0) fail(s, 'quote-open');
  if (s.lineIndent < nodeIndent) fail(s, 'deficient');
}

/** Checks one character inside quotes: a document marker or a control character ends the read. */
function checkQuoted(s: Scan, c: number): void {
  if (atDocumentBoundary(s)) fail(s, 'quote-open');
  if (c !== 9 && c < 32) fail(s, 'control-char');
}

/** Steps over one escape sequence after its backslash. */
function skipEscape(s: Scan, nodeIndent: number): void {
  const escaped = s.src[s.pos] ?? '';
  if (isBreak(code(s))) return quotedBreak(s, nodeIndent);
  if (escaped !== '' && ESCAPE_KEYS.includes(escaped)) {
    s.pos++;
    return;
  }
  const digits = HEX_LENGTH[escaped] ?? 0;
  if (digits === 0 || !/^[0-9a-fA-F]+$/.test(s.src.slice(s.pos + 1, s.pos + 1 + digits))) {
    fail(s, 'escape');
  }
  if (s.src.length < s.pos + 1 + digits) fail(s, 'escape');
  s.pos += 1 + digits;
}

/**
 * Reads a single- or double-quoted scalar at the reader's position, or returns null if none
 * starts there. Inside single quotes '' is a quote; inside double quotes \ starts an escape.
 */
export function readQuoted(s: Scan, nodeIndent: number, props: Props): YamlNode | null {
  const quote = code(s);
  if (quote !== 39 && quote !== 34) return null;
  const start = s.pos++;
  while (code(s) !== 0) {
    const c = code(s);
    if (c === 39 && quote === 39 && code(s, s.pos + 1) === 39) s.pos += 2;
    else if (c === quote) {
      const text = scalarText(s.src.slice(start + 1, s.pos++), s.src.charAt(start));
      return scalarNode(s, props, text, false, start, s.pos);
    } else if (c === 92 && quote === 34) {
      s.pos++;
      skipEscape(s, nodeIndent);
    } else if (isBreak(c)) quotedBreak(s, nodeIndent);
    else {
      checkQuoted(s, c);
      s.pos++;
    }
  }
  return fail(s, 'quote-open');
}
