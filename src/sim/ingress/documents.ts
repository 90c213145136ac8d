import { isMap, isScalar, fieldValue } from '../netpol/yaml-nodes';
import { isAbsent, readFields, readList, report } from '../netpol/yaml-reader';
import type { Reader } from '../netpol/yaml-reader';
import { nested, requiredString } from './read-fields';
import { readIngress, readMetadata } from './validate-ingress';
import type { Ingress, IngressClass } from './types';

// Sorts each YAML document into an Ingress, an IngressClass, a List of them, or another kind.

/** What one document (or List item) turned out to be. */
export type ReadObject =
  | { kind: 'Ingress'; object: Ingress }
  | { kind: 'IngressClass'; object: IngressClass }
  | { kind: 'other'; object: { kind: string; name: string } };

const API_VERSION = 'networking.k8s.io/v1';
const REMOVED_VERSIONS = ['networking.k8s.io/v1beta1', 'extensions/v1beta1'];

/** The string value of a top-level field, when it is one. */
function peek(node: unknown, name: string): { value: string; node: unknown } | null {
  const value = isMap(node) ? fieldValue(node, name) : undefined;
  return isScalar(value) && typeof value.value === 'string'
    ? { value: value.value, node: value }
    : null;
}

/** Reads an IngressClass: metadata and spec.controller (required). */
function readIngressClass(reader: Reader, node: unknown): IngressClass | null {
  const before = reader.errors.length;
  const root = readFields(reader, node, '', ['apiVersion', 'kind', 'metadata', 'spec']);
  if (!root) return null;
  const metadata = readMetadata(reader, root, node);
  const spec = nested(reader, root, 'spec', '', ['controller', 'parameters']);
  if (spec === undefined)
    report(
      reader,
      node,
      'spec',
      'spec is required: add spec: { controller: example.com/ingress-controller }.',
    );
  const controller = spec ? requiredString(reader, node, spec, 'controller', 'spec') : undefined;
  if (!metadata || controller === undefined || reader.errors.length > before) return null;
  return { apiVersion: API_VERSION, kind: 'IngressClass', metadata, spec: { controller } };
}

/** Checks apiVersion for an Ingress or IngressClass; false (with an error) when it cannot be read. */
function versionOk(reader: Reader, node: unknown, kind: string): boolean {
  const version = peek(node, 'apiVersion');
  if (version === null) {
    report(reader, node, 'apiVersion', `apiVersion is required: write apiVersion: ${API_VERSION}.`);
    return false;
  }
  if (version.value === API_VERSION) return true;
  const removed = REMOVED_VERSIONS.includes(version.value);
  report(
    reader,
    version.node,
    'apiVersion',
    removed
      ? `${version.value} ${kind} was removed in Kubernetes v1.22: write apiVersion: ${API_VERSION} (and backend: { service: { name, port: { number } } }).`
      : `${kind} is served as ${API_VERSION}, not ${version.value}.`,
  );
  return false;
}

/** Reads one object by its kind. */
function readObject(reader: Reader, node: unknown): ReadObject[] {
  if (!isMap(node)) {
    report(
      reader,
      node,
      '',
      'This document should be a Kubernetes object (apiVersion, kind, metadata, spec).',
    );
    return [];
  }
  const kind = peek(node, 'kind');
  if (kind === null) {
    report(reader, node, 'kind', 'kind is required: write kind: Ingress (or IngressClass).');
    return [];
  }
  if (kind.value === 'List' || kind.value === 'IngressList') return readListItems(reader, node);
  if (kind.value === 'Ingress' || kind.value === 'IngressClass') {
    if (!versionOk(reader, node, kind.value)) return [];
    if (kind.value === 'Ingress') {
      const ingress = readIngress(reader, node);
      return ingress ? [{ kind: 'Ingress', object: ingress }] : [];
    }
    const ingressClass = readIngressClass(reader, node);
    return ingressClass ? [{ kind: 'IngressClass', object: ingressClass }] : [];
  }
  const name = peek(fieldValue(node, 'metadata'), 'name')?.value ?? '';
  return [{ kind: 'other', object: { kind: kind.value, name } }];
}

/** Reads the items of a List, each on its own. */
function readListItems(reader: Reader, node: unknown): ReadObject[] {
  const fields = readFields(reader, node, '', ['apiVersion', 'kind', 'metadata', 'items']);
  if (!fields) return [];
  const items = fields.get('items');
  if (!items || isAbsent(items.value)) return [];
  return (readList(reader, items.value, 'items') ?? []).flatMap((item, i) =>
    readObject({ ...reader, prefix: `items[${String(i)}]` }, item),
  );
}

/** Reads one document's root node. */
export function readDocument(reader: Reader, root: unknown): ReadObject[] {
  return readObject(reader, root);
}
