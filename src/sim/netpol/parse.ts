import { keepUnique, readDocument } from './documents';
import type { ReadPolicy } from './documents';
import { linePositions } from './line-positions';
import { PARSE_LIMITS, limitProblem } from './parse-limits';
import type { ParseResult, PolicyError } from './types';
import { isAbsent } from './yaml-reader';
import type { Reader } from './yaml-reader';
import { readYamlDocuments } from './yaml-documents';
import type { YamlSyntaxError } from './yaml-documents';
import type { SyntaxReason } from './yaml-scan';

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

const INDENT_HINT = 'Check the indentation of this line against the lines above it.';
/** Each syntax error reason in plain words, and a hint for its usual causes. */
const SYNTAX_WORDING: Readonly<Record<SyntaxReason, readonly [string, string]>> = {
  tab: [
    'Tabs are not allowed as indentation',
    'YAML indents with spaces only: replace the tab with spaces.',
  ],
  'map-indent': ['Bad indentation of a mapping entry', INDENT_HINT],
  'seq-indent': ['Bad indentation of a sequence entry', INDENT_HINT],
  deficient: [
    'This line does not continue the value above it',
    'A quote, [ or { above is probably not closed; otherwise indent this line further than the key it continues.',
  ],
  'multiline-key': [
    'This line has no colon after its key',
    'Write key: value on one line, with a colon and a space after the key; check for a quote left open above.',
  ],
  'missing-colon': [
    'This key has no colon after it',
    'Write key: value, with a space after the colon.',
  ],
  'colon-space': ['The colon after this key needs a space after it', 'Write key: value.'],
  'text-after': [
    'Unexpected text after the value above',
    'Check for a missing colon after a key, or a list item indented under a plain value.',
  ],
  'quote-after': [
    'There is text after the closing quote',
    "End the value at its closing quote; inside '…' write a quote as '' (it's → 'it''s'), inside \"…\" as \\\".",
  ],
  'value-colon': [
    'A second colon on this line',
    "A value may not contain ': ' unless it is quoted: write key: 'a: b', or put the nested key on its own line.",
  ],
  'reserved-start': [
    'A plain value cannot start with @, ` or %',
    "Quote the value: write key: '@x'.",
  ],
  fence: [
    'This is a Markdown ``` fence line, not YAML',
    'Remove the ``` fence lines around the manifest and paste only the YAML between them.',
  ],
  'flow-open': ['A [ or { above is not closed', 'Add the ] or } that closes it.'],
  'flow-comma': [
    'Missing comma between the items of a [ ] or { }',
    'Separate the items with commas, and check that every quote is closed.',
  ],
  'flow-empty': ['This comma has no item before it', 'Remove the extra comma.'],
  'quote-open': ['A quoted string is not closed', 'Add the closing quote.'],
  escape: [
    'Unknown escape sequence in a double-quoted string',
    'Write \\\\ for a backslash, or quote the text with single quotes instead.',
  ],
  'control-char': [
    'The text holds a control character',
    'Remove it, or write it as an escape such as \\t inside double quotes.',
  ],
  'block-header': [
    'Bad | or > block header',
    'After | or > only a chomping sign (+ or -), an indentation digit (1 to 9) and a comment may follow.',
  ],
  property: [
    'Bad anchor, alias or tag',
    'An & anchor, * alias or ! tag needs a name right after it; a value takes one of each at most, an alias none.',
  ],
  directive: [
    'A % directive must be followed by a --- line',
    'Add --- after the directives, or remove them.',
  ],
  'too-deep': ['This value nests too deeply', 'Flatten the nesting.'],
};

/**
 * A YAML syntax error said for learners: what is wrong and the usual fix. The NetworkPolicy,
 * Ingress and Gateway API parsers all word syntax errors with it.
 */
export function syntaxMessage(reason: SyntaxReason): string {
  const [words, hint] = SYNTAX_WORDING[reason];
  return `YAML syntax error: ${words}. ${hint}`;
}

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
  reader.errors.push({
    document: reader.document,
    line,
    column: col,
    path: '',
    message: syntaxMessage(error.reason),
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
