import { readYamlDocuments } from '~/sim/netpol/yaml-documents';
import type { YamlNode } from '~/sim/netpol/yaml-nodes';

/** A node as plain data, the way the readers see its values; an alias as "*name". */
export function plainOf(node: YamlNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'alias':
      return `*${node.source}`;
    case 'seq':
      return node.items.map(plainOf);
    case 'map':
      return Object.fromEntries(node.items.map(({ key, value }) => [plainOf(key), plainOf(value)]));
  }
}

/** The first document of a text as plain data; throws on a syntax error. */
export function readPlain(text: string): unknown {
  const [first] = readYamlDocuments(text);
  if (first?.error)
    throw new Error(`syntax error ${first.error.reason} at ${String(first.error.offset)}`);
  return plainOf(first?.contents ?? null);
}
