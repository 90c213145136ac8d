// The reader's state and the character-level steps every part of it shares: line breaks,
// separation space and comments, document markers, and where tabs are indentation.

/**
 * Why a document is not valid YAML. A small fixed set: parse.ts words each one for learners.
 * tab: a tab indents a line. map-indent, seq-indent: an entry is indented unlike its siblings.
 * deficient: a line is indented less than the flow collection or quoted text it continues.
 * multiline-key, missing-colon, colon-space: a mapping key is not followed by `: `.
 * text-after: text after a complete value; quote-after: text after a quoted value on its line;
 * value-colon: a second `: ` on a key's line; reserved-start: a value starts with @ ` or %;
 * fence: a Markdown ``` fence line. flow-open, quote-open: a [ { ' or " never closed.
 * flow-comma: two flow items without a comma; flow-empty: a comma with no item before it.
 * escape, control-char, block-header, property, directive: malformed pieces of syntax.
 * too-deep: nested past what the reader follows.
 */
export type SyntaxReason =
  | 'tab'
  | 'map-indent'
  | 'seq-indent'
  | 'deficient'
  | 'multiline-key'
  | 'missing-colon'
  | 'colon-space'
  | 'text-after'
  | 'quote-after'
  | 'value-colon'
  | 'reserved-start'
  | 'fence'
  | 'flow-open'
  | 'flow-comma'
  | 'flow-empty'
  | 'quote-open'
  | 'escape'
  | 'control-char'
  | 'block-header'
  | 'property'
  | 'directive'
  | 'too-deep';

/** The error the reader throws: its offset in the whole input and its reason. */
export class YamlSyntax {
  readonly offset: number;
  readonly reason: SyntaxReason;

  /** Records where the syntax error is and why. */
  constructor(offset: number, reason: SyntaxReason) {
    this.offset = offset;
    this.reason = reason;
  }
}

/** Where the reader is in one document stretch; offsets in nodes are shifted by `base`. */
export interface Scan {
  readonly src: string;
  readonly base: number;
  pos: number;
  /** Counts line breaks read, to tell whether a node stayed on its line. */
  line: number;
  lineStart: number;
  /** The spaces that indent the current line (tabs never count). */
  lineIndent: number;
  /** The first tab in the current line's indentation, or -1. */
  tab: number;
  /** The end of the last token read: where an empty scalar's position is searched from. */
  cursor: number;
  depth: number;
  /**
   * A tab in the blanks after the last `-`, `?` or `:` indicator on line `compactLine`, or -1:
   * a block collection may not start after it on that line (the tab would indent it).
   */
  compactTab: number;
  compactLine: number;
}

/** The character code at `at` (the reader's position by default), 0 past the end. */
export function code(s: Scan, at = s.pos): number {
  return s.src.charCodeAt(at) || 0;
}

/** Throws the syntax error `reason` at `at` (the reader's position by default). */
export function fail(s: Scan, reason: SyntaxReason, at = s.pos): never {
  throw new YamlSyntax(s.base + at, reason);
}

/** Whether a character is a line break. */
export function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Whether a character is a space or a tab. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/** Whether a character ends a token: blank, line break or the end of the text. */
export function isEndOrSpace(c: number): boolean {
  return c === 0 || isBlank(c) || isBreak(c);
}

/** Whether a character is one of the flow indicators , [ ] { }. */
export function isFlowMark(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Where the current line ends: its line break, or the end of the text. */
export function lineEnd(s: Scan): number {
  const src = s.src;
  let i = s.pos;
  while (i < src.length && src.charCodeAt(i) !== 10 && src.charCodeAt(i) !== 13) i++;
  return i;
}

/** Consumes one line break (LF, CRLF or CR) and starts the next line. */
export function lineBreak(s: Scan): void {
  if (code(s) === 13 && code(s, s.pos + 1) === 10) s.pos++;
  s.pos++;
  s.line++;
  s.lineStart = s.pos;
  s.lineIndent = 0;
  s.tab = -1;
}

/**
 * Skips blanks, line breaks and (when `comments`) comments, counting the indentation of each new
 * line and noting a tab in it; returns how many line breaks it crossed. A `#` starts a comment
 * only after a blank or at the start of a line.
 */
export function skipSpace(s: Scan, comments: boolean): number {
  let breaks = 0;
  let indenting = s.pos - s.lineStart === s.lineIndent;
  let separated = indenting || isEndOrSpace(code(s, s.pos - 1));
  for (;;) {
    while (isBlank(code(s))) {
      if (indenting && code(s) === 9 && s.tab === -1) s.tab = s.pos;
      separated = true;
      s.pos++;
    }
    if (comments && separated && code(s) === 35) {
      s.pos = lineEnd(s);
    }
    if (!isBreak(code(s))) return breaks;
    lineBreak(s);
    breaks++;
    separated = indenting = true;
    while (code(s) === 32) {
      s.lineIndent++;
      s.pos++;
    }
  }
}

/** Whether `---` or `...` followed by a blank, a line break or the end sits at `at`. */
export function isDocumentMarker(s: Scan, at = s.pos): boolean {
  const c = code(s, at);
  return (
    (c === 45 || c === 46) &&
    code(s, at + 1) === c &&
    code(s, at + 2) === c &&
    isEndOrSpace(code(s, at + 3))
  );
}

/** Whether a Markdown code fence (```) starts at the reader's position. */
export function isFence(s: Scan): boolean {
  return code(s) === 96 && code(s, s.pos + 1) === 96 && code(s, s.pos + 2) === 96;
}

/** Whether the reader is at a document marker at the start of a line. */
export function atDocumentBoundary(s: Scan): boolean {
  return s.pos === s.lineStart && isDocumentMarker(s);
}

/** The reader's position, to come back to when a guess turns out wrong. */
export type Snapshot = Readonly<
  Pick<Scan, 'pos' | 'line' | 'lineStart' | 'lineIndent' | 'tab' | 'cursor'>
>;

/** Saves the reader's position. */
export function snapshot(s: Scan): Snapshot {
  const { pos, line, lineStart, lineIndent, tab, cursor } = s;
  return { pos, line, lineStart, lineIndent, tab, cursor };
}

/** Goes back to a saved position. */
export function restore(s: Scan, saved: Snapshot): void {
  Object.assign(s, saved);
}
