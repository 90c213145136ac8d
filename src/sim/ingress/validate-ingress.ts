import { dnsLabelProblem, dnsSubdomainProblem } from '../netpol/names';
import { isMap } from '../netpol/yaml-nodes';
import { isAbsent, joinPath, readFields, readString, report } from '../netpol/yaml-reader';
import type { Reader } from '../netpol/yaml-reader';
import { listItems, nested, optionalString, requiredString, stringMap } from './read-fields';
import type { Fields } from './read-fields';
import { readBackend } from './validate-backend';
import { hostProblem, pathProblem } from './validate-host';
import type {
  HTTPIngressPath,
  Ingress,
  IngressRule,
  IngressTLS,
  ObjectMeta,
  PathType,
} from './types';

// Validates an Ingress document as the networking.k8s.io/v1 API server does, with located errors.

const PATH_TYPES: readonly PathType[] = ['Exact', 'Prefix', 'ImplementationSpecific'];
const METADATA_FIELDS = [
  'name',
  'namespace',
  'annotations',
  'labels',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'generateName',
  'finalizers',
  'ownerReferences',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'selfLink',
];
const SPEC_HINTS = {
  backend: "'backend' was the v1beta1 name: it is defaultBackend in networking.k8s.io/v1.",
};

/** Reads metadata: a valid name (required) and namespace, annotations and labels. */
export function readMetadata(reader: Reader, root: Fields, node: unknown): ObjectMeta | null {
  const field = root.get('metadata');
  if (!field || isAbsent(field.value)) {
    report(reader, node, 'metadata', 'metadata is required: add metadata: { name: … }.');
    return null;
  }
  const fields = readFields(reader, field.value, 'metadata', METADATA_FIELDS);
  if (!fields) return null;
  const name = requiredString(reader, field.value, fields, 'name', 'metadata');
  const namespace = optionalString(reader, fields, 'namespace', 'metadata');
  const created = optionalString(reader, fields, 'creationTimestamp', 'metadata');
  const nameProblem = name === undefined ? null : dnsSubdomainProblem(name);
  if (nameProblem) report(reader, fields.get('name')?.value, 'metadata.name', nameProblem);
  const nsProblem = namespace === undefined ? null : dnsLabelProblem(namespace);
  if (nsProblem) report(reader, fields.get('namespace')?.value, 'metadata.namespace', nsProblem);
  if (name === undefined || nameProblem || nsProblem) return null;
  const annotations = stringMap(reader, fields, 'annotations', 'metadata');
  const labels = stringMap(reader, fields, 'labels', 'metadata');
  return {
    name,
    ...(namespace === undefined ? {} : { namespace }),
    ...(created === undefined ? {} : { creationTimestamp: created }),
    ...(annotations ? { annotations } : {}),
    ...(labels ? { labels } : {}),
  };
}

/** Reads one entry of http.paths. */
function readPath(reader: Reader, node: unknown, path: string): HTTPIngressPath | null {
  const fields = readFields(reader, node, path, ['path', 'pathType', 'backend']);
  if (!fields) return null;
  const text = optionalString(reader, fields, 'path', path);
  const type = requiredString(
    reader,
    node,
    fields,
    'pathType',
    path,
    ' Use Prefix (this path and everything below it) or Exact.',
  );
  if (type !== undefined && !PATH_TYPES.includes(type as PathType)) {
    report(
      reader,
      fields.get('pathType')?.value,
      joinPath(path, 'pathType'),
      `pathType '${type}' is not one of Exact, Prefix, ImplementationSpecific (the case matters).`,
    );
    return null;
  }
  const problem = type === undefined ? null : pathProblem(text, type);
  if (problem) report(reader, fields.get('path')?.value ?? node, joinPath(path, 'path'), problem);
  const backendField = fields.get('backend');
  if (!backendField || isAbsent(backendField.value)) {
    report(
      reader,
      node,
      joinPath(path, 'backend'),
      `${joinPath(path, 'backend')} is required: add backend: { service: { name: …, port: { number: … } } }.`,
    );
    return null;
  }
  const backend = readBackend(reader, backendField.value, joinPath(path, 'backend'));
  if (type === undefined || problem || !backend) return null;
  return { ...(text === undefined ? {} : { path: text }), pathType: type as PathType, backend };
}

