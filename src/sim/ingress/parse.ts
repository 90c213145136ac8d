import { eachDocument, syntaxMessage } from '../netpol/parse';
import { limitProblem } from '../netpol/parse-limits';
import type { YamlSyntaxError } from '../netpol/yaml-documents';
import type { Reader } from '../netpol/yaml-reader';
import { ingressKey } from './classes';
import { readDocument } from './documents';
import type { ReadObject } from './documents';
import type { Ingress, IngressClass, IngressParseError, IngressParseResult } from './types';

// Reads pasted Ingress and IngressClass manifests with the NetworkPolicy parser's YAML layer:
// every problem is located (document, line, column, field path) and said in plain words.

/** Bounds that keep parsing fast on any paste. */
export const INGRESS_PARSE_LIMITS = {
  maxBytes: 256 * 1024,
  maxDepth: 64,
  maxDocuments: 200,
  maxErrors: 200,
} as const;

/** An error at the very start of the input. */
function atStart(message: string): IngressParseError {
  return { document: 1, line: 1, column: 1, path: '', message };
}

/** Refuses input too large, too deep or with too many documents, before parsing it. */
function limitError(text: string): IngressParseError | null {
  const problem = limitProblem(text, INGRESS_PARSE_LIMITS, {
    items: 'manifests',
    object: 'Ingress',
  });
  return problem === null ? null : atStart(problem);
}

/** A located YAML syntax error with a hint for the usual causes. */
function syntaxError(reader: Reader, error: YamlSyntaxError): IngressParseError {
  const { line, col } = reader.lineCounter.linePos(error.offset);
  const message = syntaxMessage(error.reason);
  return { document: reader.document, line, column: col, path: '', message };
}

/** Keeps the first object of each kind and namespace/name, reporting later duplicates. */
function sortObjects(
  read: { object: ReadObject; document: number }[],
  errors: IngressParseError[],
): IngressParseResult {
  const ingresses: Ingress[] = [];
  const classes: IngressClass[] = [];
  const seen = new Map<string, number>();
  for (const { object, document } of read) {
    if (object.kind === 'other') continue;
    const key =
      object.kind === 'Ingress'
        ? `Ingress ${ingressKey(object.object)}`
        : `IngressClass ${object.object.metadata.name}`;
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        document,
        line: 1,
        column: 1,
        path: 'metadata.name',
        message: `${key} is defined a second time (first in document ${String(first)}): rename one of them.`,
      });
      continue;
    }
    seen.set(key, document);
    if (object.kind === 'Ingress') ingresses.push(object.object);
    else classes.push(object.object);
  }
  return { ingresses, classes, errors };
}

/** What parseIngressManifests returns. */
type ParseOutput = IngressParseResult & {
  ignored: { document: number; kind: string; name: string }[];
};

/**
 * Reads pasted YAML or JSON (several documents with `---`, or a List) into valid Ingresses and
 * IngressClasses; a document with an error yields no object. Other kinds (a Service, a Secret)
 * are skipped and listed in `ignored`. Bounded work for any input.
 */
function parseWithinLimits(text: string): ParseOutput {
  const source = String(text);
  const refused = limitError(source);
  if (refused) return { ingresses: [], classes: [], errors: [refused], ignored: [] };
  const errors: IngressParseError[] = [];
  const read: { object: ReadObject; document: number }[] = [];
  eachDocument(
    source,
    errors,
    (reader, contents, document) =>
      read.push(...readDocument(reader, contents).map((object) => ({ object, document }))),
    (reader, error) => errors.push(syntaxError(reader, error)),
  );
  const ignored = read.flatMap(({ object, document }) =>
    object.kind === 'other' ? [{ document, ...object.object }] : [],
  );
  const result = sortObjects(read, errors);
  const sorted = result.errors.sort(
    (a, b) => a.document - b.document || a.line - b.line || a.column - b.column,
  );
  return { ...result, errors: sorted.slice(0, INGRESS_PARSE_LIMITS.maxErrors), ignored };
}

/**
 * Reads pasted Ingress and IngressClass manifests (several documents, or a List): valid objects,
 * located plain-language errors, and the other kinds it skipped. Never throws: a bug or an input
 * the YAML parser cannot take becomes one error at the start instead of a broken page.
 *
 * @example
 * parseIngressManifests('kind: Ingress\napiVersion: networking.k8s.io/v1\nmetadata: {name: a}\nspec: {}\n').errors[0]?.message;
 * // "spec needs rules or a defaultBackend (or both): …"
 */
export function parseIngressManifests(text: string): ParseOutput {
  try {
    return parseWithinLimits(String(text));
  } catch {
    const message =
      'This input could not be read: simplify it (fewer documents, less nesting) and try again.';
    return { ingresses: [], classes: [], errors: [atStart(message)], ignored: [] };
  }
}
