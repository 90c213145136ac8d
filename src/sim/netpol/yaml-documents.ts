import { parseEvents } from 'js-yaml';
import type { YamlNode } from './yaml-nodes';
import { documentsFromEvents } from './yaml-tree';

/** A YAML syntax error: where it is in the whole input, and the parser's reason. */
export interface YamlSyntaxError {
  readonly offset: number;
  readonly reason: string;
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
/** A stretch of lines with no content: blank lines, comments and directives (%YAML, %TAG). */
const NO_CONTENT = /^(?:[ \t]*(?:[#%][^\n]*)?\r?\n?)*$/;

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
    if (previous && NO_CONTENT.test(text.slice(previous.start, previous.end))) previous.end = end;
    else stretches.push({ start, end });
  });
  return stretches;
}

/** The reason and offset of a parser exception, or a generic reason at the stretch's start. */
function syntaxError(error: unknown, base: number): YamlSyntaxError {
  const { reason, mark } = error as { reason?: unknown; mark?: { position?: unknown } };
  const position = typeof mark?.position === 'number' ? mark.position : 0;
  return {
    offset: base + position,
    reason: typeof reason === 'string' ? reason : 'this document is not valid YAML',
  };
}

/** An explicit document end: a stretch holding one is a document even when empty. */
const END_MARKER = /^\.\.\.(?=[ \t\r\n]|$)/m;
/** How many tabs in one document may be turned into spaces and the document parsed again. */
const MAX_TAB_FIXES = 32;
/** The reason given when a document has more such tabs than that. */
export const TOO_MANY_TABS = 'too many tabs between the items of flow collections';

/**
 * The text with the tabs just before a parser error turned into spaces, or null when the error is
 * not one of those. js-yaml 5 refuses a tab between tokens before or inside a flow collection
 * (`podSelector:\t{}`, `[\tx]`) as "deficient indentation", though YAML allows it there. A tab
 * after `:`, `-`, `,` or `?` on the same line separates tokens, so a space means the same, and it
 * keeps every offset.
 */
export function withSeparatingTabsAsSpaces(source: string, error: unknown): string | null {
  const { reason, mark } = error as { reason?: unknown; mark?: { position?: unknown } };
  if (reason !== 'deficient indentation' || typeof mark?.position !== 'number') return null;
  const end = mark.position;
  let start = end;
  while (start > 0 && ' \t[{'.includes(source[start - 1] ?? '\n')) start--;
  const gap = source.slice(start, end);
  if (!gap.includes('\t') || !':-,?'.includes(source[start - 1] ?? '\n')) return null;
  return `${source.slice(0, start)}${gap.replaceAll('\t', ' ')}${source.slice(end)}`;
}

/** Parses one stretch of the input: its documents, or one document with the error that stopped it. */
function parseStretch(text: string, start: number, end: number): YamlDocument[] {
  let source = text.slice(start, end);
  for (let fixes = 0; ; fixes++) {
    try {
      const documents = documentsFromEvents(parseEvents(source, {}), source, start);
      if (documents.length === 0 && END_MARKER.test(source)) documents.push(null);
      return documents.map((contents) => ({ offset: start, contents, error: null }));
    } catch (error) {
      const fixed = withSeparatingTabsAsSpaces(source, error);
      if (fixed === null || fixes === MAX_TAB_FIXES) {
        const found = syntaxError(error, start);
        // Past the limit, the error points at the tab itself.
        const tab = start + source.lastIndexOf('\t', found.offset - start);
        const located = fixed === null ? found : { offset: tab, reason: TOO_MANY_TABS };
        return [{ offset: start, contents: null, error: located }];
      }
      source = fixed;
    }
  }
}

/** Parses every document of the input; never throws. */
export function readYamlDocuments(text: string): YamlDocument[] {
  return documentStretches(text).flatMap(({ start, end }) => parseStretch(text, start, end));
}
