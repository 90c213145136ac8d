import { failIndent } from './yaml-block';
import { BLOCK_OUT, compose } from './yaml-compose';
import type { YamlNode } from './yaml-nodes';
import { YamlSyntax, atDocumentBoundary, code, fail, isDocumentMarker, lineEnd } from './yaml-scan';
import { isFence, skipSpace } from './yaml-scan';
import type { Scan, SyntaxReason } from './yaml-scan';

/** A YAML syntax error: where it is in the whole input, and why (parse.ts words each reason). */
export interface YamlSyntaxError {
  readonly offset: number;
  readonly reason: SyntaxReason;
}

/** One document of the input: its content (null when empty), or the syntax error that stopped it. */
export interface YamlDocument {
  /** Where the document starts in the input. */
  readonly offset: number;
  readonly contents: YamlNode | null;
  readonly error: YamlSyntaxError | null;
}

/** A line that starts or ends a document: `---` or `...` alone or followed by a space. */
const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/** A line with no content: blank, or a comment or a directive (%YAML, %TAG). */
const NO_CONTENT_LINE = /^[ \t]*(?:[#%].*)?$/;

/**
 * Whether a stretch holds no content: only blank lines, comments and directives. Tested line by
 * line: one regex over the whole stretch, with its line breaks optional inside a repeated group,
 * backtracked exponentially on a comment header followed by content (a paste froze the page).
 */
function hasNoContent(stretch: string): boolean {
  return stretch.split(/\r\n|\r|\n/).every((line) => NO_CONTENT_LINE.test(line));
}

/**
 * Splits the input into one stretch per document. A `---` or `...` line at the start of a line
 * always ends a document in YAML, even inside a quoted or block scalar, so each stretch can be
 * parsed on its own and a syntax error stops only its own document. Comments and directives
 * before a `---` belong to the document it starts.
 */
export function documentStretches(text: string): { start: number; end: number }[] {
  const cuts = new Set<number>([0]);
  for (const match of text.matchAll(MARKER)) {
    if (match[0] === '---') cuts.add(match.index);
    else {
      const lineEnd = text.indexOf('\n', match.index);
      cuts.add(lineEnd === -1 ? text.length : lineEnd + 1);
    }
  }
  const starts = [...cuts].filter((cut) => cut < text.length).sort((a, b) => a - b);
  const stretches: { start: number; end: number }[] = [];
  starts.forEach((start, i) => {
    const end = starts[i + 1] ?? text.length;
    const previous = stretches.at(-1);
    if (previous && hasNoContent(text.slice(previous.start, previous.end))) previous.end = end;
    else stretches.push({ start, end });
  });
  return stretches;
}

/** An explicit document end: a stretch holding one is a document even when empty. */
const END_MARKER = /^\.\.\.(?=[ \t\r\n]|$)/m;

/** Reads the directives (%YAML, %TAG: accepted, not checked) and a `---`; says if `---` was there. */
function readDocumentStart(s: Scan): { marker: boolean; compact: boolean } {
  let directives = false;
  while (s.lineIndent === 0 && code(s) === 37) {
    s.pos = lineEnd(s);
    directives = true;
    skipSpace(s, true);
  }
  if (s.lineIndent !== 0 || code(s) !== 45 || !isDocumentMarker(s)) {
    if (directives) fail(s, 'directive');
    return { marker: false, compact: true };
  }
  const line = s.line;
  s.pos += 3;
  skipSpace(s, true);
  // A block collection may not start on the `---` line itself.
  return { marker: true, compact: s.line > line };
}

/** Reads a `...` that ends the document; nothing but a comment may follow it on its line. */
function readDocumentEnd(s: Scan): boolean {
  if (!atDocumentBoundary(s) || code(s) !== 46) return false;
  s.pos += 3;
  skipSpace(s, true);
  if (code(s) !== 0) fail(s, 'text-after');
  return true;
}

/** Reads the one document of a stretch: its root, or none when the stretch holds no document. */
function readStretch(s: Scan): YamlNode[] {
  const nul = s.src.indexOf('\0');
  if (nul !== -1) fail(s, 'control-char', nul);
  if (code(s) === 0xfeff) s.lineStart = ++s.pos;
  skipSpace(s, true);
  const start = readDocumentStart(s);
  if (!start.marker && (code(s) === 0 || readDocumentEnd(s))) return [];
  const root = compose(s, s.lineIndent - 1, BLOCK_OUT, false, start.compact, start.compact);
  skipSpace(s, true);
  if (!readDocumentEnd(s) && code(s) !== 0) failIndent(s, isFence(s) ? 'fence' : 'text-after');
  return root ? [root] : [];
}

/** Parses one stretch of the input: its document, or the syntax error that stopped it. */
function parseStretch(text: string, start: number, end: number): YamlDocument[] {
  const src = text.slice(start, end);
  const s: Scan = {
    src,
    base: start,
    pos: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    tab: -1,
    cursor: 0,
    depth: 0,
    compactTab: -1,
    compactLine: -1,
  };
  try {
    const roots: (YamlNode | null)[] = readStretch(s);
    if (roots.length === 0 && END_MARKER.test(src)) roots.push(null);
    return roots.map((contents) => ({ offset: start, contents, error: null }));
  } catch (error) {
    if (!(error instanceof YamlSyntax)) throw error;
    return [
      { offset: start, contents: null, error: { offset: error.offset, reason: error.reason } },
    ];
  }
}

/** Parses every document of the input; never throws on any text (only a bug could). */
export function readYamlDocuments(text: string): YamlDocument[] {
  return documentStretches(text).flatMap(({ start, end }) => parseStretch(text, start, end));
}
