import { isMap, isScalar } from './yaml-nodes';
import { dnsLabelProblem, dnsSubdomainProblem, quote } from './names';
import { hasMistypedKey } from './field-messages';
import type { NetworkPolicy } from './types';
import { readLabels } from './validate-labels';
import { readSpec } from './validate-spec';
import { isAbsent, joinPath, kindOf, readFields, readString, report } from './yaml-reader';
import type { Reader } from './yaml-reader';

const API_VERSION = 'networking.k8s.io/v1';
const TOP_FIELDS = ['apiVersion', 'kind', 'metadata', 'spec'] as const;
const TOP_HINTS: Readonly<Record<string, string>> = {
  name: 'name goes in metadata (metadata: { name: … }).',
  namespace: 'namespace goes in metadata.',
  podSelector: 'podSelector goes under spec: indent it below spec:.',
  policyTypes: 'policyTypes goes under spec: indent it below spec:.',
  ingress: 'ingress goes under spec: indent it below spec:.',
  egress: 'egress goes under spec: indent it below spec:.',
  status: 'NetworkPolicy has no status: leave it out.',
};
/** Every ObjectMeta field: kubectl output carries them, and only name, namespace and labels matter here. */
const METADATA_FIELDS = [
  'name',
  'namespace',
  'labels',
  'annotations',
  'generateName',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'ownerReferences',
  'finalizers',
  'managedFields',
  'selfLink',
] as const;
const OLD_API_VERSIONS: Readonly<Record<string, string>> = {
  'extensions/v1beta1': 'extensions/v1beta1 NetworkPolicy was removed in Kubernetes 1.16',
  'networking.k8s.io/v1beta1': 'NetworkPolicy never had a networking.k8s.io/v1beta1 version',
  v1: 'NetworkPolicy is in the networking.k8s.io group, not the core v1 group',
};

/** "a Service", "an Ingress". */
export function withArticle(kind: string): string {
  return `${/^[AEIOU]/i.test(kind) ? 'an' : 'a'} ${kind}`;
}

/** The string value of a top-level field, without reporting anything (to decide what a document is). */
export function peekString(node: unknown, field: string): { value: string; node: unknown } | null {
  if (!isMap(node)) return null;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === field);
  if (pair && isScalar(pair.value) && typeof pair.value.value === 'string') {
    return { value: pair.value.value, node: pair.value };
  }
  return null;
}

/**
 * Reads one NetworkPolicy object: apiVersion, kind, metadata (name required) and spec. Inside a
 * typed List, `inList` lets items leave out apiVersion and kind, as the API returns them.
 */
export function readPolicy(reader: Reader, node: unknown, inList: boolean): NetworkPolicy | null {
  const before = reader.errors.length;
  const fields = readFields(reader, node, '', TOP_FIELDS, TOP_HINTS);
  if (!fields) return null;
  const apiVersion = fields.get('apiVersion');
  if (apiVersion && !isAbsent(apiVersion.value)) {
    readApiVersion(reader, apiVersion.value);
  } else if (!inList && !hasMistypedKey(node, 'apiVersion', TOP_FIELDS)) {
    report(reader, node, 'apiVersion', `apiVersion is missing: add apiVersion: ${API_VERSION}.`);
  }
  const kind = fields.get('kind');
  if (kind && !isAbsent(kind.value)) {
    readString(reader, kind.value, 'kind');
  } else if (!inList && !hasMistypedKey(node, 'kind', TOP_FIELDS)) {
    report(reader, node, 'kind', 'kind is missing: add kind: NetworkPolicy.');
  }
  const metadata = fields.get('metadata');
  const meta = metadata ? readMetadata(reader, metadata.value) : null;
  if (!metadata && !hasMistypedKey(node, 'metadata', TOP_FIELDS))
    report(
      reader,
      node,
      'metadata',
      'metadata is missing: a NetworkPolicy needs at least metadata.name.',
    );
  const spec = fields.get('spec');
  const readBack = spec ? readSpec(reader, spec.value, 'spec') : null;
  if (!spec && !hasMistypedKey(node, 'spec', TOP_FIELDS))
    report(
      reader,
      node,
      'spec',
      'spec is missing: a NetworkPolicy needs at least spec.podSelector.',
    );
  if (reader.errors.length !== before || !meta || !readBack) return null;
  return { apiVersion: API_VERSION, kind: 'NetworkPolicy', metadata: meta, spec: readBack };
}

/** Checks apiVersion, explaining the old and wrong groups learners copy from old posts. */
function readApiVersion(reader: Reader, node: unknown): void {
  const value = readString(reader, node, 'apiVersion');
  if (value === null || value === API_VERSION) return;
  const why = Object.hasOwn(OLD_API_VERSIONS, value) ? `: ${OLD_API_VERSIONS[value] ?? ''}` : '';
  report(
    reader,
    node,
    'apiVersion',
    `apiVersion is ${quote(value)}, but a NetworkPolicy is apiVersion: ${API_VERSION}${why}.`,
  );
}

/** Reads metadata: name (a DNS subdomain) required, namespace (a DNS label) and labels optional. */
function readMetadata(reader: Reader, node: unknown): NetworkPolicy['metadata'] | null {
  const before = reader.errors.length;
  const fields = readFields(reader, node, 'metadata', METADATA_FIELDS);
  if (!fields) return null;
  const nameField = fields.get('name');
  let name: string | null = null;
  if (!nameField && hasMistypedKey(node, 'name', METADATA_FIELDS)) {
    // The unknown-field error already names the typo.
  } else if (!nameField || isAbsent(nameField.value)) {
    report(
      reader,
      nameField?.value ?? node,
      'metadata.name',
      'metadata.name is required (e.g. name: allow-frontend).',
    );
  } else {
    name = readName(reader, nameField.value, 'metadata.name', dnsSubdomainProblem);
  }
  const metadata: NetworkPolicy['metadata'] = { name: name ?? '' };
  const namespace = fields.get('namespace');
  if (namespace && !isAbsent(namespace.value)) {
    const value = readName(reader, namespace.value, 'metadata.namespace', dnsLabelProblem);
    if (value !== null) metadata.namespace = value;
  }
  const labels = fields.get('labels');
  if (labels && !isAbsent(labels.value)) {
    const value = readLabels(reader, labels.value, 'metadata.labels');
    if (value) metadata.labels = value;
  }
  return reader.errors.length === before && name !== null ? metadata : null;
}

/** Reads a name and checks its syntax with the given rule. */
function readName(
  reader: Reader,
  node: unknown,
  path: string,
  problemOf: (value: string) => string | null,
): string | null {
  const value = readString(reader, node, path);
  if (value === null) return null;
  const problem = problemOf(value);
  if (problem) {
    report(reader, node, path, `${path}: ${problem}`);
    return null;
  }
  return value;
}

/** Reports a document (or List item) of another kind: the learner pasted the wrong object. */
export function reportWrongKind(
  reader: Reader,
  kindNode: unknown,
  kind: string,
  what: string,
): void {
  report(
    reader,
    kindNode,
    joinPath('', 'kind'),
    `${what} is ${withArticle(kind)}, not a NetworkPolicy.`,
  );
}

/** Reports a document that is not an object with fields at all. */
export function reportNotAnObject(reader: Reader, node: unknown, what: string): void {
  report(
    reader,
    node,
    '',
    `${what} is ${kindOf(node)}, not a Kubernetes object: a NetworkPolicy has apiVersion, kind, metadata and spec.`,
  );
}
