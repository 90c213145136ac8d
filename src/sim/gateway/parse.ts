import { eachDocument, syntaxMessage } from '../netpol/parse';
import { limitProblem } from '../netpol/parse-limits';
import { isMap, isScalar } from '../netpol/yaml-nodes';
import type { YamlNode } from '../netpol/yaml-nodes';
import { isAbsent, readList, report } from '../netpol/yaml-reader';
import type { Reader } from '../netpol/yaml-reader';
import { objectKey } from './attach';
import { readShape } from './read-shape';
import { KINDS, topShape } from './schema';
import type { Gateway, HTTPRoute, ObjectMeta, ReferenceGrant } from './types';

/** A problem in the manifests: where it is (1-based document, line, column; field path) and what to do. */
export interface ManifestError {
  document: number;
  line: number;
  column: number;
  path: string;
  message: string;
}

/** The objects read from the manifests, by kind. */
export interface GatewayManifests {
  gateways: Gateway[];
  routes: HTTPRoute[];
  referenceGrants: ReferenceGrant[];
  /** "namespace/name" of the Services defined, or undefined when none is (then every Service is assumed to exist). */
  services: string[] | undefined;
  /** Labels of the Namespaces defined, by name. */
  namespaceLabels: Record<string, Record<string, string>>;
}

/** What parseGatewayManifests returns: every object it could read, and every problem it found. */
export interface ParsedManifests {
  resources: GatewayManifests;
  errors: ManifestError[];
}

/** Input beyond these is refused before parsing (as the NetworkPolicy parser does). */
const GATEWAY_PARSE_LIMITS = { maxBytes: 256 * 1024, maxDepth: 64, maxDocuments: 200 };

/** Where the kinds read go. */
const HINT_OTHER_KINDS =
  'this playground reads Gateway, HTTPRoute, ReferenceGrant, Service and Namespace objects';

/** Reads one object of a known kind into the result, or reports why it cannot. */
function readObject(reader: Reader, node: YamlNode, prefix: string, out: GatewayManifests): void {
  const kindNode = isMap(node)
    ? node.items.find((p) => isScalar(p.key) && p.key.value === 'kind')?.value
    : undefined;
  const kind =
    isScalar(kindNode) && typeof kindNode.value === 'string' ? kindNode.value : undefined;
  const entry = kind === undefined ? undefined : KINDS[kind];
  const itemReader: Reader = { ...reader, prefix };
  if (kind === undefined || !entry) {
    const hint = kind === 'Ingress' ? ' Switch the playground to the Ingress API to read it.' : '';
    report(
      itemReader,
      kindNode ?? node,
      'kind',
      kind === undefined
        ? `kind is missing: add kind: HTTPRoute (or Gateway, ReferenceGrant).`
        : `kind ${kind} is not read here: ${HINT_OTHER_KINDS}.${hint}`,
    );
    return;
  }
  const before = reader.errors.length;
  const object = readShape(itemReader, node, '', topShape(entry.spec)) as
    Record<string, unknown> | undefined;
  const apiVersion = object?.['apiVersion'];
  if (typeof apiVersion === 'string' && !entry.versions.includes(apiVersion)) {
    const apiNode = isMap(node)
      ? node.items.find((p) => isScalar(p.key) && p.key.value === 'apiVersion')?.value
      : node;
    report(
      itemReader,
      apiNode,
      'apiVersion',
      `apiVersion ${apiVersion} does not serve ${kind}: use ${entry.versions.join(' or ')}.`,
    );
  }
  if (!object || reader.errors.length > before) return;
  addObject(kind, object, out);
}

/** Files a checked object under its kind. */
function addObject(kind: string, object: Record<string, unknown>, out: GatewayManifests): void {
  const metadata = object['metadata'] as ObjectMeta;
  if (kind === 'Gateway') out.gateways.push(object as unknown as Gateway);
  else if (kind === 'HTTPRoute') out.routes.push(object as unknown as HTTPRoute);
  else if (kind === 'ReferenceGrant') out.referenceGrants.push(object as unknown as ReferenceGrant);
  else if (kind === 'Service') (out.services ??= []).push(objectKey(metadata));
  else out.namespaceLabels[metadata.name] = metadata.labels ?? {};
}

/** Reads one document: an object, or a `kind: List` of them. */
function readDocument(reader: Reader, root: YamlNode, out: GatewayManifests): void {
  const kind = isMap(root)
    ? root.items.find((p) => isScalar(p.key) && p.key.value === 'kind')?.value
    : undefined;
  if (isScalar(kind) && kind.value === 'List' && isMap(root)) {
    const items = root.items.find((p) => isScalar(p.key) && p.key.value === 'items')?.value;
    if (isAbsent(items)) return;
    (readList(reader, items, 'items') ?? []).forEach((item, i) => {
      readObject(reader, item as YamlNode, `items[${String(i)}]`, out);
    });
    return;
  }
  readObject(reader, root, '', out);
}

/** Puts errors in document, line, column order. */
function sorted(errors: ManifestError[]): ManifestError[] {
  return [...errors].sort(
    (a, b) => a.document - b.document || a.line - b.line || a.column - b.column,
  );
}

/**
 * Reads pasted YAML or JSON (several documents separated by `---`, or a `kind: List`) into
 * Gateways, HTTPRoutes, ReferenceGrants, Services and Namespaces, checked field by field like the
 * API server; each problem becomes an error with its document, line, column, field path and a
 * plain-language fix. A document with an error yields no object. Never throws.
 *
 * @example
 * parseGatewayManifests('kind: HTTPRoute\napiVersion: gateway.networking.k8s.io/v1\nmetadata: {name: a}\nspec:\n  rule: []\n')
 *   .errors[0]?.message; // "unknown field 'rule' in spec: did you mean 'rules'?"
 */
export function parseGatewayManifests(text: string): ParsedManifests {
  const out: GatewayManifests = {
    gateways: [],
    routes: [],
    referenceGrants: [],
    services: undefined,
    namespaceLabels: {},
  };
  const errors: ManifestError[] = [];
  const source = String(text);
  const refused = limitProblem(source, GATEWAY_PARSE_LIMITS, {
    items: 'manifests',
    object: 'Gateway API resource',
  });
  if (refused !== null) {
    return {
      resources: out,
      errors: [{ document: 1, line: 1, column: 1, path: '', message: refused }],
    };
  }
  eachDocument(
    source,
    errors,
    (reader, contents) => readDocument(reader, contents as YamlNode, out),
    (reader, error) => {
      const { line, col } = reader.lineCounter.linePos(error.offset);
      const message = syntaxMessage(error.reason);
      errors.push({ document: reader.document, line, column: col, path: '', message });
    },
  );
  return { resources: out, errors: sorted(errors) };
}
