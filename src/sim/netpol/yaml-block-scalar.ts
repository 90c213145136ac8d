import type { YamlNode } from './yaml-nodes';
import { scalarNode } from './yaml-build';
import type { Props } from './yaml-build';
import { atDocumentBoundary, code, fail, isBlank, isBreak, lineBreak, lineEnd } from './yaml-scan';
import type { Scan } from './yaml-scan';

// Literal (|) and folded (>) block scalars: the header with its chomping (+ keep, - strip) and
// indentation indicators, the lines indented under it, then their text.

/** A block scalar's header: literal or folded, chomping, and the indentation it fixes (or -1). */
interface Header {
  readonly folded: boolean;
  readonly chomping: '' | '+' | '-';
  readonly indent: number;
}

/** Reads the header after `|` or `>` up to its line break. */
function readHeader(s: Scan, parentIndent: number): Header {
  const folded = code(s) === 62;
  let chomping: Header['chomping'] = '';
  let indent = -1;
  for (s.pos++; ; s.pos++) {
    const c = s.src[s.pos] ?? '';
    if ((c === '+' || c === '-') && chomping === '') chomping = c;
    else if (/^[1-9]$/.test(c) && indent === -1) indent = parentIndent + Number(c) - 1;
    else if (c === '+' || c === '-' || /^[0-9]$/.test(c)) fail(s, 'block-header');
    else break;
  }
  const blanks = s.pos;
  while (isBlank(code(s))) s.pos++;
  if (s.pos > blanks && code(s) === 35) s.pos = lineEnd(s);
  if (isBreak(code(s))) lineBreak(s);
  else if (code(s) !== 0) fail(s, 'block-header');
  return { folded, chomping, indent };
}

/** The spaces at the start of the line that starts at `at`. */
function spacesAt(s: Scan, at: number): number {
  let column = 0;
  while (code(s, at + column) === 32) column++;
  return column;
}

/**
 * Reads a block scalar at the reader's position, or returns null if none starts there. Its lines
 * are those indented more than `parentIndent` (or as its indicator says); the node sits at the
 * header.
 */
export function readBlockScalar(s: Scan, parentIndent: number, props: Props): YamlNode | null {
  const c = code(s);
  if (c !== 124 && c !== 62) return null;
  const start = s.pos;
  const header = readHeader(s, parentIndent);
  let indent = header.indent;
  let leading = 0;
  const valueStart = s.pos;
  let valueEnd = s.pos;
  while (code(s) !== 0) {
    const lineAt = s.pos;
    const column = spacesAt(s, lineAt);
    const first = code(s, lineAt + column);
    if (first === 0) {
      if (column > Math.max(indent, 0)) valueEnd = lineAt + column;
      break;
    }
    if (atDocumentBoundary(s)) break;
    const empty = isBreak(first);
    if (header.indent === -1 && indent === -1) {
      if (empty) leading = Math.max(leading, column);
      else if (first === 9 && column < parentIndent) fail(s, 'tab', lineAt + column);
      else if (column >= parentIndent && column < leading) fail(s, 'map-indent', lineAt + column);
      else if (column >= parentIndent) indent = column;
    }
    if (!empty && column < (indent === -1 ? parentIndent + 1 : indent)) {
      s.lineIndent = column;
      s.pos = lineAt + column;
      break;
    }
    s.pos = lineEnd(s);
    if (isBreak(code(s))) lineBreak(s);
    valueEnd = s.pos;
  }
  const text = blockText(s.src.slice(valueStart, valueEnd), indent, header);
  return scalarNode(s, props, text, false, start, valueEnd);
}

/** Newlines for a run of empty lines, plus one when text came before. */
function newlines(emptyLines: number, afterText: boolean): string {
  return '\n'.repeat(emptyLines + (afterText ? 1 : 0));
}

/** The text of a block scalar's lines: indentation removed, folded if `>`, chomped. */
function blockText(region: string, indent: number, header: Header): string {
  const normal = region.replace(/\r\n?/g, '\n');
  const lines = normal === '' ? [] : normal.replace(/\n$/, '').split('\n');
  const width = Math.max(indent, 0);
  let out = '';
  let afterText = false;
  let emptyLines = 0;
  let moreIndented = false;
  for (const line of lines) {
    if (indent < 0 || spacesUpTo(line, width) >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(width);
    if (!header.folded) out += newlines(emptyLines, afterText);
    else if (isBlank(content.charCodeAt(0))) {
      moreIndented = true;
      out += newlines(emptyLines, afterText);
    } else if (moreIndented) {
      moreIndented = false;
      out += newlines(emptyLines, true);
    } else if (emptyLines === 0) out += afterText ? ' ' : '';
    else out += newlines(emptyLines, false);
    out += content;
    afterText = true;
    emptyLines = 0;
  }
  if (header.chomping === '+') return out + newlines(emptyLines, afterText);
  return header.chomping === '-' || !afterText ? out : `${out}\n`;
}

/** The leading spaces of a line, counted up to `width`. */
function spacesUpTo(line: string, width: number): number {
  let column = 0;
  while (column < width && line.charCodeAt(column) === 32) column++;
  return column;
}
