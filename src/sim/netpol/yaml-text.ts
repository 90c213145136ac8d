import { isBlank, isBreak } from './yaml-scan';

// The text of plain and quoted scalars from their source: lines folded (one line break becomes
// a space, n breaks n-1 newlines, the blanks around them dropped), '' read as a quote inside
// single quotes, escapes decoded inside double quotes.

/** The one-character escapes of double-quoted YAML... */
export const ESCAPE_KEYS = '0abt\tnvfre "/\\N_LP';
/** ...and, at the same index, what each stands for. */
const ESCAPE_VALUES = '\0\x07\b\t\t\n\v\f\r\x1b "/\\\x85\xa0\u2028\u2029';
/** How many hex digits follow \x, \u and \U. */
export const HEX_LENGTH: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * Folds the line breaks starting at `at` (with the blanks around them): returns where the next
 * text starts and the folded breaks, a space for one break, n-1 newlines for n.
 */
function foldBreaks(raw: string, at: number): [number, string] {
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

/** The character of a \x, \u or \U escape's hex digits (an invalid code point becomes U+FFFD). */
function hexCharacter(hex: string): string {
  const point = parseInt(hex, 16);
  return point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd';
}

/** Decodes the escape at `at` (its backslash): the text it stands for and where the next text starts. */
function unescape(raw: string, at: number): [number, string] {
  const escaped = raw[at + 1] ?? '';
  const digits = HEX_LENGTH[escaped] ?? 0;
  // An escaped line break joins the lines without a space.
  if (isBreak(raw.charCodeAt(at + 1))) return [foldBreaks(raw, at + 1)[0], ''];
  if (digits === 0) return [at + 2, ESCAPE_VALUES[ESCAPE_KEYS.indexOf(escaped)] ?? ''];
  return [at + 2 + digits, hexCharacter(raw.slice(at + 2, at + 2 + digits))];
}

/**
 * The text of a scalar from its source between the quotes (`quote` is ', " or '' for a plain
 * scalar, whose source ends at its last non-blank character).
 */
export function scalarText(raw: string, quote: string): string {
  if (!/['\\\r\n]/.test(raw)) return raw;
  let out = '';
  let from = 0;
  let kept = 0;
  for (let i = 0; i < raw.length;) {
    const c = raw.charCodeAt(i);
    let next: [number, string] | null = null;
    if (quote === "'" && c === 39) next = [i + 2, "'"];
    else if (quote === '"' && c === 92) next = unescape(raw, i);
    if (next) out += raw.slice(from, i);
    else if (isBreak(c)) {
      out += raw.slice(from, kept);
      next = foldBreaks(raw, i);
    }
    if (next) {
      out += next[1];
      i = from = kept = next[0];
    } else if (!isBlank(raw.charCodeAt(i++))) kept = i;
  }
  return out + raw.slice(from);
}