/** Reads a host field and checks it. */
function readHost(reader: Reader, node: unknown, path: string): string | null {
  const host = readString(reader, node, path);
  const problem = host === null ? null : hostProblem(host);
  if (problem) report(reader, node, path, problem);
  return problem ? null : host;
}

/** Reads one entry of spec.rules. */
function readRule(reader: Reader, node: unknown, path: string): IngressRule | null {
  const fields = readFields(reader, node, path, ['host', 'http']);
  if (!fields) return null;
  const hostField = fields.get('host');
  const host =
    hostField && !isAbsent(hostField.value)
      ? readHost(reader, hostField.value, joinPath(path, 'host'))
      : undefined;
  const http = nested(reader, fields, 'http', path, ['paths']);
  if (http === null || host === null) return null;
  if (http === undefined) return host === undefined ? {} : { host };
  const where = joinPath(path, 'http.paths');
  const items = listItems(reader, http, 'paths', joinPath(path, 'http'));
  if (items.length === 0) {
    report(reader, fields.get('http')?.value, where, `${where} needs at least one path.`);
    return null;
  }
  const paths = items.map((item, i) => readPath(reader, item, `${where}[${String(i)}]`));
  if (paths.some((p) => p === null)) return null;
  return { ...(host === undefined ? {} : { host }), http: { paths: paths as HTTPIngressPath[] } };
}

/** Reads one entry of spec.tls. */
function readTls(reader: Reader, node: unknown, path: string): IngressTLS | null {
  const fields = readFields(reader, node, path, ['hosts', 'secretName']);
  if (!fields) return null;
  const hosts = listItems(reader, fields, 'hosts', path).map((item, i) =>
    readHost(reader, item, `${path}.hosts[${String(i)}]`),
  );
  const secretName = optionalString(reader, fields, 'secretName', path);
  if (hosts.some((h) => h === null)) return null;
  return {
    ...(fields.has('hosts') ? { hosts: hosts as string[] } : {}),
    ...(secretName === undefined ? {} : { secretName }),
  };
}

/** Reads the spec: rules or a defaultBackend (at least one), TLS entries, the class name. */
function readSpec(reader: Reader, root: Fields, node: unknown): Ingress['spec'] | null {
  const spec = nested(
    reader,
    root,
    'spec',
    '',
    ['ingressClassName', 'defaultBackend', 'tls', 'rules'],
    SPEC_HINTS,
  );
  if (spec === null) return null;
  if (spec === undefined) {
    report(reader, node, 'spec', 'spec is required: give it rules, a defaultBackend, or both.');
    return null;
  }
  const ingressClassName = optionalString(reader, spec, 'ingressClassName', 'spec');
  const backendField = spec.get('defaultBackend');
  const defaultBackend =
    backendField && !isAbsent(backendField.value)
      ? readBackend(reader, backendField.value, 'spec.defaultBackend')
      : undefined;
  const rules = listItems(reader, spec, 'rules', 'spec').map((item, i) =>
    readRule(reader, item, `spec.rules[${String(i)}]`),
  );
  const tls = listItems(reader, spec, 'tls', 'spec').map((item, i) =>
    readTls(reader, item, `spec.tls[${String(i)}]`),
  );
  if (rules.length === 0 && defaultBackend === undefined) {
    report(
      reader,
      root.get('spec')?.value,
      'spec',
      'spec needs rules or a defaultBackend (or both): the API server refuses an Ingress with neither.',
    );
    return null;
  }
  if (defaultBackend === null || rules.some((r) => r === null) || tls.some((t) => t === null))
    return null;
  return {
    ...(ingressClassName === undefined ? {} : { ingressClassName }),
    ...(defaultBackend === undefined ? {} : { defaultBackend }),
    ...(tls.length > 0 ? { tls: tls as IngressTLS[] } : {}),
    ...(rules.length > 0 ? { rules: rules as IngressRule[] } : {}),
  };
}

/** Reads a whole Ingress object (already known to be kind Ingress); null when it has any error. */
export function readIngress(reader: Reader, node: unknown): Ingress | null {
  if (!isMap(node)) return null;
  const before = reader.errors.length;
  const root = readFields(reader, node, '', ['apiVersion', 'kind', 'metadata', 'spec', 'status']);
  if (!root) return null;
  const metadata = readMetadata(reader, root, node);
  const spec = readSpec(reader, root, node);
  if (!metadata || !spec || reader.errors.length > before) return null;
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec };
}
