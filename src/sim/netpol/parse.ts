import { keepUnique, readDocument } from './documents';
import type { ReadPolicy } from './documents';
import { linePositions } from './line-positions';
import { PARSE_LIMITS, limitProblem } from './parse-limits';
import type { ParseResult, PolicyError } from './types';
import { isAbsent } from './yaml-reader';
import type { Reader } from './yaml-reader';
import { readYamlDocuments } from './yaml-documents';
import { TOO_MANY_TABS } from './yaml-documents';
import type { YamlSyntaxError } from './yaml-documents';

/**
 * Reads every YAML document of a text and hands each non-empty one to `visit` with a Reader that
 * places its errors (document, line, column); a document that is not valid YAML goes to
 * `onSyntax` instead. The NetworkPolicy, Ingress and Gateway API parsers all read through it, so
 * bundlers keep this parser and the YAML layer in one chunk: split in two, the NetworkPolicy pages
 * would load about 0.8 KB more (and go over their budget).
 */
export function eachDocument(
  text: string,
  errors: PolicyError[],
  visit: (reader: Reader, contents: unknown, document: number) => void,
  onSyntax: (reader: Reader, error: YamlSyntaxError) => void,
): void {
  const lineCounter = linePositions(text);
  readYamlDocuments(text).forEach((document, i) => {
    const reader: Reader = {
      document: i + 1,
      lineCounter,
      errors,
      prefix: '',
      fallbackOffset: document.offset,
    };
    if (document.error) onSyntax(reader, document.error);
    else if (!isAbsent(document.contents)) visit(reader, document.contents, i + 1);
  });
}

const INDENT_HINT = ' Check the indentation of this line against the lines above it.';
const UNCLOSED_FLOW = ' A [ or { above is not closed: add the ] or }.';
const UNCLOSED_QUOTE = ' A quote above is not closed: add the closing quote.';
/** Plain-language hints for the usual causes of the parser's errors, by the parser's reason. */
const SYNTAX_HINTS: Readonly<Record<string, string>> = {
  'tab characters must not be used in indentation':
    ' YAML indents with spaces only: replace the tab with spaces.',
  'bad indentation of a mapping entry': INDENT_HINT,
  'bad indentation of a sequence entry': INDENT_HINT,
  'deficient indentation':
    ' A quote, [ or { above is probably not closed; otherwise indent this line further than the key it continues.',
  'can not read a block mapping entry; a multiline key may not be an implicit key':
    ' A key and its colon must be on one line; check for a missing colon or quote above.',
  'end of the stream or a document separator is expected':
    ' Check for a missing colon after a key, or a list item indented under a plain value.',
  'unexpected end of the stream within a flow collection': UNCLOSED_FLOW,
  'unexpected end of the stream within a double quoted scalar': UNCLOSED_QUOTE,
  'unexpected end of the stream within a single quoted scalar': UNCLOSED_QUOTE,
  'unexpected end of the document within a double quoted scalar': UNCLOSED_QUOTE,
  'unexpected end of the document within a single quoted scalar': UNCLOSED_QUOTE,
  [TOO_MANY_TABS]: ' Replace the tabs around [ ] and { } items with spaces.',
  'missed comma between flow collection entries':
    ' Separate the items of a [ ] or { } with commas, and check that every quote is closed.',
};
/** The parser's reasons said in the words this engine uses. */
const SYNTAX_WORDING: Readonly<Record<string, string>> = {
  'tab characters must not be used in indentation': 'Tabs are not allowed as indentation',
  'deficient indentation': 'this line does not continue the value above it',
};

/**
 * Reads pasted YAML or JSON (several documents with `---`, or a `kind: List`) into valid
 * NetworkPolicies, validated like the API server; every problem becomes a located, plain-language
 * error, and a document with an error yields no policy. Never throws; bounded work for any input.
 *
 * @example
 * const { policies, errors } = parsePolicies(`
 * apiVersion: networking.k8s.io/v1
 * kind: NetworkPolicy
 * metadata: { name: deny-all, namespace: prod }
 * spec:
 *   podSelector: {}
 *   policyTypes: [Ingress, Egress]
 * `);
 * policies.length; // 1
 * parsePolicies('kind: NetworkPolicy\nspec:\n  podselector: {}\n').errors[0]?.message;
 * // "unknown field 'podselector' in spec: did you mean 'podSelector'?"
 */
export function parsePolicies(text: string): ParseResult {
  try {
    return parseWithinLimits(String(text));
  } catch {
    // Only a bug can land here; the learner still gets a message instead of a broken page.
    return {
      policies: [],
      errors: [
        at1(
          'This input could not be read: simplify it (fewer documents, less nesting) and try again.',
        ),
      ],
    };
  }
}

/** An error placed at the start of the input. */
function at1(message: string): PolicyError {
  return { document: 1, line: 1, column: 1, path: '', message };
}

/** Refuses oversized, too deeply nested or too many documents before handing the text to the YAML parser. */
function limitError(text: string): PolicyError | null {
  const problem = limitProblem(text, PARSE_LIMITS, { items: 'policies', object: 'NetworkPolicy' });
  return problem === null ? null : at1(problem);
}

/** Parses the documents and validates each one. */
function parseWithinLimits(text: string): ParseResult {
  const refused = limitError(text);
  if (refused) return { policies: [], errors: [refused] };
  const errors: PolicyError[] = [];
  const read: ReadPolicy[] = [];
  eachDocument(
    text,
    errors,
    (reader, contents) => read.push(...readDocument(reader, contents)),
    reportSyntax,
  );
  const policies = keepUnique(read);
  return { policies, errors: capped(sortErrors(errors)) };
}

/** Turns a YAML syntax error into a located error with a hint for the usual causes. */
function reportSyntax(reader: Reader, error: YamlSyntaxError): void {
  const { line, col } = reader.lineCounter.linePos(error.offset);
  const reason = error.reason.split('\n')[0] ?? '';
  const words = Object.hasOwn(SYNTAX_WORDING, reason) ? (SYNTAX_WORDING[reason] ?? reason) : reason;
  const sentence = `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
  const message = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  const hint = Object.hasOwn(SYNTAX_HINTS, reason) ? (SYNTAX_HINTS[reason] ?? '') : '';
  reader.errors.push({
    document: reader.document,
    line,
    column: col,
    path: '',
    message: `YAML syntax error: ${message}${hint}`,
  });
}

/** Orders errors by document, then line, then column. */
function sortErrors(errors: PolicyError[]): PolicyError[] {
  return errors
    .map((error, order) => ({ error, order }))
    .sort(
      (a, b) =>
        a.error.document - b.error.document ||
        a.error.line - b.error.line ||
        a.error.column - b.error.column ||
        a.order - b.order,
    )
    .map(({ error }) => error);
}

/** Keeps the first maxErrors errors and says how many more there were. */
function capped(errors: PolicyError[]): PolicyError[] {
  const { maxErrors } = PARSE_LIMITS;
  if (errors.length <= maxErrors) return errors;
  const last = errors[maxErrors - 1] ?? at1('');
  return [
    ...errors.slice(0, maxErrors),
    {
      ...last,
      path: '',
      message: `…and ${String(errors.length - maxErrors)} more errors; fix these first.`,
    },
  ];
}
