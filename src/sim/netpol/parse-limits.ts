/** Bounds that keep parsePolicies fast on any input (a paste box is open to anything). */
export const PARSE_LIMITS = {
  /** Larger input is refused before parsing. */
  maxBytes: 256 * 1024,
  /** Deeper nesting (block indentation plus flow brackets) is refused before parsing. */
  maxDepth: 64,
  /** More YAML documents than this are refused. */
  maxDocuments: 200,
  /** Policies beyond this many are not read. */
  maxPolicies: 500,
  /** Errors beyond this many are summed up in one last error. */
  maxErrors: 500,
} as const;

/** The UTF-8 size of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** An upper bound on the number of YAML documents: one, plus one per line starting with '---'. */
export function documentCount(text: string): number {
  const markers = text.match(/^---(?=[ \t\r\n]|$)/gm);
  return 1 + (markers?.length ?? 0);
}

/** Scanner state carried from line to line. */
interface ScanState {
  /** Indentation columns of the open block levels. */
  stack: number[];
  /** Open flow brackets ([ and {). */
  flow: number;
  quote: '"' | "'" | null;
  /** Inside a block scalar (| or >): lines indented deeper than this are text. */
  blockScalarIndent: number | null;
  max: number;
}

/**
 * Estimates how deeply a YAML text nests (block levels plus open flow brackets), stopping once
 * it passes `limit`. It errs on the high side; real NetworkPolicies stay far below 64.
 */
export function nestingDepth(text: string, limit: number): number {
  const state: ScanState = { stack: [], flow: 0, quote: null, blockScalarIndent: null, max: 0 };
  for (const line of text.split('\n')) {
    scanLine(state, line);
    if (state.max > limit) break;
  }
  return state.max;
}

/** Advances the scanner over one line. */
function scanLine(state: ScanState, line: string): void {
  const indent = line.length - line.trimStart().length;
  const content = line.trim();
  if (state.blockScalarIndent !== null) {
    if (content === '' || indent > state.blockScalarIndent) return;
    state.blockScalarIndent = null;
  }
  let start = 0;
  if (state.flow === 0 && state.quote === null) {
    if (content === '' || content.startsWith('#')) return;
    if (/^(---|\.\.\.)/.test(content)) state.stack = [];
    while (state.stack.length > 0 && (state.stack.at(-1) ?? 0) >= indent) state.stack.pop();
    state.stack.push(indent);
    start = indent;
    // Compact nesting such as "- - - x" opens one level per indicator.
    while (/^[-?](\s|$)/.test(line.slice(start))) {
      start += 2;
      state.stack.push(start);
    }
    if (/(^|[\s:-])[|>][-+0-9]*\s*(#.*)?$/.test(content)) state.blockScalarIndent = indent;
  }
  scanCharacters(state, line, start);
}

/** Counts flow brackets outside quotes and comments on the rest of a line. */
function scanCharacters(state: ScanState, line: string, start: number): void {
  for (let i = start; i < line.length; i++) {
    const c = line[i] ?? '';
    if (state.quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') state.quote = null;
      continue;
    }
    if (state.quote === "'") {
      if (c === "'") state.quote = null;
      continue;
    }
    const before = i === 0 ? ' ' : (line[i - 1] ?? ' ');
    if (c === '#' && /\s/.test(before)) return;
    if ((c === '"' || c === "'") && /[\s:,[{?-]/.test(before)) state.quote = c;
    else if (c === '[' || c === '{') state.flow++;
    else if ((c === ']' || c === '}') && state.flow > 0) state.flow--;
    state.max = Math.max(state.max, state.stack.length + state.flow);
  }
  state.max = Math.max(state.max, state.stack.length + state.flow);
}

/** What a parser's limit messages call its input: `policies`, and the object "NetworkPolicy". */
export interface LimitWords {
  /** What to paste at most N KiB of: "policies", "manifests". */
  items: string;
  /** What no real input nests as deep as: "NetworkPolicy", "Ingress". */
  object: string;
}

/**
 * Why a text is refused before the YAML parser sees it (too large, too many documents, nested too
 * deep), in plain words, or null when it is within `limits`. The NetworkPolicy, Ingress and
 * Gateway API parsers share it.
 */
export function limitProblem(
  text: string,
  limits: { maxBytes: number; maxDepth: number; maxDocuments: number },
  words: LimitWords,
): string | null {
  const { maxBytes, maxDepth, maxDocuments } = limits;
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    const kib = Math.ceil(Math.max(text.length, Math.min(utf8Length(text), 4 * maxBytes)) / 1024);
    return `The input is too large (about ${String(kib)} KiB): paste at most ${String(maxBytes / 1024)} KiB of ${words.items}.`;
  }
  if (documentCount(text) > maxDocuments) {
    return `The input has more than ${String(maxDocuments)} YAML documents: paste fewer at a time.`;
  }
  if (nestingDepth(text, maxDepth) > maxDepth) {
    return `The input nests more than ${String(maxDepth)} levels deep, far more than any ${words.object}: it was not read.`;
  }
  return null;
}
