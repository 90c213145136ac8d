import { fieldValue, isMap } from './yaml-nodes';
import { policyKey } from './compile';
import { PARSE_LIMITS } from './parse-limits';
import type { NetworkPolicy } from './types';
import { peekString, readPolicy, reportNotAnObject, reportWrongKind } from './validate-policy';
import { isAbsent, readFields, readList, report } from './yaml-reader';
import type { Reader } from './yaml-reader';

const LIST_KINDS = ['List', 'NetworkPolicyList'];

/** A policy read from the input, with where it came from (for duplicate messages). */
export interface ReadPolicy {
  readonly policy: NetworkPolicy;
  readonly reader: Reader;
  readonly node: unknown;
}

/** Reads one document: a NetworkPolicy, a List of them, or another kind (an error). */
export function readDocument(reader: Reader, root: unknown): ReadPolicy[] {
  const what = `document ${String(reader.document)}`;
  if (!isMap(root)) {
    reportNotAnObject(reader, root, what);
    return [];
  }
  const kind = peekString(root, 'kind');
  if (kind && LIST_KINDS.includes(kind.value)) return readListDocument(reader, root);
  if (kind && kind.value !== 'NetworkPolicy') {
    reportWrongKind(reader, kind.node, kind.value, what);
    return [];
  }
  const policy = readPolicy(reader, root, false);
  return policy ? [{ policy, reader, node: nameNode(root) }] : [];
}

/** The node of metadata.name in an object, where a duplicate-name error points. */
function nameNode(root: unknown): unknown {
  const metadata = isMap(root) ? fieldValue(root, 'metadata') : undefined;
  const name = isMap(metadata) ? fieldValue(metadata, 'name') : undefined;
  return name ?? root;
}

/** Reads the items of a List or NetworkPolicyList; each item is validated on its own. */
function readListDocument(reader: Reader, root: unknown): ReadPolicy[] {
  const fields = readFields(reader, root, '', ['apiVersion', 'kind', 'metadata', 'items']);
  const items = fields?.get('items');
  if (!items || isAbsent(items.value)) return [];
  const list = readList(reader, items.value, 'items') ?? [];
  return list.flatMap((item, i) => {
    const itemReader: Reader = { ...reader, prefix: `items[${String(i)}]` };
    const what = `items[${String(i)}] of document ${String(reader.document)}`;
    if (!isMap(item)) {
      reportNotAnObject(itemReader, item, what);
      return [];
    }
    const kind = peekString(item, 'kind');
    if (kind && kind.value !== 'NetworkPolicy') {
      reportWrongKind(itemReader, kind.node, kind.value, what);
      return [];
    }
    const policy = readPolicy(itemReader, item, true);
    return policy ? [{ policy, reader: itemReader, node: nameNode(item) }] : [];
  });
}

/** Keeps the first policy of each namespace/name (the API holds one object per name) and caps the count. */
export function keepUnique(read: readonly ReadPolicy[]): NetworkPolicy[] {
  const first = new Map<string, ReadPolicy>();
  const policies: NetworkPolicy[] = [];
  for (const entry of read) {
    const key = policyKey(entry.policy);
    const earlier = first.get(key);
    if (earlier) {
      report(
        entry.reader,
        entry.node,
        'metadata.name',
        `${key} is defined a second time (first in document ${String(earlier.reader.document)}): the API server keeps one object per namespace and name, so rename one of them.`,
      );
      continue;
    }
    first.set(key, entry);
    if (policies.length === PARSE_LIMITS.maxPolicies) {
      report(
        entry.reader,
        entry.node,
        '',
        `Only the first ${String(PARSE_LIMITS.maxPolicies)} policies are read.`,
      );
      break;
    }
    policies.push(entry.policy);
  }
  return policies;
}
