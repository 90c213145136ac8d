// A small YAML tokenizer for syntax highlighting (the policy list and the editor): one pass over
// the text, line by line, never backtracking, so even a large paste costs linear time. It only
// colours; whether the YAML is valid is the engine's parser's job.

/** What a token is, which decides its colour. */
export type TokenKind =
  'key' | 'string' | 'number' | 'literal' | 'comment' | 'punct' | 'marker' | 'anchor' | 'text';

/** A run of characters of one kind. */
export interface Token {
  kind: TokenKind;
  text: string;
}

/** Tokenizer state carried from line to line. */
interface LineState {
  /** Open flow brackets ([ and {): inside them a comma ends a plain scalar. */
  flow: number;
  /** Inside a block scalar (| or >): lines indented deeper than this are text (null: not inside). */
  blockIndent: number | null;
}

const LITERALS = /^(?:true|false|yes|no|on|off|null|~|True|False|TRUE|FALSE|Null|NULL)$/;
const NUMBER = /^[-+]?(?:\d[\d_]*(?:\.\d*)?(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/;

/**
 * Splits YAML text into lines of tokens; joining every token's text of a line gives the line back.
 *
 * @example
 * highlightYaml('a: 1 # one')[0];
 * // [{ kind: 'key', text: 'a' }, { kind: 'punct', text: ':' }, { kind: 'text', text: ' ' },
 * //  { kind: 'number', text: '1' }, { kind: 'text', text: ' ' }, { kind: 'comment', text: '# one' }]
 */
export function highlightYaml(text: string): Token[][] {
  const state: LineState = { flow: 0, blockIndent: null };
  return text.split('\n').map((line) => tokenizeLine(line, state));
}

/** Tokenizes one line, updating the state for the next. */
function tokenizeLine(line: string, state: LineState): Token[] {
  const indent = line.length - line.trimStart().length;
  if (state.blockIndent !== null) {
    if (line.trim() === '' || indent > state.blockIndent) return line ? [tok('string', line)] : [];
    state.blockIndent = null;
  }
  if (/^(?:---|\.\.\.)(?=\s|$)/.test(line)) {
    return [tok('marker', line.slice(0, 3)), ...scan(line, 3, state, indent)];
  }
  return scan(line, 0, state, indent);
}

/** Scans a line from `start`, one token at a time. */
function scan(line: string, start: number, state: LineState, indent: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < line.length) {
    const c = line.charAt(i);
    const next = line.charAt(i + 1);
    if (c === ' ' || c === '\t' || c === '\r') {
      const end = skipWhile(line, i, (ch) => ch === ' ' || ch === '\t' || ch === '\r');
      push(tokens, 'text', line.slice(i, end));
      i = end;
    } else if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) {
      push(tokens, 'comment', line.slice(i));
      i = line.length;
    } else if (c === '"' || c === "'") {
      const end = quotedEnd(line, i);
      const key = isKeyColon(line, end, state);
      push(tokens, key ? 'key' : 'string', line.slice(i, end));
      i = end;
    } else if ('[]{},'.includes(c)) {
      if (c === '[' || c === '{') state.flow++;
      else if ((c === ']' || c === '}') && state.flow > 0) state.flow--;
      push(tokens, 'punct', c);
      i++;
    } else if ((c === '-' || c === '?' || c === ':') && (next === '' || /\s/.test(next))) {
      push(tokens, 'punct', c);
      i++;
    } else if ((c === '|' || c === '>') && /^[|>][-+0-9]*\s*(#.*)?$/.test(line.slice(i))) {
      const end = skipWhile(line, i, (ch) => !/\s/.test(ch));
      push(tokens, 'punct', line.slice(i, end));
      state.blockIndent = indent;
      i = end;
    } else if (c === '&' || c === '*' || c === '!') {
      const end = skipWhile(line, i + 1, (ch) => !/[\s,[\]{}]/.test(ch));
      push(tokens, 'anchor', line.slice(i, end));
      i = end;
    } else {
      const end = plainEnd(line, i, state);
      const word = line.slice(i, end);
      push(tokens, isKeyColon(line, end, state) ? 'key' : classify(word), word);
      i = end;
    }
  }
  return tokens;
}

/** The end of a plain scalar: before ": ", " #", the line's end, or (in flow) a bracket or comma. */
function plainEnd(line: string, start: number, state: LineState): number {
  let i = start;
  while (i < line.length) {
    const c = line.charAt(i);
    const next = line.charAt(i + 1);
    if (c === ':' && (next === '' || /\s/.test(next) || (state.flow > 0 && /[,[\]{}]/.test(next))))
      break;
    if (c === '#' && i > start && /\s/.test(line.charAt(i - 1))) break;
    if (state.flow > 0 && /[,[\]{}]/.test(c)) break;
    i++;
  }
  // Trailing spaces belong to the gap, not the scalar.
  while (i > start + 1 && /\s/.test(line.charAt(i - 1))) i--;
  // A lone indicator (":" before a flow bracket) is still one character of progress.
  return Math.max(i, start + 1);
}

/** The end of a quoted scalar starting at `start` ('' escapes ' in single quotes, \ in double). */
function quotedEnd(line: string, start: number): number {
  const quote = line.charAt(start);
  let i = start + 1;
  while (i < line.length) {
    const c = line.charAt(i);
    if (quote === '"' && c === '\\') i += 2;
    else if (c === quote && quote === "'" && line.charAt(i + 1) === "'") i += 2;
    else if (c === quote) return i + 1;
    else i++;
  }
  return line.length;
}

/** Whether the scalar ending at `end` is a key: a colon follows (after optional spaces). */
function isKeyColon(line: string, end: number, state: LineState): boolean {
  const i = skipWhile(line, end, (ch) => ch === ' ' || ch === '\t');
  if (line.charAt(i) !== ':') return false;
  const after = line.charAt(i + 1);
  return after === '' || /\s/.test(after) || (state.flow > 0 && /[,[\]{}]/.test(after));
}

/** The kind of a plain scalar that is not a key. */
function classify(word: string): TokenKind {
  if (NUMBER.test(word)) return 'number';
  if (LITERALS.test(word)) return 'literal';
  return 'text';
}

/** The first index from `start` whose character fails the test. */
function skipWhile(line: string, start: number, test: (c: string) => boolean): number {
  let i = start;
  while (i < line.length && test(line.charAt(i))) i++;
  return i;
}

/** Appends a token, merging it into the previous one when both are plain text. */
function push(tokens: Token[], kind: TokenKind, text: string): void {
  if (text === '') return;
  const last = tokens.at(-1);
  if (last && last.kind === 'text' && kind === 'text') last.text += text;
  else tokens.push(tok(kind, text));
}

/** A token. */
function tok(kind: TokenKind, text: string): Token {
  return { kind, text };
}
