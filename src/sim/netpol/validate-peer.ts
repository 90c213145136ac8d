import { isInputError } from '../ip';
import { isStrictSubset, parseIpCidr } from './addresses';
import { hasMistypedKey } from './field-messages';
import type { IpCidr } from './addresses';
import type { IPBlock, NetworkPolicyPeer } from './types';
import { readSelector } from './validate-selector';
import { isAbsent, joinPath, readFields, readList, readString, report } from './yaml-reader';
import type { Field, Reader } from './yaml-reader';

const PEER_FIELDS = ['podSelector', 'namespaceSelector', 'ipBlock'] as const;
const PEER_HINTS: Readonly<Record<string, string>> = {
  ports: 'ports belongs to the rule, beside from/to, not inside a peer: check its indentation.',
  matchLabels: 'matchLabels goes inside podSelector or namespaceSelector.',
  matchExpressions: 'matchExpressions goes inside podSelector or namespaceSelector.',
  cidr: 'cidr goes inside ipBlock (ipBlock: { cidr: 10.0.0.0/8 }).',
  except: 'except goes inside ipBlock, beside cidr.',
};
const IP_BLOCK_FIELDS = ['cidr', 'except'] as const;

/** Reads a rule's from/to list; null when any peer has an error. */
export function readPeers(reader: Reader, node: unknown, path: string): NetworkPolicyPeer[] | null {
  const items = readList(reader, node, path);
  if (!items) return null;
  const peers: NetworkPolicyPeer[] = [];
  items.forEach((item, i) => {
    const peer = readPeer(reader, item, `${path}[${String(i)}]`);
    if (peer) peers.push(peer);
  });
  return peers.length === items.length ? peers : null;
}

/**
 * Reads one peer. As in the API, a selector written with no value (`podSelector:`) is not set;
 * a peer must set at least one field, and ipBlock may not be combined with a selector.
 */
function readPeer(reader: Reader, node: unknown, path: string): NetworkPolicyPeer | null {
  const before = reader.errors.length;
  const fields = isAbsent(node)
    ? new Map<string, Field>()
    : readFields(reader, node, path, PEER_FIELDS, PEER_HINTS);
  if (!fields) return null;
  const peer: NetworkPolicyPeer = {};
  const unset: string[] = [];
  for (const name of ['podSelector', 'namespaceSelector'] as const) {
    const field = fields.get(name);
    if (!field) continue;
    if (isAbsent(field.value)) {
      unset.push(name);
      continue;
    }
    const selector = readSelector(reader, field.value, joinPath(path, name));
    if (selector) peer[name] = selector;
  }
  const block = fields.get('ipBlock');
  if (block && !isAbsent(block.value)) {
    const ipBlock = readIpBlock(reader, block.value, joinPath(path, 'ipBlock'));
    if (ipBlock) peer.ipBlock = ipBlock;
  }
  if (reader.errors.length !== before) return null;
  if (!peer.podSelector && !peer.namespaceSelector && !peer.ipBlock) {
    const why = unset
      .map(
        (name) =>
          ` (${name}: with no value counts as not set; write ${name}: {} to match everything)`,
      )
      .join('');
    report(reader, node, path, `${path} must set podSelector, namespaceSelector or ipBlock${why}.`);
    return null;
  }
  if (peer.ipBlock && (peer.podSelector || peer.namespaceSelector)) {
    report(
      reader,
      node,
      path,
      `${path} combines ipBlock with a selector, which is not allowed: make them two peers (two '-' entries).`,
    );
    return null;
  }
  return peer;
}

/** Reads an ipBlock: a valid CIDR, and excepts strictly inside it. */
function readIpBlock(reader: Reader, node: unknown, path: string): IPBlock | null {
  const fields = readFields(reader, node, path, IP_BLOCK_FIELDS);
  if (!fields) return null;
  const cidrField = fields.get('cidr');
  if (!cidrField || isAbsent(cidrField.value)) {
    if (!cidrField && hasMistypedKey(node, 'cidr', IP_BLOCK_FIELDS)) return null;
    report(
      reader,
      node,
      joinPath(path, 'cidr'),
      `${path}.cidr is required, e.g. cidr: 203.0.113.0/24.`,
    );
    return null;
  }
  const cidrPath = joinPath(path, 'cidr');
  const cidrText = readString(reader, cidrField.value, cidrPath);
  const cidr = cidrText === null ? null : readCidr(reader, cidrField.value, cidrPath, cidrText);
  const exceptField = fields.get('except');
  if (!exceptField || isAbsent(exceptField.value))
    return cidr && cidrText !== null ? { cidr: cidrText } : null;
  const exceptPath = joinPath(path, 'except');
  const items = readList(reader, exceptField.value, exceptPath);
  if (!items) return null;
  const except: string[] = [];
  items.forEach((item, i) => {
    const itemPath = `${exceptPath}[${String(i)}]`;
    const text = readString(reader, item, itemPath);
    const block = text === null ? null : readCidr(reader, item, itemPath, text);
    if (text === null || block === null) return;
    if (cidr && !isStrictSubset(cidr, block)) {
      report(
        reader,
        item,
        itemPath,
        `${itemPath} ${text} must be inside cidr ${cidrText ?? ''} and smaller than it: except removes part of the cidr range.`,
      );
      return;
    }
    except.push(text);
  });
  if (!cidr || cidrText === null || except.length !== items.length) return null;
  return { cidr: cidrText, except };
}

/** Parses a CIDR the strict way (no host bits, no leading zeros), reporting the parser's explanation. */
function readCidr(reader: Reader, node: unknown, path: string, text: string): IpCidr | null {
  if (text !== text.trim()) {
    report(reader, node, path, `${path} has spaces around the CIDR: remove them.`);
    return null;
  }
  try {
    return parseIpCidr(text, path);
  } catch (error) {
    if (!isInputError(error)) throw error;
    report(reader, node, path, `${path}: ${error.message}`);
    return null;
  }
}
