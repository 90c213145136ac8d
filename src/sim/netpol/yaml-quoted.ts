import type { YamlNode } from './yaml-nodes';
import { scalarNode } from './yaml-build';
import type { Props } from './yaml-build';
import { atDocumentBoundary, code, fail, isBlank, isBreak, skipSpace } from './yaml-scan';
import type { Scan } from './yaml-scan';

// Single- and double-quoted scalars: where they end, then their text with lines folded
// (one line break becomes a space, n breaks n-1 newlines) and escapes decoded.

/** The one-character escapes of double-quoted YAML and what they stand for. */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
/** How many hex digits follow \x, \u and \U. */
const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

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

/** Reads a single-quoted scalar at the reader's position, or returns null if none starts there. */
export function readSingleQuoted(s: Scan, nodeIndent: number, props: Props): YamlNode | null {
  if (code(s) !== 39) return null;
  const start = s.pos++;
  while (code(s) !== 0) {
    const c = code(s);
    if (c === 39 && code(s, s.pos + 1) === 39) s.pos += 2;
    else if (c === 39) {
      const text = singleQuotedText(s.src.slice(start + 1, s.pos++));
      return scalarNode(s, props, text, false, start, s.pos);
    } else if (isBreak(c)) quotedBreak(s, nodeIndent);
    else {
      checkQuoted(s, c);
      s.pos++;
    }
  }
  return fail(s, 'quote-open');
}

/** Steps over one escape sequence after its backslash. */
function skipEscape(s: Scan, nodeIndent: number): void {
  const escaped = s.src[s.pos] ?? '';
  if (isBreak(code(s))) return quotedBreak(s, nodeIndent);
  if (Object.hasOwn(ESCAPES, escaped)) {
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

/** Reads a double-quoted scalar at the reader's position, or returns null if none starts there. */
export function readDoubleQuoted(s: Scan, nodeIndent: number, props: Props): YamlNode | null {
  if (code(s) !== 34) return null;
  const start = s.pos++;
  while (code(s) !== 0) {
    const c = code(s);
    if (c === 34) {
      const text = doubleQuotedText(s.src.slice(start + 1, s.pos++));
      return scalarNode(s, props, text, false, start, s.pos);
    }
    if (c === 92) {
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

/**
 * Folds the line breaks starting at `at` (with the blanks around them): returns where the next
 * text starts and the folded breaks, a space for one break, n-1 newlines for n.
 */
export function foldBreaks(raw: string, at: number): [number, string] {
  let i = at;
  let breaks = 0;
  for (;;) {
    const c = raw.charCodeAt(i);
    if (c === 13 && raw.charCodeAt(i + 1) === 10) i++;
    if (isBreak(c)) breaks++;
    else if (!isBlank(c)) break;
    i++;
  }
  return [i, breaks === 1 ? ' ' : '\n'.repeat(breaks - 1)];
}

/** The text between single quotes: '' is a quote, line breaks fold, trailing blanks of a line go. */
function singleQuotedText(raw: string): string {
  if (!/['\r\n]/.test(raw)) return raw;
  let out = '';
  let from = 0;
  let kept = 0;
  for (let i = 0; i < raw.length;) {
    const c = raw.charCodeAt(i);
    if (c === 39) {
      out += `${raw.slice(from, i)}'`;
      i += 2;
      from = kept = i;
    } else if (isBreak(c)) {
      out += raw.slice(from, kept);
      const [next, folded] = foldBreaks(raw, i);
      out += folded;
      i = from = kept = next;
    } else {
      i++;
      if (!isBlank(c)) kept = i;
    }
  }
  return out + raw.slice(from);
}

/** The character of a \x, \u or \U escape's hex digits (an invalid code point becomes U+FFFD). */
function hexCharacter(hex: string): string {
  const point = parseInt(hex, 16);
  return point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd';
}

/** The text between double quotes, escapes decoded and line breaks folded. */
function doubleQuotedText(raw: string): string {
  if (!/[\\\r\n]/.test(raw)) return raw;
  let out = '';
  let from = 0;
  let kept = 0;
  for (let i = 0; i < raw.length;) {
    const c = raw.charCodeAt(i);
    if (c === 92) {
      out += raw.slice(from, i);
      const escaped = raw[i + 1] ?? '';
      const digits = HEX_LENGTH[escaped] ?? 0;
      if (isBreak(raw.charCodeAt(i + 1))) i = foldBreaks(raw, i + 1)[0];
      else if (digits === 0) {
        out += ESCAPES[escaped] ?? '';
        i += 2;
      } else {
        out += hexCharacter(raw.slice(i + 2, i + 2 + digits));
        i += 2 + digits;
      }
      from = kept = i;
    } else if (isBreak(c)) {
      out += raw.slice(from, kept);
      const [next, folded] = foldBreaks(raw, i);
      out += folded;
      i = from = kept = next;
    } else {
      i++;
      if (!isBlank(c)) kept = i;
    }
  }
  return out + raw.slice(from);
}
